import { blockNote, type BlockDecision } from './explain.js';
import { countWords, inChrome, squash, squashHead } from './text.js';

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
    for (const a of Array.from(p.getElementsByTagName('a'))) links += squash(a.textContent).length;
  }
  return all ? links / all : 1;
}

/** A paragraph's markup: its tag and first class, and its parent's and grandparent's. */
function markup(p: Element): string {
  const parts: string[] = [];
  for (let el: Element | null = p, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
    parts.push(cls ? `${el.tagName}.${cls}` : el.tagName);
  }
  return parts.join('<');
}

/** A paragraph's identity across the live page and Readability's copy: the start of its text. */
const key = (p: Element) => squashHead(p.textContent, 80);

function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/** Elements that are never article text, wherever they stand in a chunk. */
const NOT_TEXT = 'script, style, noscript, template, form, iframe, button, input, select, textarea, nav, aside, footer, object, embed';

/**
 * Adds to Readability's content (`content`, from a copy of `doc`) the other chunks of a split article,
 * in page order, and returns how many were added. The chunks are copied from the live page, which is
 * only read; the cleaner then treats them as the rest of the body.
 */
export function addMissingChunks(doc: Document, content: Element, notes?: BlockDecision[]): number {
  const kept = new Set<string>();
  content.querySelectorAll('p').forEach((p) => {
    const k = key(p);
    if (k) kept.add(k);
  });
  if (!kept.size) return 0;
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  const keys = new Map<Element, string>(paragraphs.map((p) => [p, key(p)]));
  const isKept = (p: Element) => kept.has(keys.get(p) ?? key(p));
  // The markup that carries most of what Readability kept.
  const keptWords = new Map<string, number>();
  const words = new Map<Element, number>();
  for (const p of paragraphs) {
    if (!isKept(p)) continue;
    const sig = markup(p);
    const n = countWords(p.textContent);
    words.set(p, n);
    keptWords.set(sig, (keptWords.get(sig) ?? 0) + n);
  }
  let sig = '';
  let best = 0;
  for (const [s, n] of keptWords) if (n > best) [sig, best] = [s, n];
  // A bare "P<DIV<DIV" is every page's markup, not the article's.
  if (!sig.includes('.')) return 0;
  const same = paragraphs.filter((p) => markup(p) === sig);
  const inKept = same.filter(isKept);
  // An <article> bounds one story: where the kept text has one, other stories' <article>s repeat its markup.
  const story = inKept[0]?.closest('article') ?? null;
  const missing = same.filter((p) => !isKept(p) && !inChrome(p) && (!story || story.contains(p)));
  if (inKept.length < 2 || !missing.length) return 0;
  const missingWords = missing.reduce((sum, p) => sum + countWords(p.textContent), 0);
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
