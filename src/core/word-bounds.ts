/**
 * Word counts compared with a bound, reading only as much text as the answer needs. A plain space ends
 * any word, so the words before a space and those from it on add up to the words of the whole: the text
 * is counted in pieces cut at spaces, each once, and the count stops as soon as it passes the bound (a
 * wrapper's 13,000 characters are not read to learn that they hold more than a caption's 40 words).
 */
import { countWords } from './text.js';

/** Text and CDATA nodes: what textContent joins. */
const SHOW_TEXT = 4 | 8;
/** Text gathered before a piece is counted. */
const PIECE = 256;

/** True when countWords(node.textContent) > max. */
export function moreWordsThan(node: Node, max: number): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, SHOW_TEXT);
  // The words counted so far, and the text after the last space counted.
  let counted = 0;
  let rest = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    rest += t.nodeValue ?? '';
    if (rest.length < PIECE) continue;
    const cut = rest.lastIndexOf(' ');
    if (cut <= 0) continue;
    counted += countWords(rest.slice(0, cut));
    if (counted > max) return true;
    rest = rest.slice(cut);
  }
  return counted + countWords(rest) > max;
}

/** True when countWords(text) >= min: the words before a space near the bound's length are counted first. */
export function hasWords(text: string, min: number): boolean {
  const cut = text.lastIndexOf(' ', min * 8);
  if (cut <= 0) return countWords(text) >= min;
  const head = countWords(text.slice(0, cut));
  return head >= min || head + countWords(text.slice(cut)) >= min;
}
