/**
 * Word counts compared with a bound, reading only as much text as the answer needs. countWords of a
 * prefix never exceeds countWords of the whole (the count only grows as the text is read), so once a
 * prefix has more words than the bound, the whole has too; a wrapper's 13,000 characters are not read
 * to learn that they hold more than a caption's 40 words.
 */
import { countWords } from './text.js';

/** Text and CDATA nodes: what textContent joins. */
const SHOW_TEXT = 4 | 8;

/** True when countWords(node.textContent) > max. */
export function moreWordsThan(node: Node, max: number): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, SHOW_TEXT);
  let text = '';
  // English runs to about six characters a word: check after enough text for the bound, then at each doubling.
  let check = Math.max(64, max * 8);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    text += t.nodeValue ?? '';
    if (text.length >= check) {
      if (countWords(text) > max) return true;
      check = text.length * 2;
    }
  }
  return countWords(text) > max;
}

/** True when countWords(text) >= min. */
export function hasWords(text: string, min: number): boolean {
  const head = min * 8;
  return (text.length > head && countWords(text.slice(0, head)) >= min) || countWords(text) >= min;
}
