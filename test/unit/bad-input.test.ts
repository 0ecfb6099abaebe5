import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { extractArticle, timeLimitFor } from '../../src/core/extract.js';

const URL_ = 'https://example.org/page';
const P = `<p>${'A sentence of ordinary article text with enough words in it. '.repeat(12)}</p>`;
const doc = (html: string, contentType = 'text/html') => new JSDOM(html, { url: URL_, contentType }).window.document;

/** Bad and extreme input: a correct article or null (the view then says so), never an exception or a hang. */
describe('bad and extreme input', () => {
  const cases: [string, () => Document, 'article' | 'none'][] = [
    ['an empty document', () => doc(''), 'none'],
    ['only whitespace', () => doc('   \n  '), 'none'],
    ['no <head>', () => doc(`<body><article><h1>T</h1>${P}${P}</article></body>`), 'article'],
    ['a frameset', () => doc('<frameset><frame src="a.html"><frame src="b.html"></frameset>'), 'none'],
    ['an image-only page', () => doc('<body><img src="/a.jpg"><img src="/b.jpg"></body>'), 'none'],
    ['XHTML served as XML', () => doc(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body><article><h1>T</h1>${P}${P}</article></body></html>`, 'application/xhtml+xml'), 'article'],
    ['1 MB of malformed JSON-LD', () => doc(`<head><script type="application/ld+json">${'{"@graph":['.repeat(1) + '{"a":'.repeat(50_000) + '1'}</script></head><body><article>${P}${P}</article></body>`), 'article'],
    ['cyclic-looking JSON-LD references', () => doc(`<head><script type="application/ld+json">{"@graph":[{"@id":"#a","@type":"NewsArticle","author":{"@id":"#a"},"publisher":{"@id":"#a"},"headline":"H"}]}</script></head><body><article>${P}${P}</article></body>`), 'article'],
    ['1,000 figures', () => doc(`<body><article>${P}${'<figure><img src="/x.jpg"><figcaption>Caption (Photo: A)</figcaption></figure>'.repeat(1000)}${P}</article></body>`), 'article'],
    ['a 400-deep nesting of wrappers', () => doc(`<body>${'<div>'.repeat(400)}${P}${P}${'</div>'.repeat(400)}</body>`), 'article'],
  ];
  it('a page over the element limit is refused with a message, before any work', () => {
    const html = `<body><article>${P}${'<span>x</span>'.repeat(2000)}</article></body>`;
    assert.throws(() => extractArticle(doc(html), URL_, { maxElements: 1000 }), { name: 'PageTooLargeError', message: /^This page has 2,0\d\d elements, too many for reader view \(the limit is 1,000\)\.$/ });
  });

  it('a page without <title> takes its headline from its first h1', () => {
    assert.equal(extractArticle(doc(`<body><article><h1>Headless but titled</h1>${P}${P}</article></body>`), URL_)?.title, 'Headless but titled');
  });

  it('a text/plain document is not an article', () => {
    const plain = doc(`<pre>${P}${P}</pre>`);
    Object.defineProperty(plain, 'contentType', { value: 'text/plain' });
    assert.equal(extractArticle(plain, URL_), null);
  });

  it('extraction past its time limit stops with a message, between steps', () => {
    let t = 0;
    const slowClock = () => (t += 10_000); // every reading of the clock: 10 s later
    const page = () => doc(`<body><article><h1>T</h1>${P}${P}</article></body>`);
    // The default limit scales with the page: 20 s plus 0.25 ms for each of its 7 elements.
    assert.equal(timeLimitFor(page().getElementsByTagName('*').length), 20_002);
    assert.throws(() => extractArticle(page(), URL_, { now: slowClock }), {
      name: 'ExtractionTimeoutError',
      message: 'Extraction stopped after 30000 ms (at cleaning); the limit is 20002 ms.',
    });
    // The error states the limit it was given, which the view's message shows.
    assert.throws(() => extractArticle(page(), URL_, { now: slowClock, timeLimitMs: 3_000 }), {
      message: 'Extraction stopped after 10000 ms (at metadata); the limit is 3000 ms.',
      limitMs: 3_000,
    });
    assert.ok(extractArticle(page(), URL_, { now: slowClock, timeLimitMs: 0 }));
  });

  it('the hard stop grows with the page, for runaway work only', () => {
    assert.deepEqual([0, 10_000, 100_000, 150_000].map(timeLimitFor), [20_000, 22_500, 45_000, 57_500]);
  });

  for (const [name, make, expected] of cases) {
    // The timeout guards against a hang; speed itself is measured by the benchmarks, not here.
    it(name, { timeout: 30_000 }, () => {
      const article = extractArticle(make(), URL_);
      assert.equal(article ? 'article' : 'none', expected);
    });
  }
});
