/**
 * The standfirst (dek, teaser, lead) as the article prints it under its headline. Search descriptions
 * often differ from it, and JSON-LD descriptions are often just the first paragraph: the printed one is
 * the reader's, and a description that only repeats the body's opening is no standfirst.
 */
import { articleContainer } from './byline.js';
import { closestWhere, countWords, hasDescendant, opensWith, squash } from './text.js';
import { moreWordsThan } from './word-bounds.js';

/** Class and itemprop hints of a standfirst, in the names CMSs give it. */
const DEK = /standfirst|sub-?title|sub-?head|(?:^|[\s_-])dek(?:$|[\s_-])|summary|excerpt|strapline|teaser|(?:^|[\s_-])(?:intro|lead|lede|chapo|chapeau|entradilla|occhiello|vorspann|ingress|perex)(?:$|[\s_-])|description|abstract/i;

const BLOCKS: ReadonlySet<string> = new Set(['DIV', 'P', 'SECTION', 'ARTICLE', 'HEADER', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'FIGURE', 'TABLE', 'BLOCKQUOTE']);
const OUTSIDE: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION', 'NAV', 'ASIDE', 'A']);
const CONTROLS: ReadonlySet<string> = new Set(['BUTTON', 'TIME']);
const MEDIA_OR_HEADING: ReadonlySet<string> = new Set(['H1', 'H2', 'IMG', 'PICTURE', 'TIME']);
const hinted = (el: Element) => DEK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`);

const IMAGES: ReadonlySet<string> = new Set(['IMG', 'PICTURE']);

/** A caption written beside its photo without a figure: an image within the element's three nearest wrappers. */
function besideImage(el: Element): boolean {
  let node: Element | null = el.parentElement;
  let words: number | undefined;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    // A bounded count: a wrapper of the whole article is not read through to learn it is long.
    if (hasDescendant(node, IMAGES) && !moreWordsThan(node, (words ??= countWords(el.textContent)) + 30)) return true;
  }
  return false;
}

/**
 * The printed standfirst between the headline and the body: one its markup names (class or itemprop),
 * and, as a weaker candidate, the first sentence-like block there (decks without class names).
 */
export function headerStandfirst(headline: Element | null): { hinted: string; plain: string } {
  if (!headline) return { hinted: '', plain: '' };
  const { container, bodyStart } = articleContainer(headline);
  const all = container.querySelectorAll('*');
  let passed = false;
  // Without a hinted one, the first sentence-like block between headline and body: decks without class names.
  let plain = '';
  // A standfirst follows its headline closely: a few hundred elements at most (share bars, bylines, photos).
  let after = 0;
  for (let i = 0, len = all.length; i < len && after < 400; i++) {
    const el = all[i]!;
    if (el === headline) passed = true;
    if (!passed || headline.contains(el) || el.contains(headline)) continue;
    after++;
    if (bodyStart && (el === bodyStart || (bodyStart.compareDocumentPosition(el) & 4) !== 0)) break;
    if (closestWhere(el, OUTSIDE)) continue;
    const isHinted = hinted(el);
    // Cheap tests before reading text: a plain candidate is a block of inline text, and only the first counts.
    if (!isHinted && (plain || hasDescendant(el, BLOCKS) || closestWhere(el, CONTROLS, (e) => /author|byline/i.test(e.getAttribute('class') ?? '')))) continue;
    const text = squash(el.textContent);
    const words = countWords(text);
    if (!isHinted) {
      if (words >= 12 && words <= 80 && /[.!?…:"”“»]$/.test(text) && !besideImage(el)) plain = text;
      continue;
    }
    if (words >= 8 && words <= 120 && !hasDescendant(el, MEDIA_OR_HEADING) && !besideImage(el)) return { hinted: text, plain };
  }
  return { hinted: '', plain };
}

/** The first standfirst candidate that does not merely open the body: printed, then the descriptions. */
export function chooseStandfirst(candidates: (string | undefined)[], bodyText: string): string {
  for (const c of candidates) if (c && !opensWith(bodyText, c)) return c;
  return '';
}
