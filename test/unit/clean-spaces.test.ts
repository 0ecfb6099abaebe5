import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanBody } from '../../src/core/clean.js';
import { parse } from './fixtures.js';

/** Issue 14, item 6: removing an element never joins the words on either side of it. */
const cleaned = (inner: string) => {
  const doc = parse(`<body><div>${inner}</div></body>`, 'https://example.org/');
  const root = doc.querySelector('div')!;
  cleanBody(root, { page: doc, title: 'A title', siteName: 'Example', bylineNames: [], base: 'https://example.org/' });
  // The paragraph under test comes after the prose that makes the body an article.
  return Array.from(root.querySelectorAll('p')).at(-1)?.textContent;
};
const PROSE = '<p>The council met on Tuesday evening to discuss the budget for the coming year, and the members agreed to fund the new bus lane.</p>';

describe('empty elements that hold only a space', () => {
  it('leave the space when they stand between two words', () => {
    assert.equal(cleaned(`${PROSE}<p>They asked the<span> </span>committee to report in<span>&nbsp;</span>March.</p>`), 'They asked the committee to report in March.');
    assert.equal(cleaned(`${PROSE}<p>Read <a href="/a">the</a><span> </span><b>report</b> first.</p>`), 'Read the report first.');
  });

  it('go without a trace where no words meet', () => {
    assert.equal(cleaned(`${PROSE}<p>Done. <span> </span>Next.</p>`), 'Done. Next.');
    assert.equal(cleaned(`${PROSE}<p><span> </span>Starts here.</p>`), 'Starts here.');
  });
});
