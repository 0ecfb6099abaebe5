import { Readability } from '@mozilla/readability';
import type { Article } from './types.js';
import { cleanTitle, jsonLdNodes, readPage } from './metadata.js';
import { articleScope, findLeadImage, imageKey } from './figures.js';
import { cleanBody } from './clean.js';
import { addMissingChunks } from './chunks.js';
import { chooseStandfirst, headerStandfirst } from './standfirst.js';
import type { Explanation } from './explain.js';
import { detectLicence } from './licence.js';
import { CAPTIONS, blockText, countWords, joinNames, squash } from './text.js';
import { toArray } from './dom-lists.js';

/**
 * Below this many words what Readability found may be a stray footer or caption rather than an article
 * (a site's front page yields its copyright line), unless it is most of the page (mostOfPage).
 */
const MIN_WORDS = 25;

export interface ExtractOptions {
  /** Pages with more elements than this are refused (0 = no limit); default MAX_ELEMENTS. */
  maxElements?: number;
  /** Extraction past this many ms stops with ExtractionTimeoutError (0 = no limit); default timeLimitFor(the page's elements). */
  timeLimitMs?: number;
  /** The clock, in ms (tests pass a fake one). */
  now?: () => number;
  /** Filled with every decision taken: metadata sources and candidates, blocks removed (readcite extract --explain). */
  explain?: Explanation;
}

export interface AsyncExtractOptions extends ExtractOptions {
  /** Aborting stops extraction at the next step with the signal's reason (the reader closed the view). */
  signal?: AbortSignal;
  /** Hands the thread back to the page between steps; default yieldToPage. */
  yieldNow?: () => Promise<void>;
}

/**
 * The hard stop, only for runaway work: it grows with the page, so a slow machine still gets a large
 * article (a 100,000-element page takes about 3 s in Chromium on a quiet machine and 2-3 times that on a
 * busy one), and the reader can cancel sooner. JavaScript cannot interrupt a running function, so the
 * deadline is checked between the steps below; the element limit bounds the longest step.
 */
export const TIME_BASE_MS = 20_000;
export const TIME_PER_ELEMENT_MS = 0.25;
export const timeLimitFor = (elements: number): number => Math.round(TIME_BASE_MS + elements * TIME_PER_ELEMENT_MS);

/** Extraction ran past its deadline. */
export class ExtractionTimeoutError extends Error {
  constructor(readonly ms: number, readonly step: string, readonly limitMs: number) {
    super(`Extraction stopped after ${Math.round(ms)} ms (at ${step}); the limit is ${limitMs} ms.`);
    this.name = 'ExtractionTimeoutError';
  }
}

/**
 * Extraction time grows with the page; past this size a reader waits for many seconds (a 100,000-element,
 * 10 MB page takes about 3 s in Chromium), so larger pages get a message instead.
 */
export const MAX_ELEMENTS = 150_000;

/** The page is too large to extract in reasonable time; the message says so in the reader's words. */
export class PageTooLargeError extends Error {
  constructor(
    readonly elements: number,
    readonly limit: number,
  ) {
    super(`This page has ${elements.toLocaleString('en')} elements, too many for reader view (the limit is ${limit.toLocaleString('en')}).`);
    this.name = 'PageTooLargeError';
  }
}

/**
 * The base for the article's relative URLs: the page's own (a <base href> in <head> included). A <base>
 * in the body is ignored: valid pages keep it in the head, and one placed after the content would send
 * Readcite, but not the page, to another origin.
 */
function pageBase(doc: Document, url: string): string {
  const head = doc.head as HTMLHeadElement | null; // null in documents without one, whatever the typings say
  // The first <base> with an href, by tag (an attribute selector costs more in Chromium).
  const href = toArray(head?.getElementsByTagName('base') ?? []).find((el) => el.hasAttribute('href'))?.getAttribute('href');
  try {
    const base = new URL(href ?? '', url);
    return /^https?:$/.test(base.protocol) ? base.href : url;
  } catch {
    return url;
  }
}

/**
 * True when a short text is most of what the page says: a short page is still an article (a note, a
 * few formulas, a list); a short text on a page full of other text is a stray footer or caption.
 */
/** A code block shorter than this is a name or a flag, not a post's content ("git reset --soft HEAD~1" is 23). */
const MIN_CODE_CHARS = 20;

/**
 * A short article can still be real: what it holds is a formula, a code block, or pictures that say what
 * they show (two or more with a text alternative or a caption), not words (an embedded player counts too:
 * the cleaner reports those it turned into cards). Decided by content, so a page of
 * formula images or a code-only post opens while a front page of links does not.
 */
export function holdsWork(body: Element): boolean {
  if (body.getElementsByTagName('math').length) return true;
  if (toArray(body.getElementsByTagName('pre')).some((pre) => squash(pre.textContent).length >= MIN_CODE_CHARS)) return true;
  const described = toArray(body.getElementsByTagName('img')).filter((img) => img.getAttribute('src') && (squash(img.getAttribute('alt')) || img.closest('figure')?.querySelector('figcaption')));
  return described.length >= 2;
}

function mostOfPage(doc: Document, words: number): boolean {
  const body = doc.body as HTMLElement | null;
  return words > 0 && !!body && words >= countWords(blockText(body)) * 0.5;
}

/** The steps of an extraction: a name after each, the article (or null) at the end. */
type Steps = Generator<string, Article | null, void>;

/**
 * Extracts the article of a page as plain data, or null when the page has no article.
 *
 * Steps (extractSteps), with the deadline checked between them:
 *  0. Refuse pages too large to extract in reasonable time (PageTooLargeError), and documents that are not HTML.
 *  1. Read the page's metadata and lead image from the live document (read-only).
 *  2. Run Readability on a clone, never on the live page (Readability mutates its input, mozilla/readability#250).
 *  3. Add the chunks of a split article; clean the body in the clone: appeals, newsletter boxes, related lists, licence notice, repeated header.
 *  4. Return plain data; the body HTML is not sanitised here: the view sanitises it where it is inserted.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  const { steps, checkpoint } = prepare(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    checkpoint(step.value);
  }
}

/**
 * Hands the thread back to the page's event loop: input, paint, timers and the view's own frame loading
 * run before the next step. A posted message, not scheduler.yield() (its continuation runs ahead of the
 * timers and load events the "Reading…" notice waits for) nor setTimeout (background tabs wait a second).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * extractArticle, giving the page its thread back between steps, so the tab never freezes for longer
 * than one step; stops at the next step when `signal` is aborted (rejecting with its reason).
 */
export async function extractArticleAsync(doc: Document, url: string, options: AsyncExtractOptions = {}): Promise<Article | null> {
  const yieldNow = options.yieldNow ?? yieldToPage;
  const { signal } = options;
  signal?.throwIfAborted();
  const { steps, checkpoint } = prepare(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    checkpoint(step.value);
    await yieldNow();
    signal?.throwIfAborted();
  }
}

/** The size checks, the deadline and the steps for one extraction. */
function prepare(doc: Document, url: string, options: ExtractOptions): { steps: Steps; checkpoint: (step: string) => void } {
  const limit = options.maxElements ?? MAX_ELEMENTS;
  const elements = doc.getElementsByTagName('*').length;
  if (limit && elements > limit) throw new PageTooLargeError(elements, limit);
  const now = options.now ?? Date.now;
  const started = now();
  const budget = options.timeLimitMs ?? timeLimitFor(elements);
  const checkpoint = (step: string) => {
    const spent = now() - started;
    if (budget && spent > budget) throw new ExtractionTimeoutError(spent, step, budget);
  };
  return { steps: extractSteps(doc, url, options.explain), checkpoint };
}

/**
 * What the live page says of itself, read once before Readability runs (read-only): the base for its URLs,
 * its structured data (for metadata and licence), its metadata and headline, where the article lives, and
 * the lead image with its caption and credit.
 */
export function readFacts(doc: Document, url: string, notes?: Explanation) {
  const base = pageBase(doc, url);
  const nodes = jsonLdNodes(doc);
  const { meta, headline } = readPage(doc, url, notes?.fields, nodes);
  const scope = articleScope(doc);
  return { base, nodes, meta, headline, scope, leadImage: findLeadImage(doc, meta, base, headline, scope) };
}

/** Readability on a copy of the page, never the live page (Readability mutates its input, mozilla/readability#250). */
export function readClone(doc: Document) {
  const clone = doc.cloneNode(true) as Document;
  // A <base> outside <head> re-points relative URLs after the page itself has loaded them: ignore it.
  // By tag from the body (a descendant selector walks the whole copy in jsdom).
  // An odd document may have no body, whatever the typings say.
  const cloneBody = clone.body as HTMLElement | null;
  for (const el of toArray(cloneBody?.getElementsByTagName('base') ?? [])) el.remove();
  return new Readability<Element>(clone, {
    keepClasses: true, // class hints feed the cleaner; it strips them afterwards
    serializer: (node) => node as Element,
  }).parse();
}

function* extractSteps(doc: Document, url: string, notes: Explanation | undefined): Steps {
  // Plain text, JSON, SVG…: the browser wraps them in a document, but they are not articles.
  if (!/^(?:text\/html|application\/xhtml\+xml)$/.test(doc.contentType)) return null;
  const { base, nodes, meta, headline, scope, leadImage } = readFacts(doc, url, notes);
  yield 'metadata';

  const parsed = readClone(doc);
  const body = parsed?.content;
  if (!parsed || !body) return null;
  yield 'Readability';
  addMissingChunks(doc, body, notes?.blocks);
  const siteName = meta.siteName?.value ?? squash(parsed.siteName);
  // A page without a <title> or metadata title still has a headline: its first h1.
  const title = cleanTitle(meta.title?.value ?? squash(parsed.title), siteName, doc) || squash(doc.querySelector('h1')?.textContent);
  // The printed standfirst, else a stated description: Readability's fallback excerpt is the first paragraph.
  const printed = headerStandfirst(headline);
  const authors = meta.authors?.value ?? [];
  const byline = authors.length ? joinNames(authors.map((a) => a.name)) : squash(parsed.byline);

  const { embeds } = cleanBody(body, {
    page: doc,
    ...(notes ? { notes: notes.blocks } : {}),
    title,
    siteName,
    bylineNames: authors.map((a) => a.name),
    base,
    ...(leadImage ? { leadImageKey: imageKey(leadImage.src) } : {}),
  });
  yield 'cleaning';
  const text = blockText(body, CAPTIONS);
  const wordCount = countWords(text);
  if (wordCount < MIN_WORDS && !mostOfPage(doc, wordCount) && !holdsWork(body) && !embeds) return null;

  if (notes) {
    notes.fields.push({ field: 'title (shown)', source: meta.title?.source ?? 'readability', value: title, candidates: [] });
    notes.fields.push({
      field: 'lead image',
      source: leadImage ? 'page' : null,
      value: leadImage ? `${leadImage.src} | caption: ${leadImage.caption || '-'} | credit: ${leadImage.credit || '-'}` : '',
      candidates: meta.images.map((value) => ({ source: 'declared', value })),
    });
  }
  const lang = meta.lang ?? squash(parsed.lang);
  return {
    url: meta.canonicalUrl?.value ?? url,
    title,
    standfirst: chooseStandfirst([printed.hinted, ...meta.descriptions, printed.plain], text),
    byline,
    authors,
    siteName,
    published: meta.published?.value ?? null,
    modified: meta.modified?.value ?? null,
    lang,
    dir: meta.dir ?? (parsed.dir === 'rtl' ? 'rtl' : 'ltr'),
    leadImage,
    contentHtml: body.innerHTML,
    text,
    wordCount,
    licence: detectLicence(doc, url, nodes, scope),
  };
}
