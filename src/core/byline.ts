/**
 * The byline the article shows, read from where it stands: the article's header, between its headline
 * and its body. Teasers, related lists, sidebars and footers carry the same author markup for other
 * articles, so a page-wide search for "author" names people who did not write this article.
 */
import type { Author } from './types.js';
import { BY, authorKind, cleanAuthorName, dedupeAuthors, splitNames } from './authors.js';
import { countWords, inChrome, squash } from './text.js';
import { toArray } from './dom-lists.js';
import { hasWords } from './word-bounds.js';

/** Class, id, rel, itemprop and test hooks of a byline, in the markup languages CMSs use. */
const BYLINE_HINT = /author|byline|autor|auteur|autore|verfasser|writer|reporter|journalist|(?:^|[\s_-])by(?:$|[\s_-])|creator|contributor/i;
/** Author pages' addresses: /author/…, /autoren/…, /journalist/…, /profile/…. */
const AUTHOR_HREF = /\/(?:authors?|autor(?:en|es|i)?|auteurs?|journalist(?:en|s)?|reporters?|writers?|redakt(?:eur|ion)\w*|contributors?|people|staff|profiles?|profil|columnists?|team)\/[^/?#]+/i;
/** Interface words that sit beside a byline's names (follow buttons, share links, mail). */
const UI_WORD = /^(?:twitter|x|facebook|linkedin|instagram|mastodon|bluesky|threads|e-?mail|mail|rss|follow|folgen|suivre|seguir|segui|more|mehr|plus|profil[e]?|kontakt|contact)$/i;

const ATTRS = ['class', 'id', 'rel', 'itemprop', 'data-testid', 'data-component', 'property'];
const hinted = (el: Element) => ATTRS.some((a) => BYLINE_HINT.test(el.getAttribute(a) ?? '')) || /(?:^|[\s:/])person$/i.test(el.getAttribute('typeof') ?? '');

/** A plausible personal or organisational name: short, no digits, not a date or an interface word. */
function plausibleName(name: string): boolean {
  const words = name.split(/\s+/);
  return !!name && /\p{Lu}|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s\p{P}]/u.test(name) && words.length <= 6 && name.length <= 60 && !/\d/.test(name) && !UI_WORD.test(name) && !/[|:!?]/.test(name);
}

/** A name as bylines print it: two or more words with a capital, an agency's capitals ("AFP"), or a script without case. */
function fullName(name: string): boolean {
  if (!/\p{Script=Latin}|\p{Script=Cyrillic}|\p{Script=Greek}/u.test(name)) return true;
  return /^\p{Lu}{2,5}$/u.test(name) || (/\s/.test(name) && /\p{Lu}/u.test(name));
}

/** Names in one byline element: its author-page links, else its name parts, else its text split. */
function namesIn(el: Element, base: string): Author[] {
  const links = (el.matches('a[href]') ? [el] : toArray(el.querySelectorAll('a[href]'))).filter((a) => {
    try {
      return AUTHOR_HREF.test(new URL(a.getAttribute('href') ?? '', base).pathname);
    } catch {
      return false;
    }
  });
  const fromLinks = links
    .map((a) => ({ name: cleanAuthorName(a.textContent), url: new URL(a.getAttribute('href') ?? '', base).href }))
    .filter((a) => plausibleName(a.name));
  if (fromLinks.length) return fromLinks.map(({ name, url }) => ({ name, kind: authorKind(name), url }));
  const parts = toArray(el.querySelectorAll('[itemprop~="name"], .fn, [class*="name" i]')).filter((p) => !p.querySelector('[itemprop~="name"], .fn, [class*="name" i]'));
  if (parts.length) return parts.flatMap((p) => splitNames(squash(p.textContent))).filter(plausibleName).map((name) => ({ name, kind: authorKind(name) }));
  // A byline built of parts ("<span>von</span><span>Ann Bee</span>", a date, a reading time): its leaves
  // that read as names, each one name; else its text, split.
  const leaves = toArray(el.getElementsByTagName('*')).filter((l) => !l.firstElementChild && squash(l.textContent));
  const leafNames = leaves.flatMap((l) => splitNames(squash(l.textContent))).filter((n) => plausibleName(n) && fullName(n));
  const names = leaves.length >= 2 && leafNames.length ? leafNames : splitNames(squash(el.textContent)).filter(plausibleName);
  return names.map((name) => ({ name, kind: authorKind(name) }));
}

/**
 * The article's headline element: the h1 (or itemprop=headline) that matches the title, else the first
 * h1 inside an article element, else the first h1.
 */
export function headlineElement(doc: Document, title: string): Element | null {
  const norm = (s: string | null) => squash(s).toLowerCase();
  const heads = toArray(doc.getElementsByTagName('h1'));
  const wanted = norm(title);
  return (
    (wanted && heads.find((h) => norm(h.textContent) === wanted && h.closest('article'))) ||
    (wanted && heads.find((h) => norm(h.textContent) === wanted)) ||
    (wanted && heads.find((h) => wanted.includes(norm(h.textContent)) && countWords(h.textContent) >= 3)) ||
    heads.find((h) => h.closest('article')) ||
    heads[0] ||
    null
  );
}

/** A paragraph of running text: long, and followed by more (a standfirst often stands alone in the header). */
function bodyParagraph(p: Element, next: Element | undefined): boolean {
  return hasWords(p.textContent, 25) && !!next && hasWords(next.textContent, 12);
}

/**
 * A teaser for another article: a small block around the byline that also holds a headline link
 * (a link of four or more words that is not an author page). Related lists repeat the author markup.
 */
function inTeaser(el: Element, headline: Element | null): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    // The block that holds the article's own headline is its header, not a teaser.
    if (countWords(node.textContent) > 80 || (headline && node.contains(headline))) return false;
    const headlineLink = toArray(node.getElementsByTagName('a')).some((a) => countWords(a.textContent) >= 4 && !AUTHOR_HREF.test(a.getAttribute('href') ?? ''));
    if (headlineLink) return true;
  }
  return false;
}

/** The smallest ancestor of the headline that also holds the article's body text (its first paragraph of running text). */
export function articleContainer(headline: Element): { container: Element; bodyStart: Element | null } {
  // One pass over the page's paragraphs: the first paragraph of running text after the headline, then the
  // smallest ancestor of the headline that holds it.
  const paras = toArray(headline.ownerDocument.getElementsByTagName('p'));
  let bodyStart: Element | null = null;
  // In document order, every paragraph after the first one past the headline is past it too: one position
  // test per paragraph would be quadratic on a page of 25,000 sibling paragraphs.
  let past = false;
  for (let i = 0, len = paras.length; i < len && !bodyStart; i++) {
    const p = paras[i]!;
    past ||= (headline.compareDocumentPosition(p) & 4) !== 0;
    if (past && bodyParagraph(p, paras[i + 1])) bodyStart = p;
  }
  // An odd document may have no body, whatever the typings say.
  if (!bodyStart) return { container: headline.ownerDocument.querySelector('body') ?? headline, bodyStart: null };
  let container = headline.parentElement;
  while (container && !container.contains(bodyStart)) container = container.parentElement;
  return { container: container ?? headline, bodyStart };
}

/** The first 80 blocks of the header region outside page chrome: those before the body's start, in document order. */
function headerLines(container: Element, bodyStart: Element | null): Element[] {
  const out: Element[] = [];
  for (const el of toArray(container.querySelectorAll('p, span, div'))) {
    // Those before the body's start are a prefix of document order: stop at the first that is not.
    if (bodyStart && (el.compareDocumentPosition(bodyStart) & 4) === 0) break;
    if (!inChrome(el)) out.push(el);
    if (out.length === 80) break;
  }
  return out;
}

/**
 * The byline nearest the headline, in the article's header region (after the headline's container
 * opens and before the body's first long paragraph, or within a few elements after the headline).
 * Returns [] when the header shows none; never reads teasers, sidebars or footers.
 */
export function headerByline(doc: Document, headline: Element | null, base: string): Author[] {
  const start = headline ?? doc.querySelector('article') ?? null;
  if (!start) return [];
  const { container, bodyStart } = articleContainer(start);
  const candidates: Element[] = [];
  const all = container.querySelectorAll('*');
  for (let i = 0, len = all.length; i < len && i < 3000; i++) {
    const el = all[i]!;
    if (bodyStart && (el === bodyStart || (bodyStart.compareDocumentPosition(el) & 4) !== 0)) break;
    if (!(hinted(el) || (el.tagName === 'A' && AUTHOR_HREF.test(el.getAttribute('href') ?? ''))) || inChrome(el)) continue;
    // The outermost hinted element is the byline; its hinted parts are read through it.
    if (candidates.some((c) => c.contains(el))) continue;
    const text = squash(el.textContent);
    if (!text || countWords(text) > 40 || el.querySelector('h1, h2, h3, p + p, img[width]') || inTeaser(el, headline)) continue;
    candidates.push(el);
  }
  // Nearest to the headline first: bylines follow (or just precede) the headline they belong to. The
  // candidates are in document order, so a sibling group filtered from them is in reading order too.
  const before = (el: Element) => !!headline && (headline.compareDocumentPosition(el) & 2) !== 0;
  for (const el of [...candidates.filter((c) => !before(c)), ...candidates.filter(before)]) {
    // Authors marked one by one ("By <span itemprop=author>A</span> and <span itemprop=author>B</span>") are siblings.
    const group = candidates.filter((c) => c === el || (c.parentElement === el.parentElement && c.tagName === el.tagName));
    const names = dedupeAuthors(group.flatMap((c) => namesIn(c, base)));
    if (names.length) return names;
  }
  // A plain "By A and B" line in the header region, without byline markup.
  const line = headerLines(container, bodyStart).find((el) => el.childElementCount <= 4 && BY.test(squash(el.textContent)) && countWords(el.textContent) <= 12);
  return line ? dedupeAuthors(splitNames(squash(line.textContent)).filter(plausibleName).map((name) => ({ name, kind: authorKind(name) }))) : [];
}
