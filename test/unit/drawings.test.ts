import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanBody } from '../../src/core/clean.js';
import { notADrawing, separateLabels } from '../../src/core/drawings.js';
import { parse } from './fixtures.js';

/** Issue 14: a chart or diagram drawn in SVG is the author's; icons and sprites are the site's. Told by content. */
const PROSE = '<p>The council met on Tuesday evening to discuss the budget for the coming year, and the members agreed to fund the new bus lane after a long debate about costs.</p>';
const svg = (html: string) => parse(`<body>${html}</body>`, 'https://example.org/').querySelector('svg')!;
const cleaned = (html: string) => {
  const root = parse(`<body><div>${PROSE}${html}${PROSE}</div></body>`, 'https://example.org/story').querySelector('div')!;
  cleanBody(root, { title: 'Budget', siteName: 'Gazette', bylineNames: [], base: 'https://example.org/story' });
  return root.innerHTML.replaceAll(PROSE, '');
};

describe('inline SVG in the article', () => {
  it('is a drawing when it draws outside its definitions, is bigger than an icon and is not the picture of a link', () => {
    assert.equal(notADrawing(svg('<svg viewBox="0 0 600 400"><rect width="9" height="9"/></svg>')), null);
    assert.equal(notADrawing(svg('<svg width="200" height="40"><text>Axis</text></svg>')), null);
    // A link to the full-size chart still holds a chart: it has labels.
    assert.equal(notADrawing(svg('<a href="/big"><svg viewBox="0 0 600 400"><rect width="9" height="9"/><text>2024</text></svg></a>')), null);
    assert.equal(notADrawing(svg('<svg viewBox="0 0 24 24"><path d="M0 0h24"/></svg>')), 'icon-sized (24×24)');
    assert.equal(notADrawing(svg('<svg width="16px" height="16" viewBox="0 0 600 400"><path d="M0 0h24"/></svg>')), 'icon-sized (16×16)');
    // Badges and logos set in a line of text: a 52×20 "plus" badge, a 264×73 logo shown 11 high.
    assert.equal(notADrawing(svg('<svg width="52" height="20" viewBox="0 0 52 20"><path d="M0 0h52"/></svg>')), 'icon-sized (52×20)');
    assert.equal(notADrawing(svg('<svg viewBox="0 0 264 73" height="11"><path d="M0 0h52"/></svg>')), 'icon-sized (40×11)');
    assert.equal(notADrawing(svg('<svg viewBox="0 0 264 73" width="528"><path d="M0 0h52"/></svg>')), null);
    // A loading skeleton: one full-size box, shaped by a clip path.
    assert.equal(notADrawing(svg('<svg role="img" width="100%" height="100%"><title>Loading...</title><rect x="0" y="0" width="100%" height="100%" clip-path="url(#c)"/><defs><clipPath id="c"><rect width="96" height="16"/></clipPath></defs></svg>')), 'a box over the whole drawing (a loading placeholder)');
    assert.equal(notADrawing(svg('<svg viewBox="0 0 600 400"><rect width="100%" height="100%" fill="#eee"/><path d="M0 0L600 400"/></svg>')), null);
    assert.equal(notADrawing(svg('<svg><use href="#i-share"/></svg>')), 'nothing to draw (a sprite, or only references to one)');
    assert.equal(notADrawing(svg('<svg><defs><symbol id="i"><path d="M0 0"/></symbol></defs></svg>')), 'nothing to draw (a sprite, or only references to one)');
    assert.equal(notADrawing(svg('<button><svg viewBox="0 0 100 100"><circle r="40"/></svg></button>')), 'the picture of a link or button');
    assert.equal(notADrawing(svg('<a href="/share"><svg viewBox="0 0 100 100"><circle r="40"/></svg></a>')), 'the picture of a link or button');
  });

  it('labels are words of their own in the text; styled runs of one word are left as they are', () => {
    const s = svg('<svg viewBox="0 0 600 400"><title>Rain</title><g><line y2="6"></line><text>2019</text></g><g><text>2020</text></g><text><tspan>Two</tspan><tspan x="0" dy="1em">lines</tspan></text><text><tspan>Bo</tspan><tspan font-weight="bold">ld</tspan></text></svg>');
    separateLabels(s);
    assert.equal(s.textContent, ' Rain  2019  2020  Two lines Bold ');
  });

  it('the cleaner keeps a drawing with what it needs to draw, and drops icons and sprites', () => {
    assert.equal(
      cleaned('<figure class="chart"><svg class="c" style="x" data-v="1" onload="x()" viewBox="0 0 600 400" aria-hidden="false"><defs><linearGradient id="g" x2="1"><stop offset="0" stop-color="#36c"/></linearGradient></defs><rect id="bar1" x="1" y="2" width="80" height="300" fill="url(#g)" class="bar"/><text x="10" y="390" text-anchor="middle">2019</text> </svg><figcaption>Spending.</figcaption></figure>'),
      '<figure><svg viewBox="0 0 600 400"><defs><linearGradient id="g" x2="1"><stop offset="0" stop-color="#36c"></stop></linearGradient></defs><rect x="1" y="2" width="80" height="300" fill="url(#g)"></rect> <text x="10" y="390" text-anchor="middle">2019</text> </svg><figcaption>Spending.</figcaption></figure>',
    );
    // Icons of links: the link's words stay; an icon between two words leaves a space.
    assert.equal(cleaned('<p>Read the <a href="https://example.org/report">full report<svg viewBox="0 0 16 16"><path d="M0 0h9"/></svg></a> at the library.</p>'), '<p>Read the <a href="https://example.org/report">full report</a> at the library.</p>');
    assert.equal(cleaned('<p>Bus<svg width="12" height="12"><circle r="5"/></svg>lane</p>'), '<p>Bus lane</p>');
  });
});
