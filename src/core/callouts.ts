import { countWords, descendantsByTag, squash } from './text.js';
import { appealHits } from './furniture.js';

/**
 * Callouts (notes, tips, warnings: GitHub alerts, admonitions, alert boxes) kept as labelled notes: the box
 * becomes an <aside> whose first line is its label in bold. Told by a class or role that names a callout
 * and by shape: a short label first, then a few sentences of prose, not a box of links.
 */
const CALLOUT_HINT = /(?:^|[\s_-])(?:callout|admonition|alert|note|tip|warning|caution|important|notice|hint)(?:$|[\s_-])/i;
const LABELS = new Set(['P', 'DIV', 'SPAN', 'STRONG', 'B', 'H3', 'H4', 'H5', 'H6']);
/** Longer than this, the box is a section of the article, not a note beside it. */
const MAX_CALLOUT_WORDS = 150;
const BOXES: ReadonlySet<string> = new Set(['DIV', 'SECTION', 'ASIDE', 'BLOCKQUOTE']);

const hinted = (el: Element) => CALLOUT_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('role') ?? ''}`);

/** Rewrites the article's callouts; returns their labels (the cleaner spares them: short as they are, they are the article's). */
export function markCallouts(root: Element): Element[] {
  const labels: Element[] = [];
  for (const box of descendantsByTag(root, BOXES)) {
    if (!hinted(box) || box.closest('figure')) continue;
    const label = box.firstElementChild;
    if (!label || !LABELS.has(label.tagName)) continue;
    const name = squash(label.textContent);
    const words = countWords(box.textContent);
    if (!name || countWords(name) > 3 || /[.!?]$/.test(name) || words - countWords(name) < 5 || words > MAX_CALLOUT_WORDS) continue;
    let linked = 0;
    for (const a of Array.from(box.getElementsByTagName('a'))) linked += countWords(a.textContent);
    // A box of links, or one that asks for money or a sign-up, is furniture for the cleaner to judge.
    if (linked / words > 0.5 || appealHits(squash(box.textContent))) continue;
    const doc = root.ownerDocument;
    const aside = doc.createElement('aside');
    // Its class stays until the cleaner strips classes: the rules still read its hints.
    const cls = box.getAttribute('class');
    if (cls) aside.setAttribute('class', cls);
    const title = doc.createElement('p');
    title.appendChild(doc.createElement('strong')).textContent = name;
    aside.append(title);
    for (let c = label.nextSibling; c; c = label.nextSibling) aside.append(c);
    box.replaceWith(aside);
    labels.push(title);
  }
  return labels;
}
