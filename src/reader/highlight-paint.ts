import { textMap, type TextMap } from '../core/notes/text-map.js';
import { VIEW_ONLY, selectionIn } from './dom.js';

/** The class of the view's <mark> around highlighted text: the author's words inside stay theirs. */
export const MARK = 'rc-hl';
/** Text the view adds inside the article: never part of the text highlights are anchored in. */
export const NOT_TEXT = `.${VIEW_ONLY}`;

export interface Placed {
  id: string;
  colour: string;
  start: number;
  end: number;
}

/** The article's text map, the view's additions left out. */
export const articleText = (body: Element): TextMap => textMap(body, NOT_TEXT);

/** Removes every highlight mark, keeping the text in place (text nodes merged again). */
export function unpaint(body: Element): void {
  const marks = body.querySelectorAll(`mark.${MARK}`);
  if (!marks.length) return;
  marks.forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
  body.normalize();
}

/** Removes the view's additions from a copy of the article's markup and unwraps its marks. */
function withoutView<T extends Element | DocumentFragment>(copy: T): T {
  copy.querySelectorAll(NOT_TEXT).forEach((el) => el.remove());
  copy.querySelectorAll(`mark.${MARK}`).forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
  return copy;
}

/** A copy of the article's HTML as the author wrote it: marks unwrapped, the view's additions gone. */
export function authorsCopy(body: Element): HTMLElement {
  return withoutView(body.cloneNode(true) as HTMLElement);
}

/**
 * Ctrl+C in the article copies the author's markup, as Copy quote and Republish do: without the view's
 * highlight marks (pasted, they would be yellow in the reader's document) and additions. The plain text
 * is the browser's own, paragraphs and all.
 */
export function copyAsWritten(doc: Document, body: Element): void {
  doc.addEventListener('copy', (event) => {
    const selected = selectionIn(doc, body);
    if (!selected || !event.clipboardData) return;
    const { selection, range } = selected;
    const fragment = range.cloneContents();
    if (!fragment.querySelector(`mark.${MARK}, ${NOT_TEXT}`)) return;
    const box = doc.createElement('div');
    box.append(withoutView(fragment));
    event.clipboardData.setData('text/html', box.innerHTML);
    event.clipboardData.setData('text/plain', selection.toString());
    event.preventDefault();
  });
}

/**
 * Paints the highlights in one pass over the text: each text node they touch is split at their
 * boundaries and each piece wrapped in one <mark> per highlight covering it (overlaps nest). Text
 * nodes of white space alone (between blocks) are left as they are. Returns the marks per id.
 */
export function paint(body: Element, placed: Placed[]): Map<string, HTMLElement[]> {
  unpaint(body);
  const map = articleText(body);
  const doc = body.ownerDocument;
  const touched = new Map<number, Placed[]>();
  for (const p of placed) {
    // The first node whose end is past the start.
    let lo = 0;
    let hi = map.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map.starts[mid]! + map.nodes[mid]!.data.length <= p.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < map.nodes.length && map.starts[i]! < p.end; i++) {
      const list = touched.get(i);
      if (list) list.push(p);
      else touched.set(i, [p]);
    }
  }
  const marks = new Map<string, HTMLElement[]>();
  for (const i of [...touched.keys()].sort((a, b) => a - b)) {
    const list = touched.get(i)!;
    const node = map.nodes[i]!;
    if (!node.data.trim()) continue;
    const s = map.starts[i]!;
    const len = node.data.length;
    const cuts = new Set<number>([0, len]);
    for (const p of list) {
      cuts.add(Math.max(0, Math.min(len, p.start - s)));
      cuts.add(Math.max(0, Math.min(len, p.end - s)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    // Split from the end so earlier offsets stay valid.
    const pieces: { text: Text; a: number; b: number }[] = [];
    const rest = node;
    for (let k = points.length - 2; k >= 0; k--) {
      const a = points[k]!;
      const piece = a > 0 ? rest.splitText(a) : rest;
      pieces.unshift({ text: piece, a, b: points[k + 1]! });
    }
    for (const { text, a, b } of pieces) {
      const covering = list.filter((p) => p.start - s <= a && p.end - s >= b);
      let inner: Node = text;
      const parent = text.parentNode!;
      const next = text.nextSibling;
      // The highlight made last is innermost, so its colour shows.
      for (const p of [...covering].reverse()) {
        const mark = doc.createElement('mark');
        mark.className = MARK;
        mark.dataset['id'] = p.id;
        mark.dataset['colour'] = p.colour;
        mark.append(inner);
        inner = mark;
        const got = marks.get(p.id);
        if (got) got.push(mark);
        else marks.set(p.id, [mark]);
      }
      if (inner !== text) parent.insertBefore(inner, next);
    }
  }
  return marks;
}
