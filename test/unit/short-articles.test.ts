import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle, holdsWork } from '../../src/core/extract.js';
import { parse } from './fixtures.js';

/** Issue 14, item 7: a short article with real content opens; a page with no main content still does not. */
const page = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fidelity', 'pages', `${name}.html`), 'utf8');

describe('short articles', () => {
  it('open when they hold code, formulas or described pictures', () => {
    const code = extractArticle(parse(page('code-only'), 'https://example.org/til'), 'https://example.org/til');
    assert.ok(code?.contentHtml.includes('git reset --soft HEAD~1\ngit status'), code?.contentHtml);
    const formulas = extractArticle(parse(page('math-images'), 'https://example.org/m'), 'https://example.org/m');
    assert.equal(formulas?.contentHtml.match(/<img /g)?.length, 4);
  });

  it('are told by what they hold: a formula, a code block, two described pictures; not a line or a logo', () => {
    const holds = (inner: string) => holdsWork(parse(`<body><div>${inner}</div></body>`, 'https://example.org/').querySelector('div')!);
    assert.equal(holds('<math><mi>x</mi></math>'), true);
    assert.equal(holds('<pre>git reset --soft HEAD~1</pre>'), true);
    assert.equal(holds('<pre>ls -l</pre>'), false);
    assert.equal(holds('<img src="/logo.png" alt="Logo">'), false);
    assert.equal(holds('<img src="/a.png" alt="E = mc^2"><img src="/b.png" alt="F = ma">'), true);
    assert.equal(holds('<img src="/a.png"><img src="/b.png">'), false);
    assert.equal(holds('<figure><img src="/a.png"><figcaption>The bridge</figcaption></figure><figure><img src="/b.png"><figcaption>The lock</figcaption></figure>'), true);
  });
});

describe('formulas in the article text', () => {
  it('read once: the rendered formula, not its TeX annotation as well', () => {
    const article = extractArticle(parse(page('math-katex'), 'https://example.org/p'), 'https://example.org/p')!;
    assert.ok(article.text.includes('For small swings the period is T=2π'), article.text.slice(0, 400));
    assert.ok(!article.text.includes('2\\pi'));
    assert.ok(article.contentHtml.includes('<annotation encoding="application/x-tex">T = 2\\pi\\sqrt{L/g}</annotation>'));
  });
});

