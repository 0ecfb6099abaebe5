import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { extractArticle, extractArticleAsync } from '../../src/core/extract.js';
import { readPage } from '../../src/content/read-page.js';
import { readingNotice } from '../../src/reader/reading-notice.js';
import { READING_NOTICE_MS } from '../../src/browser/messages.js';
import { fixtures } from './fixtures.js';

const cd = fixtures().find((f) => f.slug === 'commondreams-doj')!;
const page = () => new JSDOM(cd.html, { url: cd.expected.pageUrl }).window.document;
const noYield = () => Promise.resolve();

describe('extraction that yields to the page', () => {
  it('gives the same article as the one-go extraction, yielding between its three steps', async () => {
    let yields = 0;
    const article = await extractArticleAsync(page(), cd.expected.pageUrl, { yieldNow: () => (yields++, Promise.resolve()) });
    assert.deepEqual(article, extractArticle(page(), cd.expected.pageUrl));
    assert.equal(yields, 3);
  });

  it('stops at the next step once the reader cancels, with the abort reason', async () => {
    const reading = new AbortController();
    const cancelled = new Error('cancelled');
    let steps = 0;
    const run = extractArticleAsync(page(), cd.expected.pageUrl, {
      signal: reading.signal,
      yieldNow: () => {
        if (++steps === 1) reading.abort(cancelled);
        return Promise.resolve();
      },
    });
    await assert.rejects(run, (e) => e === cancelled);
    assert.equal(steps, 1);
    await assert.rejects(readPage(page(), cd.expected.pageUrl, { signal: reading.signal, yieldNow: noYield }), (e) => e === cancelled);
  });

  it('turns the hard stop and other failures into messages', async () => {
    let t = 0;
    const slow = await readPage(page(), cd.expected.pageUrl, { now: () => (t += 30_000), yieldNow: noYield });
    // The Common Dreams page's limit: 20 s plus 0.25 ms per element; the message gives it in whole seconds.
    assert.deepEqual(slow, { content: { kind: 'message', reason: 'too-slow', seconds: 20 }, state: 'error' });
    const large = await readPage(page(), cd.expected.pageUrl, { maxElements: 100, yieldNow: noYield });
    assert.equal(large.state, 'error');
    assert.equal(large.content.kind === 'message' && large.content.reason, 'too-large');
    const none = await readPage(new JSDOM('', { url: 'https://example.org/' }).window.document, 'https://example.org/', { yieldNow: noYield });
    assert.deepEqual(none, { content: { kind: 'message', reason: 'no-article', detail: '' }, state: 'no-article' });
  });
});

describe('the "Reading…" notice (fake clock)', () => {
  it(`appears once when the article takes longer than ${READING_NOTICE_MS} ms, and goes when it comes`, () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const log: string[] = [];
      const notice = readingNotice(() => (log.push('shown'), () => log.push('hidden')));
      mock.timers.tick(READING_NOTICE_MS - 1);
      assert.deepEqual(log, []);
      mock.timers.tick(1);
      assert.deepEqual(log, ['shown']);
      mock.timers.tick(10_000);
      notice.done();
      assert.deepEqual(log, ['shown', 'hidden']);
    } finally {
      mock.timers.reset();
    }
  });

  it('never appears when the article comes sooner, nor after', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let shown = 0;
      const notice = readingNotice(() => (shown++, () => undefined));
      mock.timers.tick(READING_NOTICE_MS - 1);
      notice.done();
      mock.timers.tick(READING_NOTICE_MS * 10);
      assert.equal(shown, 0);
    } finally {
      mock.timers.reset();
    }
  });
});
