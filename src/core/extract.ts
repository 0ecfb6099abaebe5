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

/**
 * Below this many words what Readability found may be a stray footer or caption rather than an article
 * (a site's front page yields its copyright line), unless it is most of the page (mostOfPage).
 */
const MIN_WORDS = 25;

export interface ExtractOptions {
  /** Pages with more elements than this are refused (0 = no limit); default MAX_ELEMENTS. */
  maxElements?: number;
  /** Extraction past this many ms stops with ExtractionTimeoutError (0 = no limit); default TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /** The clock, in ms (tests pass a fake one). */
  now?: () => number;
  /** Filled with every decision taken: metadata sources and candidates, blocks removed (readcite extract --explain). */
  explain?: Explanation;
}

/**
 * A page that takes longer than this is given up, with a message, rather than leaving the reader waiting.
 * JavaScript cannot interrupt a running function, so the deadline is checked between the steps below;
 * the element limit bounds the longest step (Readability itself: about 3 s at the limit).
 */
export const TIME_LIMIT_MS = 8_000;

/** Extraction ran past its deadline. */
export class ExtractionTimeoutError extends Error {
  constructor(readonly ms: number, readonly step: string, readonly limitMs: number) {
    super(`Extraction stopped after ${Math.round(ms)} ms (at ${step}); the limit is ${limitMs} ms.`);
    this.name = 'ExtractionTimeoutError';
  }
}

/**
 * Extraction time grows with the page; past this size a reader waits for seconds (a 100,000-element,
 * 10 MB page takes about 3 s in Chromium), so larger pages get a message instead of a frozen tab.
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
  const href = head?.querySelector('base[href]')?.getAttribute('href');
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
function mostOfPage(doc: Document, words: number): boolean {
  const body = doc.body as HTMLElement | null;
  return words > 0 && !!body && words >= countWords(blockText(body)) * 0.5;
}

/**
 * Extracts the article of a page as plain data, or null when the page has no article.
 *
 * Steps:
 *  0. Refuse pages too large to extract in reasonable time (PageTooLargeError), and documents that are not HTML.
 *  1. Read the page's metadata and lead image from the live document (read-only).
 *  2. Run Readability on a clone, never on the live page (Readability mutates its input, mozilla/readability#250).
 *  3. Clean the body in the clone: appeals, newsletter boxes, related lists, licence notice, repeated header.
 *  4. Check the deadline between steps (ExtractionTimeoutError).
 *  5. Return plain data; the body HTML is not sanitised here: the view sanitises it where it is inserted.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  const limit = options.maxElements ?? MAX_ELEMENTS;
  const elements = doc.getElementsByTagName('*').length;
  if (limit && elements > limit) throw new PageTooLargeError(elements, limit);
  // Plain text, JSON, SVG…: the browser wraps them in a document, but they are not articles.
  if (!/^(?:text\/html|application\/xhtml\+xml)$/.test(doc.contentType)) return null;
  const now = options.now ?? Date.now;
  const started = now();
  const budget = options.timeLimitMs ?? TIME_LIMIT_MS;
  const checkpoint = (step: string) => {
    const spent = now() - started;
    if (budget && spent > budget) throw new ExtractionTimeoutError(spent, step, budget);
  };
  const base = pageBase(doc, url);
  const notes = options.explain;
  // The page's structured data, parsed once for metadata and licence.
  const nodes = jsonLdNodes(doc);
  const { meta, headline } = readPage(doc, url, notes?.fields, nodes);
  const scope = articleScope(doc);
  const leadImage = findLeadImage(doc, meta, base, headline, scope);

  checkpoint('metadata');
  const clone = doc.cloneNode(true) as Document;
  // A <base> outside <head> re-points relative URLs after the page itself has loaded them: ignore it.
  clone.querySelectorAll('body base').forEach((el) => el.remove());
  const parsed = new Readability<Element>(clone, {
    keepClasses: true, // class hints feed the cleaner; it strips them afterwards
    serializer: (node) => node as Element,
  }).parse();
  const body = parsed?.content;
  if (!parsed || !body) return null;
  addMissingChunks(doc, body, notes?.blocks);
  checkpoint('Readability');

  const siteName = meta.siteName?.value ?? squash(parsed.siteName);
  // A page without a <title> or metadata title still has a headline: its first h1.
  const title = cleanTitle(meta.title?.value ?? squash(parsed.title), siteName, doc) || squash(doc.querySelector('h1')?.textContent);
  // The printed standfirst, else a stated description: Readability's fallback excerpt is the first paragraph.
  const printed = headerStandfirst(headline);
  const authors = meta.authors?.value ?? [];
  const byline = authors.length ? joinNames(authors.map((a) => a.name)) : squash(parsed.byline);

  cleanBody(body, {
    page: doc,
    ...(notes ? { notes: notes.blocks } : {}),
    title,
    siteName,
    bylineNames: authors.map((a) => a.name),
    base,
    ...(leadImage ? { leadImageKey: imageKey(leadImage.src) } : {}),
  });
  checkpoint('cleaning');
  const text = blockText(body, CAPTIONS);
  const wordCount = countWords(text);
  if (wordCount < MIN_WORDS && !mostOfPage(doc, wordCount)) return null;

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
