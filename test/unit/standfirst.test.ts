import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseStandfirst, headerStandfirst } from '../../src/core/standfirst.js';
import { headlineElement } from '../../src/core/byline.js';
import { parse } from './fixtures.js';

const BASE = 'https://news.example.org/2025/06/dairy';
const TITLE = "The county's last dairy closes its barn doors";
const FIRST = 'For four generations the Hollisters milked cows twice a day on the same quarter section east of Marlow. On Tuesday the last 86 animals left in cattle trailers bound for a sale barn in Kansas.';
const BODY_TEXT = `${FIRST}\n\nDale Hollister, 67, said the decision came down to arithmetic: feed prices doubled over five years while the price of milk barely moved.`;

const BODY = `<div class="body">
  <p>${FIRST}</p>
  <p>Dale Hollister, 67, said the decision came down to arithmetic. Feed prices doubled over five years while the price the cooperative paid for milk barely moved, and neither of his children wanted the farm's debt.</p>
  <p>Keller County had 43 licensed dairies in 1980, according to state agriculture records. By 2015 there were four.</p>
</div>`;

function standfirstOf(header: string): { hinted: string; plain: string } {
  const doc = parse(`<!doctype html><html lang="en"><body><article><h1>${TITLE}</h1>${header}${BODY}</article></body></html>`, BASE);
  return headerStandfirst(headlineElement(doc, TITLE));
}

const DEK = 'Milk prices, feed costs and a missing next generation ended a century of dairying in Keller County.';
const PLAIN = 'A century of dairying in Keller County ends with one farmer, one empty barn and a single Jersey cow.';

describe('headerStandfirst', () => {
  const cases: { name: string; header: string; expected: { hinted: string; plain: string } }[] = [
    { name: 'a dek its class names', header: `<p class="article-dek">${DEK}</p>`, expected: { hinted: DEK, plain: '' } },
    { name: 'a standfirst by itemprop', header: `<div itemprop="description">${DEK}</div>`, expected: { hinted: DEK, plain: '' } },
    { name: 'a sentence without class names is the plain candidate', header: `<p>${PLAIN}</p>`, expected: { hinted: '', plain: PLAIN } },
    { name: 'both: a plain sentence before a hinted dek', header: `<p>${PLAIN}</p><p class="standfirst">${DEK}</p>`, expected: { hinted: DEK, plain: PLAIN } },
    { name: 'a hinted block too short to be a dek', header: '<p class="summary">Agriculture news.</p>', expected: { hinted: '', plain: '' } },
    {
      name: 'a byline sentence is not a standfirst',
      header: '<div class="byline">By Rosa Delgado, who has covered agriculture in Keller County for the Ledger since 2011.</div>',
      expected: { hinted: '', plain: '' },
    },
    {
      name: 'a caption beside the photo is not a standfirst',
      header: `<div class="photo"><img src="/barn.jpg" alt=""><p class="description">The empty milking parlor on the Hollister farm east of Marlow, photographed on Tuesday afternoon.</p></div>`,
      expected: { hinted: '', plain: '' },
    },
    {
      name: 'a figcaption is not a standfirst',
      header: `<figure><img src="/barn.jpg" alt=""><figcaption>The empty milking parlor on the Hollister farm east of Marlow, photographed on Tuesday afternoon.</figcaption></figure>`,
      expected: { hinted: '', plain: '' },
    },
  ];
  for (const { name, header, expected } of cases) it(name, () => assert.deepEqual(standfirstOf(header), expected));

  it('is empty without a headline', () => assert.deepEqual(headerStandfirst(null), { hinted: '', plain: '' }));
});

describe('chooseStandfirst', () => {
  const cases: { name: string; candidates: (string | undefined)[]; expected: string }[] = [
    { name: 'the printed dek first', candidates: [DEK, 'A search description.'], expected: DEK },
    { name: 'skips a description that only opens the body', candidates: ['', FIRST, 'Hollister Family Dairy sold its herd this week.'], expected: 'Hollister Family Dairy sold its herd this week.' },
    { name: 'skips a truncated opening ("…")', candidates: [undefined, `${FIRST.slice(0, 90)}…`, PLAIN], expected: PLAIN },
    { name: 'skips an opening that differs only in spacing and case', candidates: [FIRST.toUpperCase().replace(/ /g, '  '), PLAIN], expected: PLAIN },
    { name: 'nothing when every candidate opens the body', candidates: ['', FIRST, undefined], expected: '' },
    { name: 'nothing without candidates', candidates: [], expected: '' },
  ];
  for (const { name, candidates, expected } of cases) it(name, () => assert.equal(chooseStandfirst(candidates, BODY_TEXT), expected));
});
