import { countWords, squash } from './text.js';
import { articleScope } from './figures.js';

/** A sentence stating a work's licence or reuse terms. */
export const LICENCE_NOTICE = /\b(?:licen[cs]ed under|published under|available under|released under|creative commons|CC[\s-](?:BY|0)\b|free to republish|republish(?:ed)? (?:this|our|with)|all rights reserved|©|copyright \d{4})/i;
/** Notices that grant reuse (as opposed to reserving rights). */
const REUSE_NOTICE = /licen[cs]ed under|creative commons|CC[\s-](?:BY|0)\b|republish/i;

/**
 * The site's own licence sentence for the article, verbatim (e.g. Common Dreams' "Our work is licensed
 * under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely."). Looks inside the
 * article first, then in what follows it; never in scripts or templates.
 */
export function findLicenceNotice(doc: Document): string | null {
  const scope = articleScope(doc);
  // Sentences sit in paragraphs and small print; generic boxes are searched only when those hold none.
  const blocks = (root: ParentNode) => {
    const found = pick(root, 'p, small, li, dd, figcaption');
    return found.length ? found : pick(root, 'div, span, footer');
  };
  const pick = (root: ParentNode, selector: string) =>
    Array.from(root.querySelectorAll(selector)).filter((el) => {
      if (el.closest('script, style, template, noscript, nav')) return false;
      const text = squash(el.textContent);
      return text && countWords(text) <= 60 && REUSE_NOTICE.test(text) && LICENCE_NOTICE.test(text);
    });
  const inside = scope ? blocks(scope) : [];
  const candidates = inside.length ? inside : blocks(doc);
  // The innermost block holds just the sentence, not its surroundings.
  const innermost = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
  return innermost.length ? squash(innermost[0]?.textContent) : null;
}
