import { countWords, squash } from './text.js';
import { articleScope } from './figures.js';

/** A sentence stating a work's licence or reuse terms. */
export const LICENCE_NOTICE = /\b(?:licen[cs]ed under|published under|available under|released under|creative commons|CC[\s-](?:BY|0)\b|free to republish|republish(?:ed)? (?:this|our|with)|all rights reserved|©|copyright \d{4})/i;
/** Notices that grant reuse (as opposed to reserving rights). */
const REUSE_NOTICE = /licen[cs]ed under|creative commons|CC[\s-](?:BY|0)\b|republish/i;

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'NAV', 'SVG']);
const SENTENCE_BLOCK = 'p, small, li, dd, figcaption, footer, div, section, aside, article, main, body';

/** Elements whose own text (not their scripts) mentions reuse terms, in document order. */
function reuseTexts(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (el: Element): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && REUSE_NOTICE.test(node.nodeValue ?? '')) {
        const block = el.closest(SENTENCE_BLOCK);
        if (block && !found.includes(block)) found.push(block);
      } else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase())) {
        walk(node as Element);
      }
    }
  };
  walk(root);
  return found;
}

/**
 * The site's own licence sentence for the article, verbatim (e.g. Common Dreams' "Our work is licensed
 * under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely."). Looks inside the
 * article first, then in the rest of the page; never in scripts, styles or templates. One walk over the
 * text nodes: a page's script text often says "licensed under" too.
 */
export function findLicenceNotice(doc: Document): string | null {
  const body = doc.body as HTMLElement | null;
  if (!body) return null;
  const scope = articleScope(doc);
  const candidates = reuseTexts(body)
    .map((el) => ({ el, text: squash(el.textContent) }))
    .filter(({ text }) => countWords(text) <= 60 && LICENCE_NOTICE.test(text));
  const best = candidates.find(({ el }) => scope?.contains(el)) ?? candidates[0];
  return best ? best.text : null;
}
