import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanBody } from '../../src/core/clean.js';
import { parse } from './fixtures.js';

const PROSE = (n: number) => `<p>Paragraph ${n} of the guide explains how to upgrade the tool, step by step, with the commands to run and what each of them changes on disk.</p>`;
const cleaned = (box: string) => {
  const doc = parse(`<body><div>${PROSE(1)}${PROSE(2)}${box}${PROSE(3)}${PROSE(4)}</div></body>`, 'https://example.org/');
  const root = doc.querySelector('div')!;
  cleanBody(root, { page: doc, title: 'Upgrading the tool', siteName: 'Example', bylineNames: [], base: 'https://example.org/' });
  return root;
};

describe('callouts (issue 14)', () => {
  it('are kept as labelled notes: an aside whose first line is the label', () => {
    const root = cleaned('<div class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title"><svg viewBox="0 0 16 16"><path d="M0 0"></path></svg>Warning</p><p>The migration overwrites the old file. Commit your work before you run it.</p></div>');
    const aside = root.querySelector('aside')!;
    assert.equal(aside.innerHTML, '<p><strong>Warning</strong></p><p>The migration overwrites the old file. Commit your work before you run it.</p>');
  });

  it('are not made of boxes of links or appeals, which the cleaner judges as ever', () => {
    const links = cleaned('<div class="notice"><p>Related</p><ul><li><a href="/a">How to upgrade from version one</a></li><li><a href="/b">What changed in version two</a></li></ul></div>');
    assert.equal(links.querySelector('aside'), null);
    const appeal = cleaned('<div class="alert"><p>Newsletter</p><p>Sign up for our newsletter to get every guide in your inbox.</p></div>');
    assert.equal(appeal.querySelector('aside'), null);
  });
});
