/**
 * The article's text as one string, with the text node behind every offset, so W3C text selectors
 * (offsets into that string) and DOM ranges convert both ways. What the view adds inside the article
 * (buttons, labels, previews: `exclude`) is not the author's text and is left out, so offsets do not
 * move when the view changes its additions. Takes its nodes from the root passed in: no globals.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in `text`. */
  starts: number[];
}

const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

export function textMap(root: Element, exclude?: string): TextMap {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT | 1, {
    acceptNode: (node) => {
      if (node.nodeType === 3) return FILTER_ACCEPT;
      return exclude && (node as Element).matches(exclude) ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { text, nodes, starts };
}

/** The node holding `offset` (a start takes the node it begins, an end the node it closes). */
function locate(map: TextMap, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const { nodes, starts } = map;
  if (!nodes.length) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  // A start at the very end of a node belongs to the next non-empty one.
  let i = lo;
  while (!isEnd && i < nodes.length - 1 && offset - starts[i]! >= nodes[i]!.data.length) i++;
  const node = nodes[i]!;
  return { node, offset: Math.max(0, Math.min(node.data.length, offset - starts[i]!)) };
}

/** A DOM range over [start, end) of the map's text, or null when the offsets are outside it. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  const a = locate(map, start, false);
  const b = locate(map, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Where a boundary point (container, offset) falls in the map's text. */
function offsetOf(map: TextMap, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = map.nodes.indexOf(container as Text);
    if (i >= 0) return map.starts[i]! + offset;
  }
  // An element boundary (or an excluded text node): the first mapped text node at or after it.
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  for (let i = 0; i < map.nodes.length; i++) {
    const node = map.nodes[i]!;
    // compareBoundaryPoints-free: is the node's start at or after the boundary?
    if (probe.comparePoint(node, 0) >= 0) return map.starts[i]!;
  }
  return map.text.length;
}

/** [start, end) of a DOM range in the map's text, clamped to it. */
export function offsetsOf(map: TextMap, range: Range): { start: number; end: number } {
  return { start: offsetOf(map, range.startContainer, range.startOffset), end: offsetOf(map, range.endContainer, range.endOffset) };
}
