/** Text helpers shared by the core. No browser globals: only the DOM nodes passed in. */

/** Runs of two or more white-space characters, and any one that is not a plain space (\s includes NBSP). */
const SPACES = /\s{2,}|[^\S ]/g;

/** JavaScript's \s, by character code. */
export const isSpaceCode = (c: number): boolean => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Collapses runs of white space (including NBSP) to one space and trims. */
export function squash(text: string | null | undefined): string {
  // The single spaces of running text are left as they are: four times faster than replacing every run.
  return (text ?? '').replace(SPACES, ' ').trim();
}

/**
 * The first `n` characters of squash(text), reading only as much of the text as they need (a paragraph's
 * identity is its opening words, and a page's paragraphs add up to megabytes).
 */
export function squashHead(text: string, n: number): string {
  // A little more than `n` is most often enough (a paragraph's opening has few runs of white space).
  for (let size = n + (n >> 2) + 16; ; size *= 4) {
    if (size >= text.length) return squash(text).slice(0, n);
    // squash() of a prefix is a prefix of squash() of the whole, but for a trailing space it trims.
    const head = squash(text.slice(0, size));
    if (head.length >= n) return head.slice(0, n);
  }
}

/**
 * squashHead(node.textContent, n), reading only the text nodes it needs: the opening of a wrapper of the
 * whole article without a copy of all its text.
 */
export function textHead(node: Node, n: number): string {
  // Text and CDATA sections (an XHTML page's), as textContent reads them.
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 | 8);
  let raw = '';
  // Squashed at doubling lengths: a page of indentation is not squashed once per text node.
  for (let t = walker.nextNode(), next = n + 1; t; t = walker.nextNode()) {
    raw += t.nodeValue ?? '';
    if (raw.length < next) continue;
    // squash() of a prefix is a prefix of squash() of the whole (but for a trailing space): long enough, it is the head.
    const head = squash(raw);
    if (head.length > n) return head.slice(0, n);
    next = raw.length * 2;
  }
  return squash(raw).slice(0, n);
}

/** True when the node's text (its textContent) is longer than `n` characters, reading only as far as that takes. */
export function textLongerThan(node: Node, n: number): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 | 8);
  let length = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((length += (t.nodeValue ?? '').length) > n) return true;
  return false;
}

/** The node's text (its textContent) when it is at most `n` characters long, else null, reading no further than that. */
export function textUpTo(node: Node, n: number): string | null {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 | 8);
  let text = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((text += t.nodeValue ?? '').length > n) return null;
  return text;
}

/** A URL fragment percent-decoded, as browsers match it to an id; a malformed one as written. */
export function decodeFragment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when the node holds any non-space text: stops at the first such text node (no textContent copy). */
export function hasText(node: Node): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/\S/.test(t.nodeValue ?? '')) return true;
  return false;
}

// Character classes for the fast count: 0 other, 1 letter or digit, 2 joiner (' ’ . -), 3 ideograph or kana.
function charClass(c: number): number {
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
    return c === 39 || c === 46 || c === 45 ? 2 : 0;
  }
  if (c === 0x2019) return 2;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 3;
  // Spaces, punctuation and symbols outside ASCII: Latin-1 punctuation, general punctuation, CJK punctuation,
  // fullwidth punctuation, arrows, maths and box drawing, emoji (surrogates), private-use icon fonts.
  // Combining marks count as letters, so Arabic with harakat stays one word.
  if (c <= 0xbf || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xd800 && c <= 0xf8ff)) return 0;
  return 1;
}

/** Where a word count stands between the pieces of one text: a text node's end is not a word's. */
interface WordState {
  count: number;
  inWord: boolean;
  /** A joiner (' ’ . -) seen inside a word: the word goes on only if a letter or digit comes next. */
  joiner: boolean;
}

/** Counts the words of one more piece of text into `state` (countWords' loop, for one string or many). */
function feedWords(text: string, state: WordState): void {
  let { count, inWord, joiner } = state;
  for (let i = 0; i < text.length; i++) {
    const k = charClass(text.charCodeAt(i));
    if (joiner) {
      joiner = false;
      // a joiner inside a word ("don't", "U.S", "anti-immigration") keeps it one word
      if (k !== 1) inWord = false;
    }
    if (k === 3) {
      count++;
      inWord = false;
    } else if (k === 1) {
      if (!inWord) count++;
      inWord = true;
    } else if (k === 2 && inWord) joiner = true;
    else inWord = false;
  }
  state.count = count;
  state.inWord = inWord;
  state.joiner = joiner;
}

/**
 * Counts words: runs of letters and digits, joined by ' ’ . - inside a word ("don't", "anti-immigration");
 * in scripts written without spaces each ideograph or kana counts as one. A character loop, not a Unicode
 * regular expression: that cost several times more in the browser, and the cleaner counts words often.
 */
export function countWords(text: string): number {
  const state = { count: 0, inWord: false, joiner: false };
  feedWords(text, state);
  return state.count;
}

/**
 * countWords(node.textContent), read text node by text node: a long article's words are counted without
 * copying its text into one string (8 MB on a 10 MB page).
 */
export function countWordsIn(node: Node): number {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 | 8);
  const state = { count: 0, inWord: false, joiner: false };
  for (let t = walker.nextNode(); t; t = walker.nextNode()) feedWords(t.nodeValue ?? '', state);
  return state.count;
}

const NO_SKIP: ReadonlySet<string> = new Set();
/** Figure captions describe images; the article's running text is what is left. */
export const CAPTIONS: ReadonlySet<string> = new Set(['FIGCAPTION']);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * Plain text of an element with block boundaries kept as line breaks
 * (Readability's textContent glues "interview</p><p>Mr" into "interviewMr"). With `joiner` ' ' it is
 * that text squashed, at the cost of one squash a line.
 */
export function blockText(root: Node, skip: ReadonlySet<string> = NO_SKIP, joiner = '\n\n'): string {
  // Lines are what lies between block boundaries and line breaks in the text; each is squashed as it
  // ends (no page-long string to split: a 10 MB page's text is one).
  const lines: string[] = [];
  let line: string[] = [];
  const end = () => {
    if (!line.length) return;
    const text = squash(line.join(''));
    if (text) lines.push(text);
    line = [];
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!value.includes('\n')) {
        line.push(value);
        return;
      }
      const parts = value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) end();
        line.push(part);
      });
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    // A formula's annotation (its TeX) is for copying, not reading: the text has the formula once.
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT' || tag === 'ANNOTATION' || skip.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) end();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) end();
  };
  walk(root);
  end();
  return lines.join(joiner);
}

/** Same text, ignoring case, white space and typographic quote style. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/** Lower case, one space, straight quotes: text as compared, not as shown. */
function comparable(s: string): string {
  return squash(s).toLowerCase().replace(/[‘’′]/g, "'").replace(/[“”″]/g, '"');
}

/** True when `text` begins with `lead`, even a lead cut short with an ellipsis (as meta descriptions often are). */
export function opensWith(text: string, lead: string): boolean {
  const head = comparable(lead).replace(/\s*(?:\.\.\.|…)$/, '').slice(0, 120);
  // Only the text's opening is compared: lower-casing never shortens it, so twice the lead's length is plenty.
  return head.length > 0 && comparable(squashHead(text, head.length * 2 + 16)).startsWith(head);
}

/** Joins names as a reader writes them: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const BASIC_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes character references left in structured strings: JSON-LD is not HTML, so "&quot;", "&ouml;" or
 * "&#8216;" in its headline are the publisher's escaping, and double-escaped meta tags carry them too.
 * The document's own parser decodes them (inert: nothing of the result but its text is read); without
 * one, numeric references and the basic named ones are decoded by hand.
 */
export function decodeEntities(s: string, doc?: Document): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(s)) return s;
  const Parser = doc?.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (Parser) {
    const parsed = new Parser().parseFromString(`<!doctype html><body><textarea>${s.replace(/<\/textarea/gi, '&lt;/textarea')}</textarea>`, 'text/html');
    const area = parsed.querySelector('textarea');
    if (area) return area.value;
  }
  return s.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return BASIC_ENTITIES[name.toLowerCase()] ?? all;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * The nearest ancestor-or-self whose tag is in `tags` (upper case) or that `test` accepts. A hand walk:
 * selector engines cost microseconds a call (jsdom's far more), and the core asks this of every element
 * near the headline.
 */
export function closestWhere(el: Element, tags: ReadonlySet<string>, test?: (e: Element) => boolean): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tags.has(e.tagName.toUpperCase()) || test?.(e)) return e;
  return null;
}

/** True when a descendant's tag is in `tags` (upper case). */
export function hasDescendant(el: Element, tags: ReadonlySet<string>): boolean {
  return !!firstDescendant(el, tags);
}

/** The descendants whose tag is in `tags` (upper case), in document order: querySelectorAll by tag names, by hand. */
export function descendantsByTag(root: Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (tags.has(c.tagName.toUpperCase())) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** How many descendants have a tag in `tags` (upper case), counting no further than `max`. */
export function countDescendants(root: Element, tags: ReadonlySet<string>, max: number): number {
  let n = 0;
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c && n < max; c = c.nextElementSibling) {
      if (tags.has(c.tagName.toUpperCase())) n++;
      walk(c);
    }
  };
  walk(root);
  return Math.min(n, max);
}

/** Links: the tag set for the walks above. */
export const LINK_TAGS: ReadonlySet<string> = new Set(['A']);

/**
 * The first descendant, in document order, whose tag is in `tags` (upper case): querySelector by tag
 * names, by hand (a selector engine's call costs more than the walk in jsdom, and as much in a browser).
 */
export function firstDescendant(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (tags.has(c.tagName.toUpperCase())) return c;
    const below = firstDescendant(c, tags);
    if (below) return below;
  }
  return null;
}

/** Tags of page furniture around articles, and the roles that mark it. */
const CHROME_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER']);
const CHROME_ROLE = /^(?:complementary|navigation|contentinfo|banner)$/;
/** Navigation, sidebars, footers and the site banner (a <header role=banner> or any element with those roles). */
export const inChrome = (el: Element): boolean => !!closestWhere(el, CHROME_TAGS, (e) => CHROME_ROLE.test(e.getAttribute('role') ?? ''));

/** The page's host without "www." ("www.dw.com" → "dw.com"), or "" for an address without one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The site's own label in its host: "lto" for lto.de, "bbc" for bbc.co.uk, "ascom" for www.ascom.com. */
export function siteLabel(url: string): string {
  const labels = hostOf(url).split('.');
  labels.pop();
  // A short second-level suffix (co.uk, com.au, ne.jp) is not the site's name.
  if (labels.length > 1 && labels[labels.length - 1]!.length <= 3) labels.pop();
  return labels.pop() ?? '';
}
