import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/core/extract.js';
import { STYLE_IDS, inTextCitation, toCitationItem, type CitationItem, type StyleId } from '../../src/core/citation/index.js';
import { allNotesMarkdown, fileName, frontMatter, notesForClipboard, notesMarkdown } from '../../src/core/notes/export.js';
import { articleMarkdown, usageTerms } from '../../src/core/notes/article-markdown.js';
import { markdownText, yamlString } from '../../src/core/notes/escape.js';
import type { Highlight } from '../../src/core/notes/model.js';
import { FIXTURES, parse } from './fixtures.js';

const CD_URL = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';
const article = extractArticle(parse(fs.readFileSync(path.join(FIXTURES, 'commondreams-doj', 'source.html'), 'utf8'), CD_URL), CD_URL)!;
const CD = toCitationItem(article, '2025-03-10');
const ATTRIBUTION = `“DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts” by Julia Conley, Common Dreams (4 August 2017), is licensed under CC BY-NC-ND 3.0.
Source: ${CD_URL}
Licence: https://creativecommons.org/licenses/by-nc-nd/3.0/
Publisher's notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”`;
const APA = `Conley, J. (2017, August 4). DOJ “bullying” cities into complying with anti-immigration efforts. Common Dreams. ${CD_URL}`;

const hl = (id: string, exact: string, note = ''): Highlight => ({ id, colour: 'yellow', note, created: '2025-03-10T10:00:00.000Z', modified: '2025-03-10T10:00:00.000Z', quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } });
/** A note a hostile page could have led a reader to paste: a link, HTML and Markdown syntax. */
const HOSTILE = 'See [the memo](javascript:alert(1)) <img src=x onerror=alert(2)> ![x](https://evil.example/t.gif) %%hidden%% #tag';
const NOTES = [hl('a', 'ordered to give federal agents access to their jails', 'Funding as leverage.'), hl('b', 'less safe', HOSTILE)];

describe('in-text citations per style', () => {
  const expected: Record<StyleId, string> = {
    tasl: '(Julia Conley, Common Dreams, CC BY-NC-ND 3.0)',
    apa: '(Conley, 2017)',
    mla: '(Conley)',
    'chicago-note': '(Conley, “DOJ ‘Bullying’ Cities.”)',
    'chicago-short': '(Conley, “DOJ ‘Bullying’ Cities.”)',
    'chicago-bib': '(Conley, “DOJ ‘Bullying’ Cities.”)',
    'chicago-ad': '(Conley 2017)',
    'chicago17-note': '(Conley, “DOJ ‘Bullying’ Cities.”)',
    'chicago17-short': '(Conley, “DOJ ‘Bullying’ Cities.”)',
    'chicago17-bib': '(Conley, “DOJ ‘Bullying’ Cities.”)',
    'chicago17-ad': '(Conley 2017)',
    harvard: '(Conley, 2017)',
    bibtex: '(Conley, 2017)',
    ris: '(Conley, 2017)',
    'csl-json': '(Conley, 2017)',
  };
  for (const style of STYLE_IDS) it(style, () => assert.equal(inTextCitation(CD, style).text, expected[style]));

  it('names two authors, then the first and et al., and an undated work n.d.', () => {
    const two: CitationItem = { ...CD, names: [{ family: 'Conley', given: 'Julia' }, { family: 'Smith', given: 'Ann' }], published: null };
    const three: CitationItem = { ...two, names: [...two.names, { family: 'Lee', given: 'Kim' }] };
    assert.deepEqual(
      [inTextCitation(two, 'apa').text, inTextCitation(two, 'mla').text, inTextCitation(two, 'chicago-ad').text, inTextCitation(three, 'apa').text, inTextCitation(three, 'mla').text, inTextCitation(three, 'harvard').text],
      ['(Conley & Smith, n.d.)', '(Conley and Smith)', '(Conley and Smith n.d.)', '(Conley et al., n.d.)', '(Conley et al.)', '(Conley, Smith and Lee, n.d.)'],
    );
  });
});

describe('Copy notes', () => {
  it('in the CC attribution: each passage with the short attribution, the full attribution once at the end', () => {
    const { text, html } = notesForClipboard(CD, NOTES, 'tasl');
    assert.equal(
      text,
      `“ordered to give federal agents access to their jails” (Julia Conley, Common Dreams, CC BY-NC-ND 3.0)\nNote: Funding as leverage.\n\n“less safe” (Julia Conley, Common Dreams, CC BY-NC-ND 3.0)\nNote: ${HOSTILE}\n\n${ATTRIBUTION}`,
    );
    assert.ok(html.startsWith('<blockquote><p>“ordered to give federal agents access to their jails” (Julia Conley, <i>Common Dreams</i>, CC BY-NC-ND 3.0)</p></blockquote><p>Note: Funding as leverage.</p>'));
    // The hostile note is text: no element, no link of its own.
    assert.ok(html.includes('<p>Note: See [the memo](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt; ![x](https://evil.example/t.gif) %%hidden%% #tag</p>'));
    assert.equal(html.match(/<a /g)?.length, 2, 'the attribution’s two links only');
    assert.ok(html.endsWith('<a rel="cc:license" href="https://creativecommons.org/licenses/by-nc-nd/3.0/">CC BY-NC-ND 3.0</a>.<br>Publisher\'s notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”</p>'));
  });

  it('in APA: (Conley, 2017) after each passage, the APA reference at the end', () => {
    assert.equal(notesForClipboard(CD, NOTES.slice(0, 1), 'apa').text, `“ordered to give federal agents access to their jails” (Conley, 2017)\nNote: Funding as leverage.\n\n${APA}`);
    assert.equal(notesForClipboard(CD, NOTES.slice(0, 1), 'bibtex').text, `“ordered to give federal agents access to their jails” (Conley, 2017)\nNote: Funding as leverage.\n\n${APA}`);
  });

  it('keeps a passage across paragraphs verbatim, its line breaks as <br> in HTML', () => {
    const { text, html } = notesForClipboard(CD, [hl('c', 'released from jail.\n\n"By protecting')], 'mla');
    assert.ok(text.startsWith('“released from jail.\n\n"By protecting” (Conley)\n\n'));
    assert.ok(html.startsWith('<blockquote><p>“released from jail.<br><br>&quot;By protecting” (Conley)</p></blockquote>'));
  });
});

describe('Download notes: Markdown with YAML front matter', () => {
  it('writes the exact file', () => {
    assert.equal(
      notesMarkdown(CD, NOTES, 'apa'),
      `---
title: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts"
authors:
  - "Julia Conley"
site: "Common Dreams"
url: "${CD_URL}"
published: "2017-08-04"
accessed: "2025-03-10"
licence: "CC BY-NC-ND 3.0"
licence_url: "https://creativecommons.org/licenses/by-nc-nd/3.0/"
citation: "${APA}"
---

# DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts

> “ordered to give federal agents access to their jails” (Conley, 2017)

Funding as leverage.

> “less safe” (Conley, 2017)

See \\[the memo\\](javascript:alert(1)) \\<img src=x onerror=alert(2)\\> \\!\\[x\\](https://evil.example/t.gif) \\%\\%hidden\\%\\% \\#tag

## Reference

Conley, J. (2017, August 4). *DOJ “bullying” cities into complying with anti-immigration efforts*. Common Dreams. ${CD_URL}
`,
    );
  });

  it('escapes YAML so a hostile title cannot end its string, its line or the front matter', () => {
    const hostile: CitationItem = { ...CD, title: 'A "quoted" title\n---\nevil: true\\', names: [{ literal: 'Line\u2028Sep' }] };
    const fm = frontMatter(hostile, 'mla');
    assert.equal(fm.split('\n')[1], 'title: "A \\"quoted\\" title\\n---\\nevil: true\\\\"');
    assert.equal(fm.split('\n')[3], '  - "Line\\u2028Sep"');
    assert.equal(fm.split('\n').filter((l) => l === '---').length, 2);
    assert.equal(yamlString('\u0000\ud800x'), '"\\u0000\uFFFDx"');
  });

  it('escapes every Markdown construct that could make a link, image, tag, comment, heading or list', () => {
    assert.equal(markdownText('[a](b) ![i](s) <b> *e* _u_ `c` #t %%c%% a|b ~s~ &amp;'), '\\[a\\](b) \\!\\[i\\](s) \\<b\\> \\*e\\* \\_u\\_ \\`c\\` \\#t \\%\\%c\\%\\% a\\|b \\~s\\~ \\&amp;');
    assert.equal(markdownText('- item\n1. first\n+ plus\n  2) two'), '\\- item\n1\\. first\n\\+ plus\n  2\\) two');
  });

  it('names the file after the title, never a path', () => {
    assert.equal(fileName(CD.title, 'md'), 'doj-bullying-cities-into-complying-with-anti-immigration-efforts.md');
    assert.equal(fileName('../../etc/passwd', 'md'), 'etc-passwd.md');
    assert.equal(fileName('///', 'md'), 'notes.md');
  });
});

describe('Save as Markdown', () => {
  const body = parse(`<div>${article.contentHtml}</div>`, 'https://reader.invalid/').querySelector('div')!;
  const md = articleMarkdown(CD, article, body, 'apa');

  it('gives the front matter, the article as shown, the attribution and the ND terms', () => {
    assert.ok(md.startsWith(`${frontMatter(CD, 'apa')}\n\n# DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts\n\n*Attorney General Sessions orders city law enforcement to cooperate with federal immigration agents*\n\nJulia Conley · 2017-08-04 · Common Dreams\n\nThe American Civil Liberties Union (ACLU) is accusing the Justice Department`));
    assert.ok(md.includes('"That makes all of us less safe."\n\n---\n\n“[DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts](<'));
    assert.ok(md.endsWith('Licensed under CC BY-NC-ND 3.0: reuse with attribution. Non-commercial use only. The text is verbatim and may be shared only unchanged: no edits, cuts or translations.\n'));
  });

  it('says personal use for an all-rights-reserved page', () => {
    assert.equal(usageTerms({ ...CD, licence: null, allRightsReserved: true }), 'All rights reserved: this copy is for personal use only.');
    assert.equal(usageTerms({ ...CD, licence: null, allRightsReserved: false }), 'No reuse licence found: this copy is for personal use only; cite it, do not republish it.');
  });
});

describe('all notes as one Markdown file', () => {
  it('gives each article its heading, passages and reference, in the style it would be cited in', () => {
    const unlicensed: CitationItem = { ...CD, licence: null, notice: null, title: 'Another story', url: 'https://example.org/story' };
    assert.equal(
      allNotesMarkdown([{ item: CD, highlights: NOTES.slice(0, 1) }, { item: unlicensed, highlights: [hl('c', 'a passage')] }], 'mla'),
      `# Readcite notes

## DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts

> “ordered to give federal agents access to their jails” (Julia Conley, *Common Dreams*, CC BY-NC-ND 3.0)

Funding as leverage.

### Reference

${notesMarkdown(CD, [], 'tasl').split('## Reference\n\n')[1]!.trimEnd()}

Source: <${CD_URL}>

## Another story

> “a passage” (Conley)

### Reference

Conley, Julia. “Another Story.” *Common Dreams*, 4 Aug. 2017, example.org/story.

Source: <https://example.org/story>
`,
    );
  });
});
