import type { Author, PageMeta, Sourced, MetaSource } from './types.js';
import { authorKind, dedupeAuthors, siteOrDesk, splitNames, structuredNames } from './authors.js';
import { closestWhere, countWords, decodeEntities, inChrome, squash } from './text.js';
import { parseVisibleDate, plausibleDate, urlDate } from './date-parse.js';
import { headerByline, headlineElement } from './byline.js';
import { captionWithoutCredit, cleanCreditText, splitCredit } from './credit.js';
import { brief, type FieldCandidate, type FieldDecision } from './explain.js';
import { toArray } from './dom-lists.js';

/** Records a field's winner and every candidate that had a value. */
function noteField<T>(notes: FieldDecision[], field: string, chosen: Sourced<T> | undefined, candidates: [() => T | undefined, MetaSource][]): void {
  const seen = candidates.map(([read, source]) => ({ source, value: brief(read()) })).filter((c) => c.value);
  notes.push({ field, source: chosen?.source ?? null, value: brief(chosen?.value), candidates: seen });
}

export { parseVisibleDate, plausibleDate } from './date-parse.js';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|WebPage)$/;

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

/** Every string in a parsed JSON value with its character references decoded, in place (as a JSON.parse reviver would). */
function decodeStrings(v: Json, doc: Document): Json {
  if (typeof v === 'string') return decodeEntities(v, doc);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = decodeStrings(v[i]!, doc);
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) v[k] = decodeStrings(v[k]!, doc);
  }
  return v;
}

/** Every object in the page's JSON-LD blocks, flattened through arrays and @graph. Malformed blocks are skipped. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      nodes.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
    }
  };
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, len = scripts.length; i < len; i++) {
    const script = scripts[i]!;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent;
    if (raw.length > 1_000_000) continue; // not metadata any more; never worth the parse
    try {
      const json = raw.includes('<!--') || raw.includes('-->') ? raw.replace(/^\s*<!--|-->\s*$/g, '') : raw;
      // JSON-LD is not HTML: character references in its strings are the publisher's escaping ("&quot;").
      // A reference needs an ampersand, written or escaped: without one, no string is worth a look.
      const parsed = JSON.parse(json) as Json;
      visit(json.includes('&') || json.includes('\\u0026') ? decodeStrings(parsed, doc) : parsed, 0);
    } catch {
      // Malformed JSON-LD is common in the wild; other sources still apply.
    }
  }
  return nodes;
}

const str = (v: Json | undefined): string | undefined => {
  if (typeof v === 'string') return squash(v) || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
};

export function pickArticleNode(nodes: JsonObject[]): JsonObject | undefined {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  // A WebPage node is a fallback only: prefer a real article type.
  return articles.find((n) => !typesOf(n).every((t) => t === 'WebPage')) ?? articles[0];
}

function resolveRef(node: Json, byId: Map<string, JsonObject>): Json {
  if (isObject(node) && typeof node['@id'] === 'string' && Object.keys(node).length === 1) {
    return byId.get(node['@id']) ?? node;
  }
  return node;
}

function jsonLdAuthors(v: Json | undefined, byId: Map<string, JsonObject>): Author[] {
  const out: Author[] = [];
  for (const item of asArray(v)) {
    const node = resolveRef(item, byId);
    if (typeof node === 'string') {
      for (const name of splitNames(node)) out.push({ name, kind: authorKind(name) });
    } else if (isObject(node)) {
      const names = structuredNames(str(node['name']) ?? '');
      const url = str(node['url']) ?? (typeof node['@id'] === 'string' && /^https?:/.test(node['@id']) ? node['@id'] : undefined);
      for (const name of names) out.push({ name, kind: authorKind(name, names.length === 1 ? typesOf(node).join(' ') : undefined), ...(url && names.length === 1 ? { url } : {}) });
    }
  }
  return out;
}

function jsonLdImages(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const out: string[] = [];
  for (const item of asArray(v)) {
    const node = resolveRef(item, byId);
    const url = typeof node === 'string' ? node : isObject(node) ? str(node['url']) ?? str(node['contentUrl']) : undefined;
    if (url) out.push(url);
  }
  return out;
}

/** Caption and credit of the article's first image object (ImageObject caption, creditText, copyrightHolder, author). */
function jsonLdImageFacts(v: Json | undefined, byId: Map<string, JsonObject>, publisher: string | undefined): { caption?: string; credit?: string } {
  const node = resolveRef(asArray(v)[0] ?? null, byId);
  if (!isObject(node)) return {};
  const nameOf = (x: Json | undefined): string | undefined => {
    const r = resolveRef(asArray(x)[0] ?? null, byId);
    return typeof r === 'string' ? str(r) : isObject(r) ? str(r['name']) : undefined;
  };
  const rawCaption = str(node['caption']) ?? (isObject(node['caption']) ? str(node['caption']['text']) : undefined);
  const fromCaption = rawCaption ? splitCredit(rawCaption) : { caption: '', credit: '' };
  // A copyright holder that is the publisher itself names the site, not the photographer.
  const holder = nameOf(node['copyrightHolder']);
  const stated = str(node['creditText']) ?? nameOf(node['author']) ?? (holder && holder !== publisher ? holder : undefined);
  const credit = (stated ? cleanCreditText(stated) : '') || fromCaption.credit;
  const caption = captionWithoutCredit(fromCaption.caption, credit);
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** All <meta> values by lower-cased property, name or itemprop, read in one pass (selectors per key are slow in jsdom). */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0, len = metas.length; i < len; i++) {
    const el = metas[i]!;
    const raw = el.getAttribute('content');
    if (!raw) continue;
    // Double-escaped content ("&amp;quot;") reaches the DOM as "&quot;": decode the publisher's escaping
    // (only where there is an ampersand to decode).
    const content = squash(raw.includes('&') ? decodeEntities(raw, doc) : raw);
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const TITLE_SEPARATOR = /\s+[-–—|·:»]\s+/;

/**
 * The article's title without the site's name that <title> and og:title often carry
 * ("Storm floods … - Wikinews, the free news source"): the page's own h1 when the title starts with it,
 * else the title less a last segment that names the site.
 */
export function cleanTitle(title: string, siteName: string, doc: Document): string {
  const norm = (s: string) => squash(s).toLowerCase();
  for (const h1 of toArray(doc.getElementsByTagName('h1')).slice(0, 5)) {
    const heading = squash(h1.textContent);
    const rest = title.slice(heading.length);
    if (heading.length >= 10 && norm(title).startsWith(norm(heading)) && (!rest || TITLE_SEPARATOR.test(rest.replace(/^(\s*\S)/, ' $1')))) return heading;
  }
  const parts = title.split(TITLE_SEPARATOR);
  const last = parts.at(-1) ?? '';
  const site = norm(siteName);
  if (parts.length > 1 && site && (norm(last).includes(site) || site.includes(norm(last)))) return parts.slice(0, -1).join(title.match(TITLE_SEPARATOR)?.[0] ?? ' - ');
  return title;
}

/** Captions and links mention dates that are not the article's. */
const NOT_A_DATELINE: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION', 'A']);

/** A date-only line at the top of the article (Wikinews, many blogs, most German and Slavic sites). */
function visibleDate(doc: Document, headline: Element | null): string | undefined {
  const scope = headline?.parentElement?.parentElement?.parentElement ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const candidates = toArray(scope.querySelectorAll('p, time, span, div, li, strong')).slice(0, 200);
  for (const el of candidates) {
    if (el.childElementCount > 3 || closestWhere(el, NOT_A_DATELINE)) continue;
    const text = el.textContent;
    if (text.length > 80 || countWords(text) > 10) continue;
    const date = parseVisibleDate(text);
    if (date) return date;
  }
  return undefined;
}

/** The <time datetime> of the article: in its header (nearest the headline) first, else in the article, else the page's first. */
function timeElementDate(doc: Document, headline: Element | null): string | undefined {
  const times = toArray(doc.getElementsByTagName('time')).filter((t) => t.hasAttribute('datetime') && !inChrome(t));
  const after = headline ? times.find((t) => (headline.compareDocumentPosition(t) & 4) !== 0) : undefined;
  for (const t of [after, times.find((t) => t.closest('article')), times[0]]) {
    const value = plausibleDate(t?.getAttribute('datetime') ?? undefined);
    if (value) return value;
  }
  return undefined;
}

/** Microdata dates on elements other than <meta> (a <time itemprop="datePublished">, a <span content=…>). */
function microdataDate(doc: Document, prop: string): string | undefined {
  for (const el of toArray(doc.querySelectorAll(`[itemprop="${prop}"]`))) {
    const value = plausibleDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? undefined);
    if (value) return value;
  }
  return undefined;
}

/** The first candidate with a value, in order; candidates are thunks so later (costlier) sources are read only when needed. */
function firstOf<T>(...candidates: [() => T | undefined, MetaSource][]): Sourced<T> | undefined {
  for (const [read, source] of candidates) {
    const value = read();
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) return { value, source };
  }
  return undefined;
}

interface AuthorSources {
  doc: Document;
  url: string;
  art: JsonObject;
  byId: Map<string, JsonObject>;
  metaAuthor: string | undefined;
  siteNames: (string | undefined)[];
  headline: () => Element | null;
}

/** The article's authors (pickAuthors), with their candidates noted when notes are kept. */
function chooseAuthors(sources: AuthorSources, notes?: FieldDecision[]): Sourced<Author[]> | undefined {
  const chosen = pickAuthors(sources);
  const { doc, url, art, byId, metaAuthor, headline } = sources;
  if (notes) {
    const candidates: FieldCandidate[] = [
      { source: 'json-ld', value: brief(jsonLdAuthors(art['author'] ?? art['creator'], byId)) },
      { source: 'meta', value: brief(metaAuthor) },
      { source: 'dom (article header)', value: brief(headerByline(doc, headline(), url)) },
    ].filter((c) => c.value);
    notes.push({ field: 'authors', source: chosen?.source ?? null, value: brief(chosen?.value.map((a) => `${a.name} (${a.kind})`)), candidates });
  }
  return chosen;
}

/**
 * The article's authors. Structured data (JSON-LD, then author meta tags) names them; where it names only
 * the site or a desk ("Lesotho Times", "Redaktion"), the byline in the article's header is read instead;
 * the site stays, as an organisation, only when the header shows no person either. The header byline is
 * also the source for pages without structured authors. Never a page-wide search: teasers, related
 * lists and footers carry the same author markup for other articles.
 */
function pickAuthors({ doc, url, art, byId, metaAuthor, siteNames, headline }: AuthorSources): Sourced<Author[]> | undefined {
  const sites = siteNames.filter((n): n is string => !!n);
  const structured: Sourced<Author[]> | undefined = firstOf<Author[]>(
    [() => dedupeAuthors(jsonLdAuthors(art['author'] ?? art['creator'], byId)), 'json-ld'],
    [() => (metaAuthor && !/^https?:/i.test(metaAuthor) ? dedupeAuthors(splitNames(metaAuthor).map((name) => ({ name, kind: authorKind(name) }))) : undefined), 'meta'],
  );
  const siteName = siteOrDesk(sites, url);
  // Asked twice of the first names (every, then filter): answered once.
  const answers = new Map<string, boolean>();
  const isSite = (a: Author) => {
    let site = answers.get(a.name);
    if (site === undefined) answers.set(a.name, (site = siteName(a.name)));
    return site;
  };
  if (structured && !structured.value.every(isSite)) return { value: structured.value.filter((a) => !isSite(a)), source: structured.source };
  const shown = headerByline(doc, headline(), url).filter((a) => !isSite(a));
  if (shown.length) return { value: shown, source: 'dom' };
  if (structured) return { value: structured.value.map((a) => ({ ...a, kind: 'organisation' as const })), source: structured.source };
  return undefined;
}

/**
 * Reads what a page says about itself: JSON-LD, OpenGraph and article:*, Twitter cards, common meta tags
 * and the DOM. Read-only on the document. Each field keeps its source; the first source in the order
 * below wins: JSON-LD, OpenGraph, Twitter, meta, DOM.
 */
export function readPageMeta(doc: Document, url: string, notes?: FieldDecision[], nodes: JsonObject[] = jsonLdNodes(doc)): PageMeta {
  return readPage(doc, url, notes, nodes).meta;
}

/** readPageMeta, and the headline element it found on the way (extraction reads the page's header from it). */
export function readPage(doc: Document, url: string, notes?: FieldDecision[], nodes: JsonObject[] = jsonLdNodes(doc)): { meta: PageMeta; headline: Element | null } {
  // With notes, every candidate is read and recorded; without, only until one has a value.
  const first = <T>(field: string, ...candidates: [() => T | undefined, MetaSource][]): Sourced<T> | undefined => {
    const chosen = firstOf(...candidates);
    if (notes) noteField(notes, field, chosen, candidates);
    return chosen;
  };
  const metas = metaIndex(doc);
  const metaContent = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = metas.get(k.toLowerCase());
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const art = pickArticleNode(nodes) ?? {};
  const publisher = resolveRef(art['publisher'] ?? null, byId);
  const isPartOf = resolveRef(art['isPartOf'] ?? null, byId);

  // The headline element, found once and only when a DOM source is needed.
  let headlineEl: Element | null | undefined;
  const headline = () => (headlineEl === undefined ? (headlineEl = headlineElement(doc, title?.value ?? '')) : headlineEl);
  const publisherName = isObject(publisher) ? str(publisher['name']) : undefined;
  const title = first<string>(
    'title',
    [() => str(art['headline']) ?? str(art['name']), 'json-ld'],
    [() => metaContent('og:title'), 'opengraph'],
    [() => metaContent('twitter:title'), 'twitter'],
    [() => metaContent('citation_title', 'dc.title', 'dcterms.title'), 'meta'],
  );
  const descriptionSources: [() => string | undefined, MetaSource][] = [
    [() => str(art['description']), 'json-ld'],
    [() => metaContent('og:description'), 'opengraph'],
    [() => metaContent('twitter:description'), 'twitter'],
    [() => metaContent('description', 'dc.description'), 'meta'],
  ];
  const metaAuthor = metaContent('author', 'article:author', 'citation_author', 'dc.creator', 'dcterms.creator');
  const canonical = toArray(doc.getElementsByTagName('link'))
    .find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))
    ?.getAttribute('href') ?? undefined;
  // An empty or odd document may have no root element, whatever the DOM typings say.
  const html = doc.documentElement as Element | null;
  const body = doc.body as HTMLElement | null;
  const dir = (html?.getAttribute('dir') ?? body?.getAttribute('dir') ?? '').toLowerCase();

  const images = [
    ...jsonLdImages(art['image'], byId),
    metaContent('og:image', 'og:image:url', 'og:image:secure_url'),
    metaContent('twitter:image', 'twitter:image:src'),
  ]
    // The same address often comes from all three: parsed once.
    .map((u, i, all) => (all.indexOf(u) < i ? undefined : absolute(u, url)))
    .filter((u): u is string => !!u);

  const meta: PageMeta = {
    title,
    description: first<string>('description', ...descriptionSources),
    siteName: first<string>(
      'siteName',
      [() => metaContent('og:site_name'), 'opengraph'],
      [() => publisherName ?? str(publisher ?? undefined), 'json-ld'],
      [() => isObject(isPartOf) ? str(isPartOf['name']) : undefined, 'json-ld'],
      [() => metaContent('application-name', 'citation_journal_title', 'dc.publisher'), 'meta'],
    ),
    published: first<string>(
      'published',
      [() => plausibleDate(str(art['datePublished']) ?? str(art['dateCreated'])), 'json-ld'],
      [() => plausibleDate(metaContent('article:published_time', 'og:published_time')), 'opengraph'],
      [() => plausibleDate(metaContent('article:published', 'datePublished', 'citation_publication_date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'date', 'pubdate', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date')), 'meta'],
      [() => microdataDate(doc, 'datePublished'), 'microdata'],
      [() => timeElementDate(doc, headline()), 'dom'],
      [() => plausibleDate(visibleDate(doc, headline())), 'dom'],
      [() => urlDate(url), 'url'],
    ),
    modified: first<string>(
      'modified',
      [() => plausibleDate(str(art['dateModified'])), 'json-ld'],
      [() => plausibleDate(metaContent('article:modified_time', 'og:updated_time')), 'opengraph'],
      [() => plausibleDate(metaContent('dateModified', 'dcterms.modified')), 'meta'],
    ),
    canonicalUrl: first<string>(
      'canonicalUrl',
      [() => absolute(canonical, url), 'dom'],
      [() => absolute(metaContent('og:url'), url), 'opengraph'],
    ),
    images: [...new Set(images)],
    descriptions: [...new Set(descriptionSources.map(([read]) => read()).filter((d): d is string => !!d))],
    authors: undefined,
  };
  const imageFacts = jsonLdImageFacts(art['image'], byId, publisherName);
  if (imageFacts.caption) meta.imageCaption = imageFacts.caption;
  if (imageFacts.credit) meta.imageCredit = imageFacts.credit;
  const siteNames = [meta.siteName?.value, publisherName];
  meta.authors = chooseAuthors({ doc, url, art, byId, metaAuthor, siteNames, headline }, notes);
  const lang = squash(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')) || str(art['inLanguage']);
  if (lang) meta.lang = lang;
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  return { meta, headline: headline() };
}
