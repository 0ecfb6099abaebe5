import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { cleanBody } from '../../src/core/clean.js';
import { sanitizeArticleHtml } from '../../src/reader/sanitize.js';
import { parse } from './fixtures.js';

/** Issue 14: footnotes link to their notes and back, inside the view, without the page naming the view's elements. */
const { window } = new JSDOM('<!doctype html><body></body>', { url: 'https://example.org/' });
const win = window as unknown as Window & typeof globalThis;
const sanitized = (html: string) => {
  const box = window.document.createElement('div');
  box.append(sanitizeArticleHtml(html, win));
  return box;
};

const PROSE = '<p>The council met on Tuesday evening to discuss the budget for the coming year, and the members agreed to fund the new bus lane after a long debate.</p>';
const ARTICLE = `${PROSE}<p>The lane opens in May<a href="#fn1" id="ref1"><sup>1</sup></a>.</p><ol><li id="fn1">After the works on the bridge. <a href="#ref1">↩</a></li></ol>`;

describe('links within the article', () => {
  it('keep their targets through the sanitiser, prefixed so they cannot name the view', () => {
    const box = sanitized(ARTICLE);
    const [ref, back] = Array.from(box.querySelectorAll('a'));
    assert.equal(ref!.getAttribute('href'), '#user-content-fn1');
    assert.equal(ref!.id, 'user-content-ref1');
    assert.equal(box.querySelector('li')!.id, 'user-content-fn1');
    assert.equal(back!.getAttribute('href'), '#user-content-ref1');
    // They move within the view: no new tab.
    assert.equal(ref!.hasAttribute('target'), false);
  });

  it('cannot clobber or target the view: every id and name is prefixed', () => {
    const box = sanitized('<img id="readcite-view" src="https://example.org/a.jpg" alt=""><a name="body" href="#readcite-view">x</a><a href="#">top</a><a href="#x" onclick="alert(1)">y</a>');
    assert.equal(box.querySelector('img')!.id, 'user-content-readcite-view');
    const [named, bare, handler] = Array.from(box.querySelectorAll('a'));
    assert.equal(named!.getAttribute('name'), 'user-content-body');
    assert.equal(named!.getAttribute('href'), '#user-content-readcite-view');
    assert.equal(bare!.hasAttribute('href'), false);
    assert.equal(handler!.hasAttribute('onclick'), false);
  });

  it('external links still open beside the view', () => {
    const a = sanitized('<a href="https://example.com/x">x</a>').querySelector('a')!;
    assert.equal(a.getAttribute('target'), '_blank');
    assert.equal(a.getAttribute('rel'), 'noopener noreferrer');
  });
});

describe('the cleaner and link targets', () => {
  const clean = (inner: string, url = 'https://example.org/story') => {
    const doc = parse(`<body><div>${inner}</div></body>`, url);
    const root = doc.querySelector('div')!;
    cleanBody(root, { page: doc, title: 'A title', siteName: 'Example', bylineNames: [], base: url });
    return root;
  };

  it('keeps the ids and names links point at, and their empty anchors', () => {
    const root = clean(`${PROSE}<p>Opens in May<a href="#fn-1"><sup>1</sup></a>.</p><p id="unused">Another paragraph of the article, long enough to be prose and not furniture of the page.</p><ol><li><span id="fn-1"></span>After the works. <a name="back"></a></li></ol>`);
    assert.ok(root.querySelector('span[id="fn-1"]'), 'the empty anchor the reference points at stays');
    assert.equal(root.querySelector('[id="unused"]'), null, 'an id nothing points at goes');
    assert.equal(root.querySelector('a[name="back"]'), null, 'a name nothing points at goes, with its empty anchor');
  });

  it("turns a link to this page's own address and a fragment into the fragment", () => {
    const root = clean(`${PROSE}<p>See the note<a href="https://example.org/story#n1"><sup>1</sup></a> and <a href="https://example.org/other#n1">elsewhere</a>.</p><ol><li id="n1">The note.</li></ol>`);
    const [own, other] = Array.from(root.querySelectorAll('a'));
    assert.equal(own!.getAttribute('href'), '#n1');
    assert.equal(other!.getAttribute('href'), 'https://example.org/other#n1');
    assert.equal(root.querySelector('li')!.id, 'n1');
  });
});

describe('formulas', () => {
  it('keep their MathML and TeX annotation through the sanitiser', () => {
    const box = sanitized('<p>The period is <math display="block"><semantics><mrow><mi>T</mi><mo>=</mo><mn>2</mn><mi>π</mi></mrow><annotation encoding="application/x-tex">T = 2\\pi</annotation></semantics></math>.</p>');
    const math = box.querySelector('math')!;
    assert.equal(math.namespaceURI, 'http://www.w3.org/1998/Math/MathML');
    assert.equal(math.getAttribute('display'), 'block');
    assert.equal(box.querySelector('annotation')!.textContent, 'T = 2\\pi');
    assert.equal(box.textContent, 'The period is T=2πT = 2\\pi.');
  });

  it('lose what would run code, link or load: href in MathML, annotation-xml, namespace confusion', () => {
    const box = sanitized(
      '<math><mi href="javascript:alert(1)">x</mi><mi xlink:href="https://evil.invalid/">y</mi></math>' +
        '<math><semantics><mi>z</mi><annotation-xml encoding="text/html"><img src=x onerror=alert(2)></annotation-xml></semantics></math>' +
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(3)>',
    );
    assert.equal(box.querySelectorAll('[href], [xlink\\:href]').length, 0);
    assert.equal(box.querySelector('annotation-xml'), null);
    assert.equal(box.querySelector('style'), null);
    assert.equal(Array.from(box.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length, 0);
  });

  it('keep their presentation attributes through the cleaner, which strips them from HTML', () => {
    const doc = parse(`<body><div>${PROSE}<p>Hence <math display="block"><mi mathvariant="normal">Δ</mi><mo stretchy="false">(</mo></math> holds, and <span display="block">not this</span>.</p></div></body>`, 'https://example.org/');
    const root = doc.querySelector('div')!;
    cleanBody(root, { page: doc, title: 'A title', siteName: 'Example', bylineNames: [], base: 'https://example.org/' });
    assert.equal(root.querySelector('math')!.getAttribute('display'), 'block');
    assert.equal(root.querySelector('mi')!.getAttribute('mathvariant'), 'normal');
    assert.equal(root.querySelector('mo')!.getAttribute('stretchy'), 'false');
    assert.equal(root.querySelector('span')?.getAttribute('display') ?? null, null);
  });
});

describe('code blocks', () => {
  it('keep the language the page named, as data-lang on the <pre>, and no other data attribute', () => {
    const doc = parse(`<body><div>${PROSE}<pre class="line-numbers"><code class="hljs language-Python">print(1)</code></pre><pre data-lang="go" data-x="1">x := 1</pre><pre><code class="language-">y</code></pre></div></body>`, 'https://example.org/');
    const root = doc.querySelector('div')!;
    cleanBody(root, { page: doc, title: 'A title', siteName: 'Example', bylineNames: [], base: 'https://example.org/' });
    assert.deepEqual(Array.from(root.querySelectorAll('pre')).map((p) => p.getAttribute('data-lang')), ['python', 'go', null]);
    const box = sanitized(root.innerHTML);
    assert.deepEqual(Array.from(box.querySelectorAll('pre')).map((p) => p.getAttribute('data-lang')), ['python', 'go', null]);
    assert.equal(box.querySelector('[data-x]'), null);
  });
});

