import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanBody, numberedSeries } from '../../src/core/clean.js';
import { parse } from './fixtures.js';

const blocks = (texts: string[]) => {
  const doc = parse(`<body>${texts.map((t) => `<p>${t}</p>`).join('')}</body>`, 'https://example.org/');
  return Array.from(doc.querySelectorAll('p')).map((el) => ({ el, words: el.textContent.split(/\s+/).length }));
};
const spared = (texts: string[]) => {
  const list = blocks(texts);
  const set = numberedSeries(list);
  return list.filter((b) => set.has(b.el)).map((b) => b.el.textContent);
};

describe('numberedSeries', () => {
  it('spares labels that count up from 1, in any language', () => {
    assert.deepEqual(spared(['Step 1', 'Mix the flour.', 'Step 2', 'Add the eggs.', 'Step 3', 'Bake.']), ['Step 1', 'Step 2', 'Step 3']);
    assert.deepEqual(spared(['第1步', 'x', '第2步', 'y', '第3步']), ['第1步', '第2步', '第3步']);
  });

  it('leaves repeats, gaps and pairs to the model', () => {
    assert.deepEqual(spared(['22 Dec, 2016', 'Text.', '22 Dec, 2016']), []);
    assert.deepEqual(spared(['Step 1', 'Step 3', 'Step 4']), []);
    assert.deepEqual(spared(['Part 1', 'Part 2']), []);
    assert.deepEqual(spared(['Share 12', 'Share 13', 'Share 14']), []);
  });

  it('keeps the step labels in a cleaned body', () => {
    const step = (n: number) =>
      `<p>Step ${n}</p><p>Take the ${n}th of the parts out of the box and fit it to the frame with the short screws from the bag marked ${n}, tightening them by hand first so the panel can still be moved into line.</p>`;
    const doc = parse(`<body><div><h2>How to build the shelf</h2>${[1, 2, 3, 4].map(step).join('')}</div></body>`, 'https://example.org/');
    const root = doc.querySelector('div')!;
    cleanBody(root, { page: doc, title: 'How to build the shelf', siteName: 'Example', bylineNames: [], base: 'https://example.org/' });
    assert.deepEqual(Array.from(root.querySelectorAll('p')).filter((p) => p.textContent.startsWith('Step')).map((p) => p.textContent), ['Step 1', 'Step 2', 'Step 3', 'Step 4']);
  });
});
