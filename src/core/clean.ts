import { countDescendants, countWords, countWordsIn, decodeFragment, descendantsByTag, LINK_TAGS, firstDescendant, hasDescendant, hasText, sameText, siteLabel, squash, textHead, textLongerThan, textUpTo } from './text.js';
import { imageKey, imageSrc } from './figures.js';
import { LICENCE_NOTICE } from './licence.js';
import { isDateLine } from './date-parse.js';
import { CONSENT, EMBED_HELD, HINT, PAYWALL_CUT, appealHits } from './furniture.js';
import { BY } from './authors.js';
import { WEIGHTS, blockScores, explain } from './block-model.js';
import { removeLineNumbers } from './line-numbers.js';
import { embedCards } from './embeds.js';
import { SVG_NS, drawingTargets, isDrawingAttr, notADrawing, separateLabels } from './drawings.js';
import { markCallouts } from './callouts.js';
import { blockNote, type BlockDecision } from './explain.js';

/** The three features that moved a block's score most, for the explanation. */
const topFeatures = (row: number[]) =>
  explain(row)
    .slice(0, 3)
    .map((f) => `${f.feature} ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`)
    .join(', ');

/**
 * Removes what is around an article rather than part of it: appeals, newsletter boxes, share bars,
 * related lists, licence notices and repeated headers. Works on Readability's output element, in the
 * inert clone, with general signals: wording, class hints, link density and position at the edges.
 */

/** Class hints of a standfirst or dek: shown in the view's header, not repeated in the body. */
const DEK_HINT = /standfirst|sub-?title|sub-?head|(?:^|[\s_-])dek(?:$|[\s_-])|summary|excerpt|strapline|kicker|article-?intro-?text/i;

/** A dateline or update stamp: "Updated at 1:23 p.m.", "Published 18 Nov 2019", "11/18/19 11:04 PM EST". */
const DATELINE = /^(?:(?:last\s+)?updated|published|posted|first published|modified)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+\d{1,2}:\d{2}|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T|UTC|GMT)\b/i;

/** Contact and follow lines that close articles: e-mail addresses (`\S@`: as `\S+@`, without its backtracking), "may be reached at", "Follow him on Twitter". */
const CONTACT = /\S@\S+\.\w{2,}|\bmay be reached\b|\breach (?:him|her|them|me) at\b|\bfollow (?:him|her|them|me|us) on\b|\bhave a tip\b|\b(?:tel|fax|phone)\b[.:]?\s*\+?\d|\b\d{3}[-.]\d{3}[-.]\d{4}\b/i;

/** Bio sentences: "Jane Doe is the senior editor of …", "Jane covers Apple for …", "Jane Doe's book …". */
const BIO_VERB = /^\S+(?:\s+\S+){0,3}?(?:'s|’s)?\s+(?:is|was|has|covers|writes|reports|joined|lives|teaches|edits|hosts|book)\b/i;

/** A press release's closing "About <Company>" section, a block of just a URL, shortcode debris. */
const ABOUT_HEADING = /^about (?:the )?[\p{Lu}\d]/u;
const ONLY_URL = /^(?:https?:\/\/|www\.)\S+$/i;
const SHORTCODE = /\[(\w+)[^\]]*\][^[]*\[\/\1\]/;

/**
 * Headings after which nothing is the article ("Read more" is left out: it often labels a button that
 * unfolds the rest of the story; an inline "Related:" line with a link is not a heading either). Matches
 * lower-case text.
 */
const TAIL_HEADING = /^(?:related(?: (?:stories|articles|posts|content|coverage|reading))?|more (?:from|on|stories)\b.*|most (?:read|popular|viewed)|recommended(?: for you)?|you (?:may|might) also like|further reading|trending(?: now)?|top stories|about (?:the )?[\p{Ll}\d][^:]*)[.…:]*$/u;

/** Tail headings that announce links to other pages (not "About …", whose section is prose). Lower case. */
const LINK_LIST_HEADING = /^(?:related|more (?:from|on|stories)|most (?:read|popular|viewed)|recommended|you (?:may|might) also like|further reading|trending|top stories)/;
/** Below this share of linked words, what follows such a heading is prose, not a list of links. */
const PROSE_TAIL_LINKS = 0.1;

/** Headings of link lists that follow articles. */
const LIST_HEADING = /^(?:related|read more|more from|more on|most (?:read|popular|viewed)|recommended|you (?:may|might) also like|further reading|trending|latest|top stories)\b/i;

/**
 * Removes nodes and remembers where they were, so a cleaning that went too far can be undone
 * (cheaper than cloning the article up front).
 */
class Removals {
  private readonly log: [Node, Node, Node | null][] = [];
  /** At most this many words were removed. */
  private lost = 0;
  /**
   * Units' measures, made once while nothing inside them changes: the edge trims measure the same nested
   * wrappers of the whole article from the start and from the end.
   */
  private measures = new WeakMap<Element, UnitSignals>();
  /**
   * Words and appeal wording by squashed text: the nested wrappers of an article read the same text but
   * for white space (and trimming at one edge changes only the outer ones), so each is counted once.
   */
  private readonly facts = new Map<string, TextFacts>();
  private unitFacts = new WeakMap<Element, TextFacts>();
  /**
   * Units whose text is longer than LONG_TEXT, and their words: such a unit is content whatever it says, so
   * its text is never copied out whole (8 MB on a 10 MB page, each copy garbage for the heap to carry).
   */
  private long = new WeakSet<Element>();
  private longWords = new WeakMap<Element, number>();
  constructor(private readonly notes?: BlockDecision[]) {}
  /** What is known of the unit's squashed text; null for a long text, which is measured as it is (no copy kept). */
  factsOf(el: Element, raw?: string): TextFacts | null {
    let facts = this.unitFacts.get(el);
    if (facts) return facts;
    if (this.long.has(el)) return null;
    // A wrapper of one element and white space reads as that element does: the article's nested wrappers
    // share one squashed text, found without squashing each.
    const only = onlyChild(el);
    if (only) {
      const inner = this.factsOf(only);
      if (inner) this.unitFacts.set(el, inner);
      else this.long.add(el); // its text is its child's and some white space
      return inner;
    }
    // Read no further than LONG_TEXT: a longer unit is content whatever it says, never copied out whole.
    const read = raw ?? textUpTo(el, LONG_TEXT);
    if (read === null || read.length > LONG_TEXT) {
      this.long.add(el);
      return null;
    }
    const text = squash(read);
    facts = this.facts.get(text);
    if (!facts) this.facts.set(text, (facts = { text }));
    this.unitFacts.set(el, facts);
    return facts;
  }
  /**
   * Appeal phrases in a text the caller read from the unit: a paragraph's are counted directly, a wrapper's
   * through its squashed text (the article's nested wrappers read the same; a 10 MB page has 50,000 paragraphs,
   * which are not worth keeping).
   */
  hitsIn(el: Element, raw: string): number {
    if (raw.length < SHARED_TEXT && !this.unitFacts.has(el)) return appealHits(raw);
    const facts = this.factsOf(el, raw);
    return facts ? (facts.hits ??= appealHits(facts.text)) : appealHits(raw);
  }
  /** Appeal phrases in the unit's text. */
  hits(el: Element): number {
    const facts = this.factsOf(el);
    return facts ? (facts.hits ??= appealHits(facts.text)) : appealHits(el.textContent);
  }
  /** Words in the unit's text. */
  words(el: Element): number {
    const facts = this.factsOf(el);
    if (facts) return (facts.words ??= countWords(facts.text));
    let words = this.longWords.get(el);
    if (words === undefined) this.longWords.set(el, (words = countWordsIn(el)));
    return words;
  }
  /** Whether the unit is known to be longer than LONG_TEXT (content, whatever it says). */
  knownLong(el: Element): boolean {
    return this.long.has(el);
  }
  signals(el: Element): Signals {
    let s = this.measures.get(el);
    if (!s) this.measures.set(el, (s = new UnitSignals(el, this)));
    return s;
  }
  remove(node: Node, rule: string): void {
    this.notes?.push(blockNote(node, 'removed', rule));
    for (let up = node.parentElement; up; up = up.parentElement) {
      this.unitFacts.delete(up);
      this.measures.delete(up);
      this.long.delete(up);
      this.longWords.delete(up);
    }
    if (node.parentNode) {
      this.log.push([node, node.parentNode, node.nextSibling]);
      // Taking a text out of another can join the words on either side of it into one: one more.
      this.lost += countWords(node.textContent ?? '') + 1;
    }
    node.parentNode?.removeChild(node);
  }
  /**
   * Whether `root`, which had `before` words, keeps at least `share` of them: counted only when the words
   * removed could have taken it under (a 10 MB article is not counted twice to learn it lost a share line).
   */
  keeps(root: Element, before: number, share: number): boolean {
    return before - this.lost >= before * share || this.words(root) >= before * share;
  }
  keep(node: Node, rule: string): void {
    this.notes?.push(blockNote(node, 'kept', rule));
  }
  undo(): void {
    this.unitFacts = new WeakMap();
    this.measures = new WeakMap();
    this.long = new WeakSet();
    this.longWords = new WeakMap();
    for (const [node, parent, next] of this.log.reverse()) parent.insertBefore(node, next);
    this.log.length = 0;
    this.notes?.push({ action: 'kept', rule: `all removals undone: they took more than ${Math.round((1 - MIN_KEPT) * 100)}% of the words`, tag: '', text: '' });
  }
}

/** The element's one element child when all else in it is white space or comments; else null. */
function onlyChild(el: Element): Element | null {
  let only: Element | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (only) return null;
      only = n as Element;
    } else if (n.nodeType === 3 ? NOT_SPACE.test(n.nodeValue ?? '') : n.nodeType !== 8) return null;
  }
  return only;
}

/** The share of the article's words cleaning must keep, or it is undone. */
const MIN_KEPT = 0.5;

const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE']);
const NOT_SPACE = /\S/;
const MEDIA = 'img, picture, video, audio, table, pre, svg, math, iframe';
/** MEDIA's tags, for the hand walks of text.ts. */
const MEDIA_TAGS_SET: ReadonlySet<string> = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'TABLE', 'PRE', 'SVG', 'MATH', 'IFRAME']);
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/**
 * Blocks the learned model may not remove, nor anything inside them: media, captions, list items (lists
 * are the link-density rules' to judge) and headings (section structure: the tail rules judge those).
 */
export const MODEL_SPARES = 'figure, figcaption, img, picture, video, audio, table, pre, svg, math, iframe, li, h1, h2, h3, h4, h5, h6';
/** Longer blocks are prose: the model's evidence (a © sign, a link) is not enough to drop a paragraph. */
export const MODEL_MAX_WORDS = 40;
const NEVER_CONTENT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'LABEL', 'LINK', 'META']);
const MATHML = 'http://www.w3.org/1998/Math/MathML';
/** MathML's presentation attributes: without them a display formula is drawn inline, a matrix loses its columns. */
const MATH_ATTRS = new Set(['display', 'displaystyle', 'mathvariant', 'encoding', 'stretchy', 'fence', 'separator', 'lspace', 'rspace', 'accent', 'accentunder', 'linethickness', 'columnalign', 'rowalign', 'columnspacing', 'rowspacing', 'columnlines', 'rowlines', 'scriptlevel', 'movablelimits', 'largeop', 'symmetric', 'minsize', 'maxsize', 'notation', 'open', 'close', 'separators', 'width', 'height', 'depth', 'voffset', 'alttext']);
const KEEP_ATTRS = new Set(['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'headers', 'scope', 'datetime', 'lang', 'dir', 'cite', 'start', 'reversed', 'type', 'value', 'span', 'abbr', 'poster', 'controls', 'allowfullscreen', 'frameborder']);

export interface CleanContext {
  /** The original page: the block model reads its title (and could read page-level features; the shipped weights do not). */
  page?: Document;
  title: string;
  siteName: string;
  bylineNames: string[];
  /** Where to note each decision (readcite extract --explain). */
  notes?: BlockDecision[];
  /** imageKey() of the lead image shown in the view's header; removed from the body. */
  leadImageKey?: string;
  base: string;
}

interface Signals {
  text: string;
  words: number;
  hits: number;
  hint: boolean;
  linkDensity: number;
  links: number;
  media: boolean;
  notice: boolean;
}

function hintOf(el: Element): boolean {
  const attrs = ['class', 'id', 'role', 'aria-label', 'data-campaign', 'data-component', 'data-module'];
  return attrs.some((a) => HINT.test(el.getAttribute(a) ?? ''));
}

/** Above this many words a unit is the article (or holds it): never judged as furniture, and not measured further. */
const CONTENT_WORDS = 3000;
/** A text this long is content whatever its words (a 10 MB page has one such unit). */
const LONG_TEXT = CONTENT_WORDS * 20;
/** Texts this long are measured once for all the wrappers that read the same. */
const SHARED_TEXT = 1000;

/** What is known of a squashed text: its words and appeal phrases, each counted when first asked for. */
interface TextFacts {
  text: string;
  words?: number;
  hits?: number;
}

/**
 * The measures of one unit, each read when a rule first asks for it: the rules short-circuit, and on a
 * wrapper that holds the article every measure is a pass over its whole text.
 */
class UnitSignals implements Signals {
  private memo: Partial<Signals> = {};
  constructor(
    private readonly el: Element,
    private readonly removals: Removals,
  ) {
    const facts = removals.factsOf(el);
    // A unit this long is content whatever its words: skip the measuring.
    if (!facts) this.memo = { text: '', words: CONTENT_WORDS + 1, ...CONTENT_UNIT };
    else {
      const words = removals.words(el);
      this.memo = words > CONTENT_WORDS ? { text: facts.text, words, ...CONTENT_UNIT } : { text: facts.text, words };
    }
  }
  private read<K extends keyof Signals>(key: K, compute: () => Signals[K]): Signals[K] {
    const known = this.memo[key];
    if (known !== undefined) return known;
    const value = compute();
    this.memo[key] = value;
    return value;
  }
  get text(): string {
    return this.memo.text!;
  }
  get words(): number {
    return this.memo.words!;
  }
  get hits(): number {
    return this.read('hits', () => this.removals.hits(this.el));
  }
  get hint(): boolean {
    return this.read('hint', () => hintOf(this.el));
  }
  get linkDensity(): number {
    return this.read('linkDensity', () => {
      if (!this.words) return 0;
      let linkWords = 0;
      const as = this.el.getElementsByTagName('a');
      for (let i = 0, len = as.length; i < len; i++) linkWords += countWords(as[i]!.textContent);
      return linkWords / this.words;
    });
  }
  get links(): number {
    return this.read('links', () => {
      const as = this.el.getElementsByTagName('a');
      let n = 0;
      for (let i = 0, len = as.length; i < len; i++) if (as[i]!.hasAttribute('href')) n++;
      return n;
    });
  }
  get media(): boolean {
    return this.read('media', () => MEDIA_TAGS_SET.has(this.el.tagName.toUpperCase()) || hasDescendant(this.el, MEDIA_TAGS_SET));
  }
  get notice(): boolean {
    return this.read('notice', () => this.words > 0 && this.words <= 60 && LICENCE_NOTICE.test(this.text));
  }
}

/** What a unit of article length measures as: content, not furniture. */
const CONTENT_UNIT = { hits: 0, hint: false, linkDensity: 0, links: 0, media: true, notice: false } as const;

function headingText(el: Element): string {
  return squash((HEADINGS.has(el.tagName.toUpperCase()) ? el : firstDescendant(el, HEADINGS))?.textContent);
}

type Edge = 'start' | 'end' | false;

/** A hinted block with appeal wording and more words than this is the article in a wrapper, not an appeal. */
const HINTED_APPEAL_WORDS = 150;

/** Boilerplate judged as one unit; `edge` says whether it stands at the start or end of the article. */
function isBoilerplate(el: Element, s: Signals, edge: Edge, ctx: CleanContext): string | false {
  if (s.words === 0) return !s.media ? 'empty' : s.hint ? 'empty media with a furniture hint' : false;
  if (s.words <= 40 && (ONLY_URL.test(s.text) || SHORTCODE.test(s.text))) return 'bare URL or shortcode';
  if (s.media && s.words > 40) return false;
  const dense = s.hits * 30 >= s.words;
  if (edge === 'start') {
    if (s.words <= 80 && DEK_HINT.test(el.getAttribute('class') ?? '')) return 'start: standfirst (shown in the header)';
    if (s.words <= 20 && (BY.test(s.text) || DATELINE.test(s.text) || isDateLine(s.text) || mentionsAuthor(s.text, ctx))) return 'start: byline or dateline';
    // Section labels and kickers ("Entertainment", "Breaking News") and a title repeated in another form.
    // A section heading at the start ("Introduction") is the article's; a kicker is a short line of another kind.
    if (s.words <= 3 && !/[.!?:]$/.test(s.text) && !s.media && (!/^H[2-6]$/.test(el.tagName) || DEK_HINT.test(el.getAttribute('class') ?? ''))) return 'start: section label or kicker';
    if (s.words >= 3 && s.words <= 30 && ctx.title.toLowerCase().includes(s.text.toLowerCase())) return 'start: title repeated';
  }
  if (edge === 'end') {
    if (s.words <= 80 && CONTACT.test(s.text)) return 'end: contact line';
    // "Island Gazette, 4 Harbour Street.": the site's own imprint, pulled in from the footer.
    if (s.words <= 15 && ctx.siteName && s.text.toLowerCase().startsWith(ctx.siteName.toLowerCase())) return "end: the site's imprint";
    if (s.words <= 100 && BIO_VERB.test(s.text) && mentionsAuthor(s.text.slice(0, 60), ctx)) return "end: author's bio";
    // A press release's closing words about the company that publishes it ("Ascom is a global provider…").
    if (s.words <= 120 && publisherNames(ctx).some((n) => s.text.toLowerCase().startsWith(n)) && BIO_VERB.test(s.text)) return "end: the publisher's self-description";
    if (ABOUT_HEADING.test(headingText(el))) return 'end: About section';
  }
  if (edge) {
    if (s.notice && !s.media) return 'edge: licence notice (kept for the citation)';
    // A hinted unit of article length is a wrapper ("steady-paywall-container") whose one appeal line goes on its own.
    if (s.hint && ((s.hits >= 1 && s.words <= HINTED_APPEAL_WORDS) || s.linkDensity > 0.4 || s.words <= 30)) return 'edge: furniture hint with appeal wording, links or few words';
    if (s.hits >= 2 && dense) return 'edge: dense appeal wording';
    if (s.words <= 30 && s.hits >= 1) return 'edge: short block with appeal wording';
    if (s.links >= 3 && s.linkDensity > 0.6) return 'edge: link list';
    // Promos are removed anywhere later; at the edge they must not stop the trim short of the furniture behind them.
    if (s.words <= PROMO_WORDS && s.links >= 1 && s.links <= 2 && isPromo(el, s.text)) return 'edge: promo for another article (a label and a headline link)';
    if (LIST_HEADING.test(headingText(el)) && s.linkDensity > 0.3) return 'edge: related-links heading';
    return false;
  }
  if (s.hint && s.hits >= 1 && s.words < 300) return 'inside: furniture hint with appeal wording';
  if (s.hits >= 3 && s.hits * 20 >= s.words) return 'inside: dense appeal wording';
  return s.hint && s.links >= 3 && s.linkDensity > 0.6 ? 'inside: hinted link list' : false;
}

/** The publisher's names as a text may start with them: the site's name, and its host's ("ascom" for www.ascom.com). */
function publisherNames(ctx: CleanContext): string[] {
  return [ctx.siteName, siteLabel(ctx.base)].map((n) => n.toLowerCase()).filter((n) => n.length >= 4);
}

/** True when the text names one of the article's authors (full name, or a surname of four letters or more). */
function mentionsAuthor(text: string, ctx: CleanContext): boolean {
  return ctx.bylineNames.some((name) => {
    if (text.includes(name)) return true;
    const parts = name.split(/\s+/);
    return parts.length > 1 && parts.some((part) => part.length >= 4 && new RegExp(`\\b${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
  });
}

const isWrapper = (el: Element) => WRAPPERS.has(el.tagName.toUpperCase()) && el.firstElementChild !== null;

/** Trims boilerplate from one edge of `container`, descending into the wrapper at that edge. */
function trimEdge(container: Element, fromEnd: boolean, ctx: CleanContext, removals: Removals, structure: ReadonlySet<Element>, depth = 0): void {
  if (depth > 12) return;
  for (;;) {
    const el = fromEnd ? container.lastElementChild : container.firstElementChild;
    if (!el) return;
    if (structure.has(el)) {
      removals.keep(el, `${fromEnd ? 'end' : 'start'}: numbered label of a series`);
      return;
    }
    const s = removals.signals(el);
    const rule = isBoilerplate(el, s, fromEnd ? 'end' : 'start', ctx);
    if (rule) {
      removals.remove(el, rule);
      continue;
    }
    if (isWrapper(el)) trimEdge(el, fromEnd, ctx, removals, structure, depth + 1);
    // A wrapper emptied by trimming goes too; anything else with content ends the edge.
    if (isWrapper(el) && !hasText(el) && !hasDescendant(el, MEDIA_TAGS_SET)) {
      removals.remove(el, 'wrapper emptied by trimming');
      continue;
    }
    if (!isWrapper(el)) removals.keep(el, `${fromEnd ? 'end' : 'start'}: first content block (${s.words} words, link density ${s.linkDensity.toFixed(2)})`);
    return;
  }
}

/** A promo is a label and a headline: at most this many words. */
const PROMO_WORDS = 30;

/**
 * A promo for another article written as a paragraph: a short label ("READ MORE:", "LESEN SIE AUCH:",
 * "À lire aussi :", "► Mehr zum Thema") and a headline link, in any language: the shape, not the words.
 */
function isPromo(el: Element, text: string): boolean {
  if (text.length > 250 || !/^(?:P|DIV|LI|H[3-6])$/.test(el.tagName)) return false;
  const words = countWords(text);
  if (words > PROMO_WORDS) return false;
  const links = Array.from(el.getElementsByTagName('a'));
  let linked = 0;
  for (const a of links) linked += countWords(a.textContent);
  if (linked < 3 || linked / words < 0.6) return false;
  let label = text;
  for (const a of links) label = label.replace(a.textContent, ' ');
  label = squash(label);
  if (!label || countWords(label) > 4) return false;
  return /[:：|»›→►▶•—–-]$|^[►▶•→›»]/.test(label) || (/\p{Lu}{2}/u.test(label) && label === label.toUpperCase());
}

/** Below this many words a block that holds back an embed and asks for consent is only that. */
const CONSENT_MAX_WORDS = 150;
/** Words a placeholder's box adds to its notice: a label, a "show" button, a link to the embed. */
const CONSENT_BOX_WORDS = 25;

const isConsentNotice = (text: string) => text.length < 2000 && EMBED_HELD.test(text) && CONSENT.test(text) && countWords(text) <= CONSENT_MAX_WORDS;

/**
 * Removes consent placeholders for embeds: the smallest block with the notice, with the box around it
 * that adds only a label or a link ("Empfohlener redaktioneller Inhalt", "Link zum YouTube-Inhalt").
 */
function removeConsentPlaceholders(root: Element, removals: Removals): void {
  // From the text that names held-back content up to the smallest block that is the whole notice: one
  // walk over text nodes, never every block's text (a 10 MB page has thousands of blocks).
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const notices = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!EMBED_HELD.test(node.nodeValue ?? '')) continue;
    for (let el = node.parentElement; el && el !== root && countWords(el.textContent) <= CONSENT_MAX_WORDS; el = el.parentElement) {
      if (isConsentNotice(el.textContent)) {
        notices.add(el);
        break;
      }
    }
  }
  for (const el of notices) {
    if (!root.contains(el)) continue;
    const words = countWords(el.textContent);
    let box = el;
    while (box.parentElement && box.parentElement !== root && countWords(box.parentElement.textContent) <= words + CONSENT_BOX_WORDS) box = box.parentElement;
    removals.remove(box, 'inside: consent placeholder for embedded content');
  }
}

const INNER_UNITS: ReadonlySet<string> = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'LI', 'H3', 'H4', 'H5', 'H6']);

/** Removes strong boilerplate anywhere: only units with both a hint and appeal wording, dense appeals, and promos. */
function removeInner(root: Element, ctx: CleanContext, removals: Removals): void {
  for (const el of descendantsByTag(root, INNER_UNITS)) {
    if (el === root || !root.contains(el)) continue; // the article is detached: isConnected is always false
    // A promo has one or two links: count them, up to three, before reading text (no collection per element).
    const links = countDescendants(el, LINK_TAGS, 3);
    const listOrHeading = /^(?:LI|H\d)$/.test(el.tagName);
    if (listOrHeading && (links < 1 || links > 2)) continue;
    // A unit of article length is content (UnitSignals): no rule here takes it, so its text is not read.
    if (removals.knownLong(el)) continue;
    const text = el.textContent;
    // isPromo: one or two links, a label and a headline.
    if (links >= 1 && links <= 2 && isPromo(el, text)) {
      removals.remove(el, 'inside: promo for another article (a label and a headline link)');
      continue;
    }
    if (listOrHeading) continue;
    // Cheap tests first: away from the edges only hinted or appeal-dense units can go.
    const hits = removals.hitsIn(el, text);
    if (hits < 3 && !((hits >= 1 || links >= 3) && hintOf(el)) && !(text.length < 400 && LICENCE_NOTICE.test(text))) continue;
    const s = removals.signals(el);
    // The licence sentence belongs in the citation, not the body (detectLicence reads it from the page).
    const rule = s.notice && !s.media && !el.closest('figure') && s.words <= 40 && /licen[cs]ed under|creative commons|CC[\s-]BY/i.test(el.textContent) ? 'inside: licence notice (kept for the citation)' : isBoilerplate(el, s, false, ctx);
    if (rule) removals.remove(el, rule);
  }
}

/** Removes the title, byline and lead image when the body repeats them at its start. */
function removeRepeatedHeader(root: Element, ctx: CleanContext): void {
  // The first dozen candidates only, read from a lazy collection (querySelectorAll would list the whole article).
  const leading: Element[] = [];
  const all = root.getElementsByTagName('*');
  for (let i = 0, len = all.length; i < len && leading.length < 12; i++) {
    const el = all[i]!;
    if (/^(?:H1|H2|P|DIV|FIGURE|IMG)$/i.test(el.tagName)) leading.push(el);
  }
  const bylineText = ctx.bylineNames.join(' ');
  const longest = Math.max(ctx.title.length, bylineText.length + 10);
  for (const el of leading) {
    if (!root.contains(el)) continue;
    // Far longer than both texts it could repeat (case folding changes few lengths): not a repeat, and
    // not worth reading whole (the first candidates include wrappers of the whole article).
    const bound = longest * 2 + 50;
    const text = textHead(el, bound + 1);
    if (text.length > bound) continue;
    // A body that opens with the standfirst keeps it (many sites' description is the first paragraph);
    // extractArticle drops the header's copy instead.
    const isTitle = text && sameText(text, ctx.title);
    const isByline = text && bylineText && sameText(text.replace(BY, ''), bylineText) && !el.querySelector(MEDIA);
    if ((isTitle || isByline) && el.children.length <= 3) {
      ctx.notes?.push(blockNote(el, 'removed', isTitle ? 'header: title repeated in the body' : 'header: byline repeated in the body'));
      el.remove();
    }
  }
  if (ctx.leadImageKey) {
    // The lead photo once: the header shows it; later copies in the body are the article's own.
    for (const img of Array.from(root.querySelectorAll('img'))) {
      const src = imageSrc(img, ctx.base);
      if (src && imageKey(src) === ctx.leadImageKey) {
        const gone = img.closest('figure') ?? img;
        ctx.notes?.push(blockNote(gone, 'removed', 'header: lead image (shown above the body)'));
        gone.remove();
        break;
      }
    }
  }
}

/**
 * Drops presentational and tracking attributes so only structure and content reach the view. `cards`: the
 * embed cards made here, the only elements that keep data-embed-* (a page's own never do).
 */
function stripAttributes(root: Element, targets: ReadonlySet<string>, cards: ReadonlySet<Element>): void {
  // One walk, attributes read by index from the last (removing one shifts only those after it): no
  // array per element on a page of 100,000.
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const el = node as Element;
    if (!el.hasAttributes()) continue;
    for (let i = el.attributes.length - 1; i >= 0; i--) {
      const { name, value } = el.attributes[i]!;
      const lower = name.toLowerCase();
      // An id or name stays only as the target of a link within the article (footnotes and back-links).
      const keep = KEEP_ATTRS.has(lower) || (el.namespaceURI === SVG_NS && isDrawingAttr(lower)) || (el.namespaceURI === MATHML && MATH_ATTRS.has(lower)) || ((lower === 'id' || lower === 'name') && targets.has(value)) || (lower === 'data-lang' && el.tagName === 'PRE') || ((lower === 'data-embed-provider' || lower === 'data-embed-id') && cards.has(el));
      if (!keep) el.removeAttribute(name);
    }
  }
}

/** A code block's language as pages mark it: class "language-go" (the HTML standard's advice), "lang-go", or data-lang. */
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,30})(?:\s|$)/i;

/** Each code block keeps its language as data-lang on its <pre>, read before classes are stripped. */
function markCodeLanguages(root: Element): void {
  for (const pre of Array.from(root.getElementsByTagName('pre'))) {
    const code = pre.getElementsByTagName('code')[0];
    const lang = [pre, code].map((el) => el && (el.getAttribute('data-lang') ?? LANGUAGE_CLASS.exec(el.getAttribute('class') ?? '')?.[1])).find(Boolean);
    if (lang) pre.setAttribute('data-lang', lang.toLowerCase());
  }
}

/**
 * The fragments the article's own links point at ("#fn1", or this page's address with "#fn1", which
 * Readability makes of it when the page has a <base>); such links are rewritten to the bare fragment.
 */
function fragmentTargets(root: Element, pageUrl: string): Set<string> {
  const targets = new Set<string>();
  const page = pageUrl.split('#')[0];
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    let href = a.getAttribute('href') ?? '';
    const hash = href.indexOf('#');
    if (hash < 0 || hash === href.length - 1) continue;
    if (hash > 0) {
      if (href.slice(0, hash) !== page) continue;
      href = href.slice(hash);
      a.setAttribute('href', href);
    }
    targets.add(decodeFragment(href.slice(1)));
  }
  return targets;
}

const isTarget = (el: Element, targets: ReadonlySet<string>): boolean => targets.size > 0 && (targets.has(el.getAttribute('id') ?? '') || targets.has(el.getAttribute('name') ?? ''));


/**
 * Cuts the tail that starts at a "Related", "You may also like" or "About <Company>" heading, or at the
 * line where a paywall cuts the article, in the article's second half: what follows is never the article.
 */
/** `total`: the article's words before any cut. */
const TAIL_MARKERS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV']);
function cutTail(root: Element, removals: Removals, total: number): void {
  const markers = descendantsByTag(root, TAIL_MARKERS).filter((el) => {
    // Cheap tests first: most blocks are paragraphs of prose, or wrappers of many (read no further than 200 characters).
    if (el.childElementCount > 2 || textLongerThan(el, 200)) return false;
    const text = squash(el.textContent);
    if (PAYWALL_CUT.test(text)) return countWords(text) <= 30;
    if (text.length > 80 || /:$/.test(text)) return false;
    const words = countWords(text);
    return words > 0 && words <= 6 && TAIL_HEADING.test(text.toLowerCase());
  });
  for (const marker of markers) {
    if (!root.contains(marker)) continue;
    let after = 0;
    let linked = 0;
    for (let el: Element | null = marker; el && el !== root; el = el.parentElement) {
      for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
        after += countWords(sib.textContent);
        for (const a of Array.from(sib.getElementsByTagName('a'))) linked += countWords(a.textContent);
        if (sib.tagName === 'A') linked += countWords(sib.textContent);
      }
    }
    if (after + countWords(marker.textContent) > total * 0.5) continue;
    // Under a "Further reading" or "Related" heading, paragraphs without links are the author's prose.
    if (LINK_LIST_HEADING.test(squash(marker.textContent).toLowerCase()) && after > 0 && linked / after < PROSE_TAIL_LINKS) continue;
    for (let el: Element | null = marker; el && el !== root; el = el.parentElement) {
      while (el.nextSibling) removals.remove(el.nextSibling, `tail after the heading “${squash(marker.textContent)}”`);
    }
    // The marker itself, with any wrapper it leaves empty.
    let gone: Element = marker;
    while (gone.parentElement && gone.parentElement !== root && gone.parentElement.childNodes.length === 1) gone = gone.parentElement;
    removals.remove(gone, 'tail heading');
    return;
  }
}

const LANDMARKS: ReadonlySet<string> = new Set(['ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV']);

/** Landmark elements inside the body would nest landmarks in the view's own article: keep their content only. */
function unwrapLandmarks(root: Element): void {
  for (const el of descendantsByTag(root, LANDMARKS).reverse()) {
    const parent = el.parentNode;
    if (!parent) continue;
    if (manyChildren(el)) {
      // Moving thousands of children one by one is quadratic in jsdom (each move refreshes the live child
      // lists of both parents: 25,000 children took 90 s). Copies into a fresh <div> touch no list: linear.
      const div = el.ownerDocument.createElement('div');
      for (let child = el.firstChild; child; child = child.nextSibling) div.appendChild(child.cloneNode(true));
      el.replaceWith(div);
      continue;
    }
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    el.remove();
  }
}

/** A landmark with more children than this becomes a <div> instead of being unwrapped (unwrapLandmarks). */
const MANY_CHILDREN = 200;

/** More than MANY_CHILDREN children, counted without creating a live list. */
function manyChildren(el: Element): boolean {
  let n = 0;
  for (let child = el.firstChild; child && n <= MANY_CHILDREN; child = child.nextSibling) n++;
  return n > MANY_CHILDREN;
}

const EMPTYABLE = new Set(['DIV', 'SECTION', 'SPAN', 'P', 'LI', 'UL', 'OL', 'FIGURE', 'ASIDE']);
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'TABLE', 'PRE', 'SVG', 'MATH', 'IFRAME', 'BR', 'HR']);

/** Removes wrappers left with no text and no media, bottom-up in one pass; returns whether `el` keeps content. */
/** `targets`: ids and names the article's links point at; an empty element with one is an anchor, not debris. */
function removeEmpty(el: Element, targets: ReadonlySet<string>): boolean {
  let content = false;
  for (let node = el.firstChild; node; ) {
    const next = node.nextSibling;
    if (node.nodeType === 3) content ||= NOT_SPACE.test(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      const kept = MEDIA_TAGS.has(tag) ? tag !== 'BR' && tag !== 'HR' : removeEmpty(child, targets) || isTarget(child, targets);
      if (!kept && EMPTYABLE.has(tag)) {
        // A space held by an inline element may be all that separates two words: keep the space.
        if (tag === 'SPAN' && separatesWords(child)) child.replaceWith(child.ownerDocument.createTextNode(' '));
        else child.remove();
      }
      // A line break between two texts is content; alone it is not.
      content ||= kept;
    }
    node = next;
  }
  return content;
}

/** The last (or first) character of a node's text, '' when it has none. */
function edgeChar(node: Node | null, last: boolean): string {
  const text = node?.textContent ?? '';
  return last ? text.slice(-1) : text.slice(0, 1);
}

/** True when an element holds white space and stands between two words ("the<span> </span>committee"). */
function separatesWords(el: Element): boolean {
  if (!/\s/.test(el.textContent)) return false;
  const before = edgeChar(el.previousSibling, true);
  const after = edgeChar(el.nextSibling, false);
  return !!before && !!after && NOT_SPACE.test(before) && NOT_SPACE.test(after);
}

const CONTROL_TAGS: ReadonlySet<string> = new Set(['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BOX_TAGS: ReadonlySet<string> = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'FIELDSET', 'P', 'LI']);

/**
 * Boxes built around form controls: consent placeholders for embeds ("I agree that content from YouTube
 * is shown… [Show]"), sign-ups, polls. Language-independent: a small wrapper (at most 80 words, no
 * photo) whose controls are its reason to exist. Read before the controls themselves are dropped.
 */
function removeControlBoxes(root: Element, ctx: CleanContext): void {
  for (const control of descendantsByTag(root, CONTROL_TAGS)) {
    if (!root.contains(control)) continue;
    let box: Element | null = null;
    for (let el = control.parentElement, depth = 0; el && el !== root && depth < 4; el = el.parentElement, depth++) {
      if (!BOX_TAGS.has(el.tagName.toUpperCase())) continue;
      if (countWords(el.textContent) > 80 || el.querySelector('img, picture, video, figure, table')) break;
      box = el;
    }
    if (box) {
      ctx.notes?.push(blockNote(box, 'removed', 'inside: box built around form controls (consent, sign-up, poll)'));
      box.remove();
    }
  }
}

/**
 * Inline SVG: icons (of links, buttons, share bars) and sprites go, told by their content (drawings.ts);
 * charts and diagrams stay, with a space between their labels so their words do not run together.
 */
function keepDrawings(root: Element, ctx: CleanContext): void {
  for (const svg of Array.from(root.getElementsByTagName('svg'))) {
    if (!root.contains(svg)) continue;
    const why = notADrawing(svg);
    if (!why) {
      separateLabels(svg);
      continue;
    }
    ctx.notes?.push(blockNote(svg, 'removed', `inside: SVG, ${why}`));
    // An icon between two words leaves the space that separated them.
    const before = edgeChar(svg.previousSibling, true);
    const after = edgeChar(svg.nextSibling, false);
    if (before && after && NOT_SPACE.test(before) && NOT_SPACE.test(after)) svg.replaceWith(svg.ownerDocument.createTextNode(' '));
    else svg.remove();
  }
}

const PLAYERS: ReadonlySet<string> = new Set(['VIDEO', 'AUDIO', 'OBJECT']);

/** Fallback text inside media ("To view this video please enable JavaScript…") is for browsers that cannot play it. */
function removeMediaFallbacks(root: Element): void {
  for (const media of descendantsByTag(root, PLAYERS)) {
    for (const node of Array.from(media.childNodes)) {
      const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
      if (tag !== 'SOURCE' && tag !== 'TRACK' && tag !== 'PARAM') node.parentNode?.removeChild(node);
    }
  }
}

/** A numbered label ("Step 3", "Part 2", "第3章"): a short text with one number. */
const NUMBERED = /^(\D{0,20}?)(\d{1,3})(\D{0,20})$/;

/**
 * Short blocks that number the article's parts: three or more labels the same but for a number that
 * counts up from 1 ("Step 1", "Step 2"…). They look like furniture one at a time (short, no sentence),
 * but they are the article's structure, in any language.
 */
export function numberedSeries(blocks: readonly { el: Element; words: number }[]): Set<Element> {
  const series = new Map<string, { el: Element; n: number }[]>();
  for (const { el, words } of blocks) {
    const m = words <= 4 ? NUMBERED.exec(squash(el.textContent)) : null;
    if (!m) continue;
    const label = `${m[1]!.toLowerCase()}#${m[3]!.toLowerCase()}`;
    series.set(label, [...(series.get(label) ?? []), { el, n: Number(m[2]) }]);
  }
  const spared = new Set<Element>();
  for (const members of series.values()) {
    if (members.length >= 3 && members.every((m, i) => m.n === i + 1)) members.forEach((m) => spared.add(m.el));
  }
  return spared;
}

/**
 * Cleans the article element in place. Steps: furniture out, header repeats out, edges trimmed, inner appeals
 * out, the model's furniture out, icons out, players to cards. Returns how many embedded players became cards.
 */
export function cleanBody(root: Element, ctx: CleanContext): { embeds: number } {
  // The model reads Readability's output as it was trained on it: before cleaning strips classes.
  // Only blocks the model may remove are scored (fewer than MODEL_MAX_WORDS words).
  const scores = blockScores(root, { ...(ctx.page ? { page: ctx.page } : {}), maxWords: MODEL_MAX_WORDS });
  // Footnotes and their way back: the ids the article's own links point at stay, with their elements.
  const targets = fragmentTargets(root, ctx.page?.URL ?? ctx.base);
  // And what drawings refer to within themselves (gradients, markers, clip paths).
  for (const id of drawingTargets(root)) targets.add(id);
  const calloutLabels = markCallouts(root);
  removeControlBoxes(root, ctx);
  for (const el of descendantsByTag(root, NEVER_CONTENT)) el.remove();
  removeMediaFallbacks(root);
  removeLineNumbers(root);
  removeRepeatedHeader(root, ctx);
  removeEmpty(root, targets);
  // Heuristics misfire on odd markup; no cleaning may take most of the article with it.
  const removals = new Removals(ctx.notes);
  const wordsBefore = removals.words(root);
  // Numbered labels ("Step 1", "Step 2"…) are the article's structure: no edge trim or model takes them.
  const structure = numberedSeries(scores);
  for (const label of calloutLabels) structure.add(label);
  cutTail(root, removals, wordsBefore);
  trimEdge(root, false, ctx, removals, structure);
  trimEdge(root, true, ctx, removals, structure);
  removeInner(root, ctx, removals);
  removeConsentPlaceholders(root, removals);
  // Then the learned model: blocks the rules kept that it scores as furniture (cross-validated by publisher,
  // scripts/train-blocks.ts: better than the rules alone and than the model alone).
  // Figures and other media are left alone: the benchmarks' truth leaves captions out, so the model
  // learned to score them low, but in the view a photo and its caption are the article.
  for (const block of scores) {
    if (block.p < WEIGHTS.afterRulesThreshold && !structure.has(block.el) && root.contains(block.el) && block.el !== root && block.words < MODEL_MAX_WORDS && !block.el.closest(MODEL_SPARES) && !block.el.querySelector(MODEL_SPARES)) removals.remove(block.el, `model: p(content) = ${block.p.toFixed(2)} < ${WEIGHTS.afterRulesThreshold} (${topFeatures(block.features)})`);
  }
  if (!removals.keeps(root, wordsBefore, MIN_KEPT)) removals.undo();
  // Icons go only now: the rules and the model judged their blocks as they always have (with media).
  keepDrawings(root, ctx);
  removeEmpty(root, targets);
  // Before the cards are made: a landmark of many children is copied, and a card must be the element kept.
  unwrapLandmarks(root);
  // Players become cards last: as frames, the rules and the model spare them as media.
  const cards = embedCards(root, ctx.base);
  markCodeLanguages(root);
  stripAttributes(root, targets, new Set(cards));
  return { embeds: cards.length };
}
