import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { STYLES, formatCitation, type CitationItem, type StyleId } from '../../src/core/citation/index.js';
import { ccLicence } from '../../src/core/licence-registry.js';
import { TEXT_PAYLOADS } from '../hostile/payloads.js';

const base: CitationItem = {
  title: 'T',
  names: [{ family: 'Doe', given: 'Jane' }],
  site: 'Site',
  published: '2024-01-02T10:00:00Z',
  accessed: '2025-03-10',
  url: 'https://example.org/a',
  lang: 'en',
  licence: ccLicence(['by'], '4.0'),
  notice: 'Licensed under CC BY 4.0.',
  copyright: null,
  allRightsReserved: false,
  body: '',
};

/** Every payload in every page-controlled field of a citation, in every style. */
const cases: { style: StyleId; payload: string; item: CitationItem }[] = [];
for (const payload of TEXT_PAYLOADS) {
  for (const over of [{ title: payload }, { names: [{ literal: payload }] }, { names: [{ family: payload, given: payload }] }, { site: payload }, { notice: payload }, { copyright: payload }]) {
    for (const style of Object.keys(STYLES) as StyleId[]) cases.push({ style, payload, item: { ...base, ...over } });
  }
}

describe(`hostile strings in citations (${cases.length} cases)`, () => {
  it('the HTML citation is inert: no elements but a, i, p, br, span, cite, time, pre; no handlers; safe links', () => {
    const parser = new (new JSDOM('').window.DOMParser)();
    for (const { style, payload, item } of cases) {
      const html = formatCitation(item, style)?.html ?? '';
      const box = parser.parseFromString(`<body>${html}</body>`, 'text/html').body; // inert: nothing loads or runs
      const bad = Array.from(box.querySelectorAll('*')).filter(
        (el) => !['A', 'I', 'P', 'BR', 'SPAN', 'CITE', 'TIME', 'PRE'].includes(el.tagName) || Array.from(el.attributes).some((a) => /^on/i.test(a.name)) || (el.tagName === 'A' && !/^https?:/.test(el.getAttribute('href') ?? '')),
      );
      assert.deepEqual(bad.map((el) => el.outerHTML), [], `${style} with ${JSON.stringify(payload)}`);
    }
  });

  it('Markdown keeps page text as text: the only links are the ones Readcite makes', () => {
    for (const { style, payload, item } of cases) {
      const md = formatCitation(item, style)?.markdown ?? '';
      if (style === 'bibtex' || style === 'ris' || style === 'csl-json') continue; // code blocks, not Markdown
      assert.doesNotMatch(md, /(?<!\\)\]\((?!<https:\/\/)/, `${style} with ${JSON.stringify(payload)}:\n${md}`);
      assert.doesNotMatch(md, /(?<!\\)<(?!https:\/\/)/, `${style} with ${JSON.stringify(payload)}:\n${md}`);
    }
  });

  it('BibTeX stays one well-formed entry: balanced braces, fields on their own lines', () => {
    for (const { payload, item } of cases.filter((c) => c.style === 'bibtex')) {
      const out = formatCitation(item, 'bibtex')!.text;
      let depth = 0;
      for (let i = 0; i < out.length; i++) {
        if (out[i] === '\\') i++;
        else if (out[i] === '{') depth++;
        else if (out[i] === '}') depth--;
        assert.ok(depth >= 0, `unbalanced with ${JSON.stringify(payload)}:\n${out}`);
      }
      assert.equal(depth, 0, `unbalanced with ${JSON.stringify(payload)}:\n${out}`);
      assert.equal(out.match(/^@/gm)?.length, 1);
      assert.ok(out.split('\n').slice(1, -2).every((l) => /^ {2}[a-z]+ +=/.test(l)), out);
    }
  });

  it('RIS keeps one tag per line, starting with TY and ending with ER', () => {
    for (const { payload, item } of cases.filter((c) => c.style === 'ris')) {
      const lines = formatCitation(item, 'ris')!.text.split('\r\n').slice(0, -1);
      assert.ok(lines.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l)), `${JSON.stringify(payload)}:\n${lines.join('\n')}`);
      assert.equal(lines[0], 'TY  - NEWS');
      assert.equal(lines.filter((l) => l.startsWith('TY  - ')).length, 1);
      assert.equal(lines.at(-1), 'ER  - ');
    }
  });

  it('CSL-JSON parses and gives the title back exactly', () => {
    for (const { item } of cases.filter((c) => c.style === 'csl-json')) {
      const [entry] = JSON.parse(formatCitation(item, 'csl-json')!.text) as [{ title: string }];
      assert.equal(entry.title, item.title);
    }
  });
});
