/**
 * Blocks of Readability's output element and their language-neutral features, for the learned block model
 * (block-model.ts; trained by scripts/train-blocks.ts). Pure: only the DOM nodes passed in, no browser
 * globals and no Node APIs, so it runs in the extension, in Node and in tests.
 *
 * A block is a leaf-level unit of the article in document order: p, h1-h6, pre, table, dl, figcaption,
 * li / blockquote / figure that hold no block of their own, and any other element that holds text directly.
 */
import { LICENCE_NOTICE } from './licence.js';
import { HINT, appealHits } from './furniture.js';
import { LINK_TAGS, blockText, countWords, descendantsByTag, isSpaceCode } from './text.js';

/** Elements that are always one block, whatever they hold. */
const LEAF = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'DL', 'FIGCAPTION']);
/** Elements that are one block unless they hold blocks of their own. */
const SOFT = new Set(['LI', 'BLOCKQUOTE', 'FIGURE', 'DD', 'DT']);
/** Block-level tags: an element holding one of them is a container, not a block. */
const BLOCKISH = new Set([...LEAF, ...SOFT, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'FORM', 'DETAILS', 'ADDRESS', 'HR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const MEDIA = 'img, picture, video, audio, svg, iframe';
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'IFRAME']);

/** Headings of link lists (a wording feature, which the report measures with and without). */
const TAIL_HEADING = /^(?:related|read more|more from|more on|most (?:read|popular|viewed)|recommended|you (?:may|might) also like|further reading|trending|latest|top stories|about (?:the )?[\p{Lu}\d])/iu;

/**
 * An e-mail address or a web address. `\S@` rather than `\S+@`: the same matches, without trying every
 * run of non-space characters before each "@" (quadratic in a long token such as a 200-letter string).
 */
const URL_OR_MAIL = /\S@\S+\.\w{2,}|https?:\/\/|www\./i;

const TOKEN = /[\p{L}\p{N}_]+/gu;
const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];
/** Text as compared across the page: tokens, lower case, one space. */
export const textKey = (text: string): string => tokensOf(text).join(' ').toLowerCase();

// The feature rows' patterns, compiled once (a literal inside the per-block function is a new object per block).
const HEADING_TAG = /^H[1-6]$/;
const KNOWN_TAG = /^(?:P|H[1-6]|LI|DD|DT|BLOCKQUOTE|TABLE|PRE|DL|FIGURE|FIGCAPTION)$/;
/** Sentence stops (. ! ? and their CJK, fullwidth, Arabic and Devanagari forms). */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x061f || c === 0x0964;
/** Closing quotes and brackets that may follow a stop (" ' ” ’ » ). */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41;

/** Ends with a stop, closing quotes aside (read from the end: a $-anchored pattern tries every position). */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isStop(text.charCodeAt(i));
}

/** Runs of stops that end a sentence: followed by a space, a closing quote or the end of the text. */
function countStops(text: string): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isStop(text.charCodeAt(i))) continue;
    while (i + 1 < n && isStop(text.charCodeAt(i + 1))) i++;
    const next = text.charCodeAt(i + 1);
    if (i + 1 === n || isSpaceCode(next) || isCloser(next)) count++;
  }
  return count;
}
const endsColon = (text: string): boolean => text.endsWith(':') || text.endsWith('：');
const TIME_OR_DATE = /\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;
const COPYRIGHT = /©|\(c\)/i;
const PIPE_OR_BULLET = /[|•·»›]/;
const LETTER_START = /^\p{L}/u;
const NOT_SPACE = /\S/;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** 1 for the ASCII characters of a token (letters, digits, "_"), 0 for the others. */
const TOKEN_ASCII = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0));

/** Per UTF-16 unit of the basic plane: 1 when it is a letter or digit (\p{L}, \p{N}), 2 when not, 0 not asked yet. */
const ALNUM_UNIT = new Uint8Array(0x10000);
const ALNUM_CHAR = /^[\p{L}\p{N}]$/u;
const alnumAstral = new Map<number, boolean>();

/**
 * How many UTF-16 units the token character at `i` takes (TOKEN's class: a letter, digit or "_"; a letter
 * outside the basic plane is a surrogate pair), 0 when the character there is none.
 */
function tokenWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return TOKEN_ASCII[c]!;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    let known = alnumAstral.get(cp);
    if (known === undefined) alnumAstral.set(cp, (known = ALNUM_CHAR.test(String.fromCodePoint(cp))));
    return known ? 2 : 0;
  }
  let k = ALNUM_UNIT[c]!;
  if (!k) ALNUM_UNIT[c] = k = ALNUM_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** What featureRows reads of a block's words, in one pass over its text (no token array, no regex per block). */
interface TextStats {
  /** Tokens: runs of letters, digits and "_" (TOKEN). */
  tokens: number;
  /** Tokens that start with a letter that has case; of them, capitalised; all capitals (longer than one letter). */
  cased: number;
  caps: number;
  upper: number;
  /** Letters and digits (UTF-16 units, as the trained features counted them), and ASCII digits. */
  alnum: number;
  digits: number;
  /** Tokens that are, in lower case, words of the title. */
  inTitle: number;
}

/** The title's words, and a hash of each ASCII one: an ASCII token is copied and looked up only when its hash is one of them. */
interface TitleWords {
  words: ReadonlySet<string>;
  asciiHashes: ReadonlySet<number>;
}

/** A lower-case ASCII word's hash, as textStats computes it character by character. */
function asciiHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

const NOT_ASCII = /[^ -~]/;

function titleWords(words: ReadonlySet<string>): TitleWords {
  const asciiHashes = new Set<number>();
  for (const w of words) if (!NOT_ASCII.test(w)) asciiHashes.add(asciiHash(w));
  return { words, asciiHashes };
}

function textStats(text: string, title: TitleWords): TextStats {
  let tokens = 0;
  let cased = 0;
  let caps = 0;
  let upper = 0;
  let alnum = 0;
  let digits = 0;
  let inTitle = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c1 = text.charCodeAt(i);
    let w = c1 < 128 ? TOKEN_ASCII[c1]! : tokenWidth(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let lower = false; // an ASCII lower-case letter
    let upperAscii = false;
    let hash = 0; // of the token in lower case, while it is ASCII
    for (let c = c1; ; ) {
      if (c >= 128) ascii = false;
      else {
        if (c >= 48 && c <= 57) digits++;
        else if (c >= 97 && c <= 122) lower = true;
        else if (c >= 65 && c <= 90) upperAscii = true;
        hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
      }
      if (c !== 95) alnum += w;
      i += w;
      if (i >= n) break;
      c = text.charCodeAt(i);
      w = c < 128 ? TOKEN_ASCII[c]! : tokenWidth(text, i);
      if (!w) break;
    }
    tokens++;
    const c0 = text.charCodeAt(start);
    if (ascii) {
      if (isAsciiLetter(c0)) {
        cased++;
        if (c0 <= 90) caps++;
        if (i - start > 1 && !lower) upper++;
      }
      if (title.asciiHashes.has(hash) && title.words.has(upperAscii ? text.slice(start, i).toLowerCase() : text.slice(start, i))) inTitle++;
      continue;
    }
    const t = text.slice(start, i);
    if (title.words.size && title.words.has(t.toLowerCase())) inTitle++;
    if (!LETTER_START.test(t)) continue;
    const first = t[0]!;
    const up = first.toUpperCase();
    if (first.toLowerCase() === up) continue;
    cased++;
    if (first === up) caps++;
    if (t.length > 1 && t === t.toUpperCase()) upper++;
  }
  return { tokens, cased, caps, upper, alnum, digits, inTitle };
}

/** The feature names, in vector order. */
export const FEATURE_NAMES = [
  'logWords', 'wordShare', 'linkDensity', 'logLinks', 'relPos', 'wordsBefore', 'wordsAfter', 'logFromStart', 'logFromEnd',
  'isFirst', 'isLast', 'tagP', 'tagH', 'tagLi', 'tagQuote', 'tagTable', 'tagFig', 'tagOther', 'logDepth', 'inList',
  'listItems', 'hasMedia', 'endsSentence', 'endsColon', 'sentencePunct', 'avgSentence', 'capShare', 'upperShare',
  'digitShare', 'timeOrDate', 'urlOrMail', 'copyright', 'pipeOrBullet', 'prevLinkDensity', 'nextLinkDensity',
  'prevLogWords', 'nextLogWords', 'windowLinkDensity', 'nextIsHeading', 'titleSim', 'repeatedOnPage', 'asLinkElsewhere',
  'asHeadingElsewhere', 'prefixRepeated', 'hint', 'hintWords', 'appealHits', 'appealDense', 'tailHeading', 'licenceNotice',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
/** Features read from English wording (clean.ts's appeal and heading lists, licence notices). */
export const WORDING_FEATURES: readonly FeatureName[] = ['appealHits', 'appealDense', 'tailHeading', 'licenceNotice'];
/**
 * Features read from the whole page (indexPage): text repeated around the article, teaser links and headings.
 * They cost more than all the others together; weights without them let blockScores() skip indexPage().
 */
export const PAGE_FEATURES: readonly FeatureName[] = ['repeatedOnPage', 'asLinkElsewhere', 'asHeadingElsewhere', 'prefixRepeated'];
/** Features read from English class and id hints (clean.ts's HINT). */
export const HINT_FEATURES: readonly FeatureName[] = ['hint', 'hintWords'];

export interface Block {
  el: Element;
  text: string;
  words: number;
  depth: number;
  /** The block is or holds an image, video, audio, SVG or iframe (collectBlocks knows; else blockFeatures asks). */
  media?: boolean;
}

/** Per element, computed bottom-up: does it hold a block-level element, any text, media? */
interface Shape {
  blockDesc: boolean;
  text: boolean;
  /** Holds an element of MEDIA below it. */
  media: boolean;
}

const MEDIA_TAG = /^(?:IMG|PICTURE|VIDEO|IFRAME|SVG)$/;

/**
 * The article's blocks in document order; blocks without words are left out unless they hold media.
 * One post-order pass (child nodes by firstChild/nextSibling: in jsdom a live HTMLCollection such as
 * `children` costs O(n) per access): each element learns its shape from its children's, decides whether
 * it is a block, and if so replaces the blocks found inside it. Texts are read last, for the blocks kept.
 */
export function collectBlocks(root: Element): Block[] {
  const found: { el: Element; depth: number; media: boolean }[] = [];
  const visit = (el: Element, depth: number): Shape => {
    const mark = found.length;
    const s: Shape = { blockDesc: false, text: false, media: false };
    // Text outside any block-level child: its own text nodes, or inline elements with text.
    let ownText = false;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!ownText && NOT_SPACE.test(n.nodeValue ?? '')) s.text = ownText = true;
      } else if (n.nodeType === 1) {
        const c = visit(n as Element, depth + 1);
        const tag = (n as Element).tagName.toUpperCase();
        if (c.text) {
          s.text = true;
          if (!BLOCKISH.has(tag) && !SKIP.has(tag)) ownText = true;
        }
        if (c.blockDesc || BLOCKISH.has(tag)) s.blockDesc = true;
        if (c.media || MEDIA_TAGS.has(tag)) s.media = true;
      }
    }
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) found.length = mark;
    else if (LEAF.has(tag) || (SOFT.has(tag) && !s.blockDesc) || (el !== root && (!s.blockDesc || ownText))) {
      found.length = mark;
      found.push({ el, depth, media: MEDIA_TAG.test(tag) || s.media });
    }
    return s;
  };
  visit(root, 0);
  const out: Block[] = [];
  for (const { el, depth, media } of found) {
    const text = blockText(el, undefined, ' ');
    const words = countWords(text);
    if (words > 0 || media) out.push({ el, text, words, depth, media });
  }
  return out;
}

/** What the page around the article says: how often texts occur as blocks, links and headings. */
export interface PageIndex {
  blocks: Map<string, number>;
  prefixes: Map<string, number>;
  links: Map<string, number>;
  headings: Map<string, number>;
  title: string[];
}

const INDEXED = 'p, li, h1, h2, h3, h4, h5, h6, dd, dt, td, figcaption, blockquote';
const prefixKey = (key: string): string => key.split(' ').slice(0, 8).join(' ');
const bump = (map: Map<string, number>, key: string) => {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
};

/** Indexes the texts of the original page (not Readability's clone): its blocks, link texts and headings. */
export function indexPage(page: Document): PageIndex {
  const index: PageIndex = { blocks: new Map(), prefixes: new Map(), links: new Map(), headings: new Map(), title: tokensOf(page.title.toLowerCase()) };
  const body = page.body as HTMLElement | null;
  if (!body) return index;
  for (const el of Array.from(body.querySelectorAll(`${INDEXED}, a`))) {
    const raw = el.textContent;
    if (raw.length > 2000) continue; // long units are prose, not furniture repeated elsewhere
    const key = textKey(raw);
    if (!key) continue;
    const tag = el.tagName.toUpperCase();
    // li > p, td > p, blockquote > p: one text, counted once (on the outer element).
    const parent = el.parentElement;
    if (tag !== 'A' && parent?.matches(INDEXED) && parent.textContent.length <= 2000 && textKey(parent.textContent) === key) continue;
    if (tag === 'A') bump(index.links, key);
    else {
      bump(index.blocks, key);
      bump(index.prefixes, prefixKey(key));
      if (tag.length === 2 && tag.startsWith('H')) bump(index.headings, key);
    }
  }
  return index;
}

/** Whether an element or an ancestor below the root has a hint class, id or role; memoised per element. */
function hintOf(el: Element, root: Element, memo: Map<Element, boolean>): boolean {
  if (el === root) return false;
  const known = memo.get(el);
  if (known !== undefined) return known;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  const parent = el.parentElement;
  const hint = HINT.test(attrs) || (!!parent && hintOf(parent, root, memo));
  memo.set(el, hint);
  return hint;
}

/** The nearest ul or ol at or above the element, up to and including the root (null outside it). */
function listOf(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'UL' || tag === 'OL') return e;
    if (e === root) return null;
  }
  return null;
}

const log1p = Math.log1p;

/** Counts of a text in the page, less its own occurrences inside the article. */
function elsewhere(map: Map<string, number> | undefined, key: string, own: number): number {
  if (!map || !key) return 0;
  return Math.max(0, (map.get(key) ?? 0) - own);
}

/**
 * One feature vector per block (FEATURE_NAMES order). `page` is the original document's index, for the
 * page-level features (0 without it); `title` the page's title, for titleSim (else the index's); `root` is
 * Readability's output element the blocks came from.
 */
export function blockFeatures(blocks: Block[], root: Element, page?: PageIndex, title?: string, used?: ReadonlySet<FeatureName>): number[][] {
  // Without `wanted`, every block has a row.
  return Array.from(featureRows(blocks, root, page, title, used)) as number[][];
}

/**
 * blockFeatures' rows one at a time, in block order: a scorer that keeps only each block's probability
 * holds one row at once, not one per block (50 numbers × 50,000 blocks on a 10 MB page). With `into`,
 * every row is that array, overwritten: the caller copies the rows it keeps. With `wanted`, a block it
 * declines yields null, its own features unread (its words still count in its neighbours' features):
 * the cleaner never lets the model remove a long block, so its text need not be read for a score.
 */
export function* featureRows(blocks: Block[], root: Element, page?: PageIndex, title?: string, used?: ReadonlySet<FeatureName>, into?: number[], wanted?: (block: Block) => boolean): Generator<number[] | null> {
  const n = blocks.length;
  // Wording features are regexes over every block's text: read only when the weights use them (unused columns read 0).
  const wants = (f: FeatureName) => !used || used.has(f);
  const appeal = wants('appealHits') || wants('appealDense');
  const tailHeading = wants('tailHeading');
  const notice = wants('licenceNotice');
  const total = blocks.reduce((s, b) => s + b.words, 0) || 1;
  // Texts as compared across the page: only the page-level features read them.
  const keys = page ? blocks.map((b) => textKey(b.text)) : [];
  // Link density and count, and (for the page features) the links that are the whole block: one query per block.
  const ld: number[] = [];
  const nl: number[] = [];
  const ownA: number[] = [];
  for (const [i, b] of blocks.entries()) {
    // By a walk of the block, in document order: no collection is made (and kept by the engine) per block.
    const as = b.el.tagName.toUpperCase() === 'A' ? [b.el] : descendantsByTag(b.el, LINK_TAGS);
    let linkWords = 0;
    let same = 0;
    for (let k = 0; k < as.length; k++) {
      const a = as[k]!;
      const t = a.textContent;
      linkWords += countWords(t);
      if (page && a !== b.el && textKey(t) === keys[i]) same++;
    }
    ld.push(b.words ? Math.min(1, linkWords / b.words) : 0);
    nl.push(as.length);
    ownA.push(same + (as[0] === b.el ? 1 : 0));
  }
  // Own occurrences inside the article, so "elsewhere" means outside it.
  const ownBlocks = new Map<string, number>();
  const ownLinks = new Map<string, number>();
  const ownPrefixes = new Map<string, number>();
  if (page) {
    for (const k of keys) bump(ownBlocks, k);
    for (const a of Array.from(root.querySelectorAll('a'))) bump(ownLinks, textKey(a.textContent));
    for (const k of keys) bump(ownPrefixes, prefixKey(k));
  }
  const titleSet = new Set(title !== undefined ? tokensOf(title.toLowerCase()) : (page?.title ?? []));
  const titleIndex = titleWords(titleSet);
  const hints = new Map<Element, boolean>();
  let before = 0;
  for (const [i, b] of blocks.entries()) {
    if (wanted && !wanted(b)) {
      before += b.words;
      yield null;
      continue;
    }
    const tag = b.el.tagName.toUpperCase();
    const text = b.text;
    const { tokens, cased, caps, upper, alnum, digits, inTitle } = textStats(text, titleIndex);
    const stops = countStops(text);
    const key = keys[i] ?? '';
    const hits = appeal ? appealHits(text) : 0;
    const hint = hintOf(b.el, root, hints);
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    let win = 0;
    let winN = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
      win += ld[j]!;
      winN++;
    }
    const listEl = listOf(b.el, root);
    const inList = !!listEl;
    const listItems = listEl ? listEl.childElementCount : 0;
    const isH = HEADING_TAG.test(tag);
    const media = b.media ?? (MEDIA_TAG.test(tag) || !!b.el.querySelector(MEDIA));
    const titleSim = titleSet.size && tokens ? inTitle / Math.max(tokens, titleSet.size) : 0;
    // Written into the caller's row when it gives one: a 10 MB page has 25,000 blocks of 50 features.
    const row = into ?? new Array<number>(FEATURE_NAMES.length);
    let k = 0;
    row[k++] = log1p(b.words);
    row[k++] = b.words / total;
    row[k++] = ld[i]!;
    row[k++] = log1p(nl[i]!);
    row[k++] = n > 1 ? i / (n - 1) : 0;
    row[k++] = before / total;
    row[k++] = (total - before - b.words) / total;
    row[k++] = log1p(i);
    row[k++] = log1p(n - 1 - i);
    row[k++] = i === 0 ? 1 : 0;
    row[k++] = i === n - 1 ? 1 : 0;
    row[k++] = tag === 'P' ? 1 : 0;
    row[k++] = isH ? 1 : 0;
    row[k++] = tag === 'LI' || tag === 'DD' || tag === 'DT' ? 1 : 0;
    row[k++] = tag === 'BLOCKQUOTE' ? 1 : 0;
    row[k++] = tag === 'TABLE' || tag === 'PRE' || tag === 'DL' ? 1 : 0;
    row[k++] = tag === 'FIGURE' || tag === 'FIGCAPTION' ? 1 : 0;
    row[k++] = tag === 'DIV' || tag === 'SECTION' || tag === 'SPAN' || !KNOWN_TAG.test(tag) ? 1 : 0;
    row[k++] = log1p(b.depth);
    row[k++] = inList ? 1 : 0;
    row[k++] = log1p(listItems);
    row[k++] = media ? 1 : 0;
    row[k++] = endsSentence(text) ? 1 : 0;
    row[k++] = endsColon(text) ? 1 : 0;
    row[k++] = b.words ? Math.min(1, stops / b.words) * 10 : 0;
    row[k++] = log1p(b.words / Math.max(1, stops));
    row[k++] = cased ? caps / cased : 0;
    row[k++] = cased ? upper / cased : 0;
    row[k++] = alnum ? digits / alnum : 0;
    row[k++] = digits && TIME_OR_DATE.test(text) ? 1 : 0; // both its forms need digits
    row[k++] = URL_OR_MAIL.test(text) ? 1 : 0;
    row[k++] = COPYRIGHT.test(text) ? 1 : 0;
    row[k++] = PIPE_OR_BULLET.test(text) ? 1 : 0;
    row[k++] = prev ? ld[i - 1]! : -1;
    row[k++] = next ? ld[i + 1]! : -1;
    row[k++] = prev ? log1p(prev.words) : 0;
    row[k++] = next ? log1p(next.words) : 0;
    row[k++] = win / winN;
    row[k++] = next && HEADING_TAG.test(next.el.tagName.toUpperCase()) ? 1 : 0;
    row[k++] = titleSim;
    row[k++] = page ? log1p(elsewhere(page.blocks, key, ownBlocks.get(key) ?? 0)) : 0;
    row[k++] = page ? log1p(elsewhere(page.links, key, Math.max(ownA[i]!, ownLinks.get(key) ?? 0))) : 0;
    row[k++] = page && !isH ? log1p(elsewhere(page.headings, key, 0)) : page ? log1p(elsewhere(page.headings, key, ownBlocks.get(key) ?? 0)) : 0;
    row[k++] = page ? log1p(elsewhere(page.prefixes, prefixKey(key), ownPrefixes.get(prefixKey(key)) ?? 0)) : 0;
    row[k++] = hint ? 1 : 0;
    row[k++] = hint ? log1p(b.words) : 0;
    row[k++] = log1p(hits);
    row[k++] = b.words ? Math.min(1, (hits * 30) / b.words) : 0;
    row[k++] = tailHeading && b.words <= 8 && TAIL_HEADING.test(text) ? 1 : 0;
    row[k] = notice && b.words > 0 && b.words <= 60 && LICENCE_NOTICE.test(text) ? 1 : 0;
    before += b.words;
    yield row;
  }
}
