import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract.js';
import { sanitizeArticleHtml, sanitizeArticleHtmlToString } from '../../src/reader/sanitize.js';
import { parse } from './fixtures.js';

/**
 * Issue 14: inline SVG that is only drawing survives the view's sanitiser (DOMPurify's svg and svgFilters
 * profiles, less SVG_NOT_DRAWING, and the url()/href rules of sanitize-svg.ts); nothing that runs, loads or
 * names the view's elements does. Each case: what the page wrote, exactly what the view gets.
 */
const { window } = new JSDOM('<!doctype html><body></body>', { url: 'https://example.org/' });
const win = window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeArticleHtmlToString(html, win);

const CASES: [name: string, page: string, view: string][] = [
  ["scripts and handlers go, the shape stays", "<svg viewBox=\"0 0 10 10\"><script>alert(1)</script><circle r=\"4\" onclick=\"alert(2)\"/></svg>", "<svg viewBox=\"0 0 10 10\"><circle r=\"4\"></circle></svg>"],
  ["onload on the svg itself", "<svg onload=\"alert(1)\" width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>", "<svg width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"></rect></svg>"],
  ["foreignObject goes with all it holds", "<svg><foreignObject width=\"10\" height=\"10\"><img src=\"x\" onerror=\"alert(1)\"><p>html</p></foreignObject><text>kept</text></svg>", "<svg><text>kept</text></svg>"],
  ["use goes, wherever it points", "<svg><use href=\"https://evil.invalid/x.svg#a\"/><use xlink:href=\"#a\"/><rect width=\"1\" height=\"1\"/></svg>", "<svg><rect width=\"1\" height=\"1\"></rect></svg>"],
  ["image goes", "<svg><image href=\"//evil.invalid/i.png\" width=\"9\" height=\"9\"/><image xlink:href=\"https://evil.invalid/i.png\"/></svg>", "<svg></svg>"],
  ["links inside a drawing are not links", "<svg><a xlink:href=\"javascript:alert(1)\"><text>link</text></a><a href=\"https://example.org/\"><text>web</text></a><a href=\"#x\"><text>frag</text></a></svg>", "<svg><a><text>link</text></a><a><text>web</text></a><a><text>frag</text></a></svg>"],
  ["animations go: animate, set, animateTransform, animateMotion and mpath", "<svg><rect width=\"1\" height=\"1\"><animate attributeName=\"href\" to=\"javascript:alert(1)\" begin=\"0s\"/><set attributeName=\"fill\" to=\"url(https://evil.invalid/s)\"/><animateTransform attributeName=\"transform\" type=\"rotate\" from=\"0\" to=\"90\" dur=\"1s\"/><animateMotion path=\"M0 0L9 9\"><mpath href=\"#p\"/></animateMotion></rect></svg>", "<svg><rect width=\"1\" height=\"1\"></rect></svg>"],
  ["feImage goes; a filter by fragment stays, prefixed", "<svg><filter id=\"f\"><feImage href=\"https://evil.invalid/f.png\"/><feImage xlink:href=\"#local\"/><feGaussianBlur stdDeviation=\"2\"/></filter><rect width=\"1\" height=\"1\" filter=\"url(#f)\"/></svg>", "<svg><filter id=\"user-content-f\"><feGaussianBlur stdDeviation=\"2\"></feGaussianBlur></filter><rect width=\"1\" height=\"1\" filter=\"url(#user-content-f)\"></rect></svg>"],
  ["style elements and style attributes go", "<svg><style>@import url(https://evil.invalid/i.css); rect { fill: url(https://evil.invalid/r) }</style><rect width=\"1\" height=\"1\" style=\"fill:url(https://evil.invalid/s)\"/></svg>", "<svg><rect width=\"1\" height=\"1\"></rect></svg>"],
  ["url() to anything but a fragment takes its attribute with it; fragments are prefixed", "<svg><rect width=\"1\" height=\"1\" mask=\"url(https://evil.invalid/m.svg#m)\" clip-path=\"url('https://evil.invalid/c.svg#c')\" fill=\"url(#g) red\" stroke=\"url( &quot;#g&quot; )\" marker-end=\"url(//evil.invalid/k#k)\" filter=\"url(data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\"/></svg>", "<svg><rect width=\"1\" height=\"1\" fill=\"url(#user-content-g) red\" stroke=\"url(#user-content-g)\"></rect></svg>"],
  ["CSS escapes and other loading functions take their attribute with them", "<svg><rect width=\"1\" height=\"1\" fill=\"\\75rl(https://evil.invalid/e)\" stroke=\"u\\rl(#g)\" cursor=\"url(https://evil.invalid/c.cur), auto\" transform=\"translate(1, 2) rotate(3)\"/></svg>", "<svg><rect width=\"1\" height=\"1\" transform=\"translate(1, 2) rotate(3)\"></rect></svg>"],
  ["ids and names are prefixed: no clobbering, xml:id goes", "<svg id=\"readcite-view\"><linearGradient id=\"getElementById\" href=\"#other\"/><rect id=\"body\" name=\"cookie\" width=\"1\" height=\"1\" fill=\"url(#getElementById)\"/><text xml:id=\"rc-title\">t</text></svg>", "<svg id=\"user-content-readcite-view\"><linearGradient id=\"user-content-getElementById\" href=\"#user-content-other\"></linearGradient><rect width=\"1\" height=\"1\" fill=\"url(#user-content-getElementById)\" name=\"user-content-cookie\" id=\"user-content-body\"></rect><text>t</text></svg>"],
  ["hrefs stay only as fragments, on elements that refer to others", "<svg><textPath href=\"#p\">along</textPath><textPath href=\"https://evil.invalid/#p\">far</textPath><pattern id=\"p2\" xlink:href=\"#p1\"/></svg>", "<svg><textPath href=\"#user-content-p\">along</textPath><textPath>far</textPath><pattern id=\"user-content-p2\" href=\"#user-content-p1\"></pattern></svg>"],
  ["namespace confusion: SVG inside MathML text holds no HTML", "<math><mtext><svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg></mtext></math>", "<math><mtext><svg></svg></mtext></math>"],
  ["desc keeps its text, not its markup", "<svg><desc><img src=x onerror=alert(1)>described</desc><title>named</title></svg>", "<svg><desc>described</desc><title>named</title></svg>"],
  ["SVG fonts and their references go (their text stays as text)", "<svg><font><glyph d=\"M0 0\"/></font><tref xlink:href=\"#t\"/><altGlyph xlink:href=\"#g\">a</altGlyph><glyphRef xlink:href=\"#g\"/><cursor xlink:href=\"https://evil.invalid/c\"/></svg>", "<svg>a</svg>"],
  ["an animation inside a link goes too", "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/><discard begin=\"0s\"/><a><animate attributeName=\"xlink:href\" values=\"javascript:alert(1)\"/><text>x</text></a></svg>", "<svg><a><text>x</text></a></svg>"],
];

describe('the sanitiser keeps SVG that only draws', () => {
  it('a chart: shapes, text, a gradient by fragment (prefixed), its title', () => {
    assert.equal(
      clean('<svg width="300" height="100" viewBox="0 0 300 100" role="img"><title>Rainfall</title><defs><linearGradient id="g"><stop offset="0" stop-color="#36c"></stop></linearGradient></defs><rect x="10" y="20" width="40" height="80" fill="url(#g)" stroke="#333"></rect><path d="M0 100H300"></path><text x="30" y="98" text-anchor="middle">May</text></svg>'),
      '<svg width="300" height="100" viewBox="0 0 300 100" role="img"><title>Rainfall</title><defs><linearGradient id="user-content-g"><stop offset="0" stop-color="#36c"></stop></linearGradient></defs><rect x="10" y="20" width="40" height="80" fill="url(#user-content-g)" stroke="#333"></rect><path d="M0 100H300"></path><text x="30" y="98" text-anchor="middle">May</text></svg>',
    );
  });

  for (const [name, page, view] of CASES) {
    it(name, () => assert.equal(clean(page), view));
  }

  it('as DOM: the drawing is in the SVG namespace, its references resolve within the fragment', () => {
    const box = window.document.createElement('div');
    box.append(sanitizeArticleHtml('<svg viewBox="0 0 9 9"><defs><linearGradient id="g"></linearGradient></defs><rect width="9" height="9" fill="url(#g)"></rect></svg>', win));
    const rect = box.querySelector('rect')!;
    assert.equal(rect.namespaceURI, 'http://www.w3.org/2000/svg');
    const ref = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill')!)![1]!;
    assert.equal(box.querySelector(`[id="${ref}"]`)?.localName, 'linearGradient');
  });

  it('a page\'s D3 chart reaches the view drawn, labelled and with its words apart; its icons do not', () => {
    const file = path.join(import.meta.dirname, '..', 'fidelity', 'pages', 'drawing-chart.html');
    const url = 'https://ledger.example/news/where-the-river-money-went/';
    const article = extractArticle(parse(fs.readFileSync(file, 'utf8'), url), url)!;
    const box = window.document.createElement('div');
    box.append(sanitizeArticleHtml(article.contentHtml, win));
    const svgs = Array.from(box.querySelectorAll('svg'));
    assert.equal(svgs.length, 1);
    assert.equal(svgs[0]!.textContent.replace(/\s+/g, ' ').trim(), 'Flood-defence spending by year 2021 2022 2023 2024 Spending, £ million');
    assert.deepEqual(Array.from(svgs[0]!.querySelectorAll('rect')).map((r) => r.getAttribute('fill')), Array(4).fill('url(#user-content-bar-fill)'));
    assert.equal(box.querySelector('#user-content-bar-fill')?.localName, 'linearGradient');
    assert.ok(article.text.includes('Flood-defence spending by year 2021 2022 2023 2024 Spending, £ million'), article.text);
  });
});
