import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/core/extract.js';
import { describe as describeQuote, match } from '../../src/core/notes/anchor.js';
import { offsetsOf, rangeOf, textMap } from '../../src/core/notes/text-map.js';
import { FIXTURES, parse } from './fixtures.js';

const CD_URL = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';
const article = extractArticle(parse(fs.readFileSync(path.join(FIXTURES, 'commondreams-doj', 'source.html'), 'utf8'), CD_URL), CD_URL)!;

/** The article body as the view has it: its HTML in a root element, with a view-only button inside. */
function body(html = article.contentHtml): Element {
  const doc = parse(`<!doctype html><div class="rc-body">${html}</div>`, 'https://reader.invalid/');
  const root = doc.querySelector('.rc-body')!;
  const p = root.querySelectorAll('p')[1]!;
  const button = doc.createElement('button');
  button.className = 'rc-view-only';
  button.textContent = 'Copy code';
  p.before(button);
  return root;
}

const PASSAGE = 'ordered to give federal agents access to their jails';

describe('text map: offsets and DOM ranges', () => {
  it('leaves the view-only additions out of the text', () => {
    const map = textMap(body(), '.rc-view-only');
    assert.equal(map.text.includes('Copy code'), false);
    assert.equal(textMap(body()).text.includes('Copy code'), true);
  });

  it('turns a range into offsets and back to the same text, across elements', () => {
    const root = body();
    const map = textMap(root, '.rc-view-only');
    const start = map.text.indexOf('jail.');
    const end = map.text.indexOf('"By protecting') + '"By protecting'.length;
    const range = rangeOf(map, start, end)!;
    assert.equal(range.toString().replace(/\s+/g, ' '), 'jail. "By protecting');
    assert.deepEqual(offsetsOf(map, range), { start, end });
  });

  it('refuses offsets outside the text', () => {
    const map = textMap(body(), '.rc-view-only');
    assert.equal(rangeOf(map, 5, 5), null);
    assert.equal(rangeOf(map, 0, map.text.length + 1), null);
  });
});

describe('anchoring a quote again', () => {
  const text = textMap(body(), '.rc-view-only').text;
  const start = text.indexOf(PASSAGE);
  const stored = describeQuote(text, start, start + PASSAGE.length);

  it('describes a selection as a quote with 32 characters of context and a position', () => {
    assert.equal(stored.quote.exact, PASSAGE);
    assert.equal(stored.quote.prefix, "\n            The cities' leaders were ".slice(-32));
    assert.equal(stored.quote.suffix, ' and to notify immigration autho');
    assert.deepEqual(stored.position, { start, end: start + PASSAGE.length });
  });

  it('finds it by position when the text is unchanged', () => {
    assert.deepEqual(match(text, stored.quote, stored.position), { start, end: start + PASSAGE.length, how: 'position' });
  });

  it('finds it by quote when a sentence was added before it', () => {
    const added = 'An editor added this sentence at the start of the article. ';
    const changed = text.replace('The American Civil', `${added}The American Civil`);
    assert.deepEqual(match(changed, stored.quote, stored.position), { start: start + added.length, end: start + added.length + PASSAGE.length, how: 'exact' });
  });

  it('picks the occurrence whose context fits when the quote occurs twice', () => {
    // The second "immigration authorities", its position lost (as after an import from a tool without one).
    const quote = { exact: 'immigration authorities', prefix: 'their jails and to notify ', suffix: ' before an undocumented immigran' };
    const first = text.indexOf('immigration authorities');
    const wanted = text.indexOf('notify immigration authorities') + 'notify '.length;
    assert.notEqual(first, wanted);
    assert.deepEqual(match(text, quote, { start: 0, end: 0 }), { start: wanted, end: wanted + 'immigration authorities'.length, how: 'exact' });
  });

  it('finds it approximately when a word in it was corrected', () => {
    const changed = text.replace('access to their jails', 'access to the jails');
    const m = match(changed, stored.quote, stored.position)!;
    assert.equal(m.how, 'fuzzy');
    assert.equal(changed.slice(m.start, m.end), 'ordered to give federal agents access to the jails');
  });

  it('reports removed text as not found rather than placing it elsewhere', () => {
    const changed = text.replace("The cities' leaders were ordered to give federal agents access to their jails and to notify immigration authorities before an undocumented immigrant is released from jail.", '');
    assert.equal(match(changed, stored.quote, stored.position), null);
  });
});
