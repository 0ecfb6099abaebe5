import { decodeFragment } from './text.js';

/**
 * Inline SVG in the article: a chart or a diagram is the author's, an icon is the site's furniture. Told by
 * content, never by site or class: a drawing kept is one with something to draw outside its definitions,
 * bigger than an icon, and not the picture of a link or button (whose words say what it does). The view's
 * sanitiser decides what of it is safe; the cleaner only keeps what drawing needs.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Declared sizes up to this many pixels in both directions are icons (a 24×24 viewBox, width="16"). */
const ICON_SIZE = 48;
/** A drawing no taller (or wider) than a line of text is a badge or a logo set in the text ("SZ Plus", 264×73 shown 11 high). */
const LINE_SIZE = 24;

/** What draws: shapes and text. */
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text']);
/** What only defines things for other elements to draw (a sprite sheet is all definitions). */
const DEFINITIONS = new Set(['defs', 'symbol', 'clippath', 'mask', 'pattern', 'marker', 'lineargradient', 'radialgradient', 'filter']);
/** Text elements whose words are the drawing's: labels, its title and description. */
const WORDS = new Set(['text', 'title', 'desc']);
/** A tspan placed on its own (a new line of a label) starts a new word too. */
const PLACED = ['x', 'y', 'dx', 'dy'];

const tagOf = (el: Element) => el.localName.toLowerCase();

/** A length in pixels as an attribute gives it ("24", "24px"); null for percentages and other units. */
function pixels(value: string | null): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value ?? '');
  return m ? Number(m[1]) : null;
}

/** The drawing's declared size in pixels: width and height, one of them and the viewBox's proportions, else the viewBox; null when it declares none. */
function declaredSize(svg: Element): { w: number; h: number } | null {
  const w = pixels(svg.getAttribute('width'));
  const h = pixels(svg.getAttribute('height'));
  if (w !== null && h !== null) return { w, h };
  const [, , bw, bh] = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (!bw || !bh || !Number.isFinite(bw) || !Number.isFinite(bh)) return null;
  if (w !== null) return { w, h: Math.round((w * bh) / bw) };
  if (h !== null) return { w: Math.round((h * bw) / bh), h };
  return { w: bw, h: bh };
}

const FULL = (v: string | null) => v === '100%';

/** The shapes it draws itself, outside its definitions. */
function drawnShapes(svg: Element): Element[] {
  return Array.from(svg.getElementsByTagName('*')).filter((el) => {
    if (!SHAPES.has(tagOf(el))) return false;
    for (let up = el.parentElement; up && up !== svg; up = up.parentElement) if (DEFINITIONS.has(tagOf(up))) return false;
    return true;
  });
}

/** Why an inline SVG is not the article's drawing, or null when it is. */
export function notADrawing(svg: Element): string | null {
  if (svg.parentElement?.closest('svg')) return null; // judged with the outermost
  const shapes = drawnShapes(svg);
  if (!shapes.length) return 'nothing to draw (a sprite, or only references to one)';
  // A loading skeleton: one box over the whole drawing, its shapes only a clip path or mask of it.
  if (shapes.every((el) => tagOf(el) === 'rect' && FULL(el.getAttribute('width')) && FULL(el.getAttribute('height')))) return 'a box over the whole drawing (a loading placeholder)';
  const size = declaredSize(svg);
  if (size && ((size.w <= ICON_SIZE && size.h <= ICON_SIZE) || Math.min(size.w, size.h) <= LINE_SIZE)) return `icon-sized (${size.w}×${size.h})`;
  if (svg.closest('a, button') && !svg.getElementsByTagName('text').length) return 'the picture of a link or button';
  return null;
}

/**
 * Space between a drawing's labels: in the markup "<text>2019</text><text>2020</text>" are two words that
 * the text of the article would read as one. White space between them draws nothing.
 */
export function separateLabels(svg: Element): void {
  // A label first or last in its group still meets the next group's label: a space at each side, always.
  const spaced = (node: ChildNode | null, end: boolean) => node?.nodeType === 3 && (end ? /\s$/ : /^\s/).test(node.nodeValue ?? '');
  for (const el of Array.from(svg.getElementsByTagName('*'))) {
    const tag = tagOf(el);
    if (WORDS.has(tag) && !el.parentElement?.closest('text')) {
      if (!spaced(el.previousSibling, true)) el.before(' ');
      if (!spaced(el.nextSibling, false)) el.after(' ');
    } else if (tag === 'tspan' && el.previousSibling && PLACED.some((a) => el.hasAttribute(a)) && !spaced(el.previousSibling, true) && !/^\s/.test(el.textContent)) {
      // Unplaced tspans are styled runs of one word ("<tspan>Bo</tspan><tspan>ld</tspan>"): left as they are.
      el.before(' ');
    }
  }
}

/** Ids a drawing refers to within itself: fill="url(#g)", href="#g" (a gradient, a text's path). */
export function drawingTargets(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const svg of Array.from(root.getElementsByTagName('svg'))) {
    for (const el of [svg, ...Array.from(svg.getElementsByTagName('*'))]) {
      for (const { name, value } of Array.from(el.attributes)) {
        if (name === 'href' || name === 'xlink:href') {
          if (value.startsWith('#')) ids.add(decodeFragment(value.slice(1)));
        } else for (const m of value.matchAll(/url\(\s*['"]?#([^'")\s]+)/gi)) ids.add(decodeFragment(m[1]!));
      }
    }
  }
  return ids;
}

/** Attributes that say how an SVG element draws; anything else (classes, styles, handlers, data) goes. */
export function isDrawingAttr(lowerName: string): boolean {
  return !/^(?:on|data-|aria-)|^(?:class|style|id|name|tabindex)$/.test(lowerName);
}
