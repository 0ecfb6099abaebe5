import { blockNote, type BlockDecision } from './explain.js';
import { countWords, inChrome, squash, squashHead } from './text.js';
import { toArray } from './dom-lists.js';

/**
 * Articles split into chunks. Many sites cut the body into several blocks, with ads, promos or paywall
 * wrappers between them; Readability scores each block apart and keeps one, so the reader gets a third
 * of the story. The signal is language-neutral: the article's paragraphs share their markup (the same
 * tags and classes three levels up), so paragraphs elsewhere on the page in exactly that markup, in a
 * sibling block of the chosen one, outside navigation, asides and footers, are the article's other chunks.
 */

/** Fewer running-text words than this missing is not worth a second look. */
const MIN_MISSING_WORDS = 60;
/** The chosen block must hold this share of the markup's text or less before chunks are added. */
const MAX_KEPT_SHARE = 0.8;
/** Paragraphs in the article's markup average this many words; teaser blurbs are shorter. */
const MIN_MEAN_WORDS = 12;

/** A chunk of text is mostly prose; a list of links to other stories is not a chunk. */
const MAX_LINK_SHARE = 0.25;

function linkShare(paragraphs: Element[]): number {
  let all = 0;
  let links = 0;
  for (const p of paragraphs) {
    all += squash(p.textContent).length;
    for (const a of toArray(p.getElementsByTagName('a'))) links += squash(a.textContent).length;
  }
  return all ? links / all : 1;
}

/**
 * A paragraph's markup: its tag and first class, and its parent's and grandparent's. Paragraphs share
 * their ancestors, so each element's part is read once per extraction (and each paragraph's markup is
 * asked once: for the kept ones, then for the others).
 */
function markupOf(): (p: Element) => string {
  const parts = new Map<Element, string>();
  const part = (el: Element): string => {
    let s = parts.get(el);
    if (s === undefined) {
      // The first class: what trim().split(/\s+/)[0] gives, without the split.
      const cls = /\S+/.exec(el.getAttribute('class') ?? '')?.[0];
      s = cls ? `${el.tagName}.${cls}` : el.tagName;
      parts.set(el, s);
    }
    return s;
  };
  return (p) => {
    const parent = p.parentElement;
    const grand = parent?.parentElement;
    return parent ? `${part(p)}<${part(parent)}${grand ? `<${part(grand)}` : ''}` : part(p);
  };
}

/** A paragraph's identity across the live page and Readability's copy: the start of its text. */
const key = (text: string): string => squashHead(text, 80);

function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/** Elements that are never article text, wherever they stand in a chunk. */
const NOT_TEXT = 'script, style, noscript, template, form, iframe, button, input, select, textarea, nav, aside, footer, object, embed';

/** Words in the paragraphs at these positions, from their texts. */
const wordsIn = (at: number[], texts: string[]) => at.reduce((sum, i) => sum + countWords(texts[i]!), 0);

/**
 * The markup whose paragraphs hold the most words (the first in page order on a tie; '' when none holds
 * any), with that count when it was needed. The markup with the most paragraphs is counted last and only
 * until it passes the best of the others: an article's own markup is most of the text, and counting all
 * of it showed up in profiles.
 */
function heaviest(groups: [string, number[]][], texts: string[]): [string, number | undefined] {
  let likely = 0;
  groups.forEach(([, ps], i) => {
    if (ps.length > groups[likely]![1].length) likely = i;
  });
  let others = 0;
  let first = -1;
  groups.forEach(([, ps], i) => {
    if (i === likely) return;
    const n = wordsIn(ps, texts);
    if (n > others) [others, first] = [n, i];
  });
  let sum = 0;
  for (const i of groups[likely]![1]) {
    sum += countWords(texts[i]!);
    if (sum > others) return [groups[likely]![0], undefined];
  }
  // Not more than the others' best: that one wins, or on a tie whichever comes first.
  if (others === 0) return ['', 0];
  const winner = sum === others && likely < first ? likely : first;
  return [groups[winner]![0], others];
}

/**
 * Adds to Readability's content (`content`, from a copy of `doc`) the other chunks of a split article,
 * in page order, and returns how many were added. The chunks are copied from the live page, which is
 * only read; the cleaner then treats them as the rest of the body.
 */
export function addMissingChunks(doc: Document, content: Element, notes?: BlockDecision[]): number {
  const kept = new Set<string>();
  for (const p of toArray(content.getElementsByTagName('p'))) {
    const k = key(p.textContent);
    if (k) kept.add(k);
  }
  if (!kept.size) return 0;
  const paragraphs = toArray(doc.getElementsByTagName('p'));
  // Each paragraph's text, read once, and whether it is one Readability kept, by position in `paragraphs`.
  const texts = paragraphs.map((p) => p.textContent);
  const isKept = texts.map((text) => kept.has(key(text)));
  const markup = markupOf();
  // The markup that carries most of what Readability kept; a bare "P<DIV<DIV" is every page's markup, not
  // the article's, so without a class in any kept paragraph's markup there is nothing to count.
  const keptBySig = new Map<string, number[]>();
  for (let i = 0, len = paragraphs.length; i < len; i++) {
    if (!isKept[i]) continue;
    const s = markup(paragraphs[i]!);
    const list = keptBySig.get(s);
    if (list) list.push(i);
    else keptBySig.set(s, [i]);
  }
  if (![...keptBySig.keys()].some((s) => s.includes('.'))) return 0;
  const [sig, counted] = heaviest([...keptBySig], texts);
  let best = counted;
  if (!sig.includes('.')) return 0;
  // Readability's paragraphs in that markup, in page order.
  const keptAt = keptBySig.get(sig)!;
  const inKept = keptAt.map((i) => paragraphs[i]!);
  // An <article> bounds one story: where the kept text has one, other stories' <article>s repeat its markup.
  const story = inKept[0]?.closest('article') ?? null;
  if (inKept.length < 2) return 0;
  const missingAt: number[] = [];
  paragraphs.forEach((p, i) => {
    if (!isKept[i] && markup(p) === sig && !inChrome(p) && (!story || story.contains(p))) missingAt.push(i);
  });
  if (!missingAt.length) return 0;
  const missing = missingAt.map((i) => paragraphs[i]!);
  const missingWords = wordsIn(missingAt, texts);
  best ??= wordsIn(keptAt, texts);
  if (missingWords < MIN_MISSING_WORDS || best > MAX_KEPT_SHARE * (best + missingWords)) return 0;
  if (missingWords / missing.length < MIN_MEAN_WORDS) return 0;

  // The chosen block and its sibling chunks: children of the smallest ancestor of every paragraph in the markup.
  let root: Element | null = inKept[0]!;
  for (const p of [...inKept, ...missing]) root = root && commonAncestor(root, p);
  if (!root || root === doc.body || root === doc.documentElement) return 0;
  const chunkOf = (p: Element): Element => {
    let el = p;
    while (el.parentElement && el.parentElement !== root) el = el.parentElement;
    return el;
  };
  const keptChunks = new Set(inKept.map(chunkOf));
  const chunks: Element[] = [];
  for (const p of missing) {
    const chunk = chunkOf(p);
    if (!keptChunks.has(chunk) && !chunks.includes(chunk) && !inChrome(chunk)) chunks.push(chunk);
  }
  // The chunks' paragraphs in the article's markup are prose; teaser blurbs are mostly links.
  const prose = chunks.filter((chunk) => linkShare(missing.filter((p) => chunk.contains(p))) <= MAX_LINK_SHARE);
  if (!prose.length) return 0;
  const first = Array.from(keptChunks).reduce((a, b) => ((a.compareDocumentPosition(b) & 2) !== 0 ? b : a));
  const page = content.querySelector('div.page') ?? content;
  const before = page.firstChild;
  for (const chunk of prose) {
    const copy = chunk.cloneNode(true) as Element;
    copy.querySelectorAll(NOT_TEXT).forEach((el) => el.remove());
    // Page order: chunks before the chosen block go first.
    if ((chunk.compareDocumentPosition(first) & 4) !== 0) page.insertBefore(copy, before);
    else page.appendChild(copy);
    notes?.push(blockNote(copy, 'added', `chunk: paragraphs in the article's markup (${sig})`));
  }
  return prose.length;
}
