import type { Author, PageMeta, Sourced, MetaSource } from './types.js';
import { BY, authorKind, cleanAuthorName, dedupeAuthors, splitNames } from './authors.js';
import { countWords, squash } from './text.js';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|WebPage)$/;

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
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
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent;
    if (raw.length > 1_000_000) continue; // not metadata any more; never worth the parse
    try {
      visit(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json, 0);
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
      const name = cleanAuthorName(str(node['name']) ?? '');
      if (!name) continue;
      const url = str(node['url']) ?? (typeof node['@id'] === 'string' && /^https?:/.test(node['@id']) ? node['@id'] : undefined);
      out.push({ name, kind: authorKind(name, typesOf(node).join(' ')), ...(url ? { url } : {}) });
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

/** All <meta> values by lower-cased property, name or itemprop, read in one pass (selectors per key are slow in jsdom). */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = squash(el.getAttribute('content'));
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
  for (const h1 of Array.from(doc.getElementsByTagName('h1')).slice(0, 5)) {
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY_NAME = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const VISIBLE_DATE = [
  new RegExp(`^${DAY_NAME}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i'),
  new RegExp(`^${DAY_NAME}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})$`, 'i'),
];

/** "Saturday, December 21, 2019", "21 Dec. 2019" -> "2019-12-21"; anything else -> undefined. */
export function parseVisibleDate(text: string): string | undefined {
  const t = squash(text);
  const us = VISIBLE_DATE[0]!.exec(t);
  const eu = VISIBLE_DATE[1]!.exec(t);
  const [month, day, year] = us ? [us[1], us[2], us[3]] : eu ? [eu[2], eu[1], eu[3]] : [];
  if (!month || !day || !year) return undefined;
  const m = MONTHS.indexOf(month.toLowerCase()) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A date-only line at the top of the article (Wikinews, many blogs): the last resort for the date. */
function visibleDate(doc: Document): string | undefined {
  const scope = doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0] ?? doc.body;
  const candidates = Array.from(scope.querySelectorAll('p, time, span, div')).slice(0, 60);
  for (const el of candidates) {
    if (el.childElementCount > 2) continue;
    const date = parseVisibleDate(el.textContent);
    if (date) return date;
  }
  return undefined;
}

/** The earliest date a web page could have (the first web server went live in 1990). */
const WEB_EPOCH = Date.UTC(1990, 11, 20);

/** Accepts ISO 8601 dates that are plausible for a web page: not before the web, not in the future. */
export function plausibleDate(value: string | undefined, now = Date.now()): string | undefined {
  if (!value) return undefined;
  // Highwire's citation_publication_date is often "2024/03/04".
  const v = value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})$/, '$1-$2-$3');
  if (!/^\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return undefined;
  const t = Date.parse(v.replace(' ', 'T'));
  if (Number.isNaN(t) || t < WEB_EPOCH || t > now + 36 * 3600_000) return undefined;
  return v.replace(' ', 'T');
}

/** The first candidate with a value, in order; candidates are thunks so later (costlier) sources are read only when needed. */
function first<T>(...candidates: [() => T | undefined, MetaSource][]): Sourced<T> | undefined {
  for (const [read, source] of candidates) {
    const value = read();
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) return { value, source };
  }
  return undefined;
}

/** Bylines the page shows in its markup: rel=author, microdata and RDFa persons. */
function domAuthors(doc: Document, base: string): Author[] {
  const out: Author[] = [];
  const add = (el: Element) => {
    const name = cleanAuthorName(el.textContent);
    if (!name) return;
    const link = el.closest('a[href]') ?? el.querySelector('a[href]');
    const url = absolute(link?.getAttribute('href') ?? undefined, base);
    out.push({ name, kind: authorKind(name), ...(url ? { url } : {}) });
  };
  // Attribute-token selectors ([a~=b]) are slow in jsdom; simple ones filtered here are not.
  const has = (el: Element, attr: string, token: string) => (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/).includes(token);
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if (has(el, 'itemprop', 'name') && el.parentElement?.closest('[itemprop]') && has(el.parentElement.closest('[itemprop]')!, 'itemprop', 'author')) add(el);
  }
  for (const el of Array.from(doc.querySelectorAll('[typeof]'))) if (has(el, 'typeof', 'schema:person')) add(el);
  for (const el of Array.from(doc.querySelectorAll('a[rel]'))) if (has(el, 'rel', 'author')) add(el);
  if (out.length) return dedupeAuthors(out);
  // Last, a visible "By A and B" line near the top of the article.
  const scope = doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0] ?? doc.body;
  const line = Array.from(scope.querySelectorAll('p, span, div'))
    .slice(0, 80)
    .find((el) => el.childElementCount <= 4 && BY.test(squash(el.textContent)) && countWords(el.textContent) <= 12);
  return line ? dedupeAuthors(splitNames(squash(line.textContent)).map((name) => ({ name, kind: authorKind(name) }))) : [];
}

/**
 * Reads what a page says about itself: JSON-LD, OpenGraph and article:*, Twitter cards, common meta tags
 * and the DOM. Read-only on the document. Each field keeps its source; the first source in the order
 * below wins: JSON-LD, OpenGraph, Twitter, meta, DOM.
 */
export function readPageMeta(doc: Document, url: string): PageMeta {
  const metas = metaIndex(doc);
  const metaContent = (...keys: string[]) => keys.map((k) => metas.get(k.toLowerCase())).find((v) => v !== undefined);
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const art = pickArticleNode(nodes) ?? {};
  const publisher = resolveRef(art['publisher'] ?? null, byId);
  const isPartOf = resolveRef(art['isPartOf'] ?? null, byId);

  const metaAuthor = metaContent('author', 'article:author', 'citation_author', 'dc.creator', 'dcterms.creator');
  const canonical = Array.from(doc.getElementsByTagName('link'))
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
    .map((u) => absolute(u, url))
    .filter((u): u is string => !!u);

  const meta: PageMeta = {
    title: first<string>(
      [() => str(art['headline']) ?? str(art['name']), 'json-ld'],
      [() => metaContent('og:title'), 'opengraph'],
      [() => metaContent('twitter:title'), 'twitter'],
      [() => metaContent('citation_title', 'dc.title', 'dcterms.title'), 'meta'],
    ),
    description: first<string>(
      [() => str(art['description']), 'json-ld'],
      [() => metaContent('og:description'), 'opengraph'],
      [() => metaContent('twitter:description'), 'twitter'],
      [() => metaContent('description', 'dc.description'), 'meta'],
    ),
    authors: first<Author[]>(
      [() => dedupeAuthors(jsonLdAuthors(art['author'] ?? art['creator'], byId)), 'json-ld'],
      [() => metaAuthor && !/^https?:/i.test(metaAuthor) ? dedupeAuthors(splitNames(metaAuthor).map((name) => ({ name, kind: authorKind(name) }))) : undefined, 'meta'],
      [() => domAuthors(doc, url), 'dom'],
    ),
    siteName: first<string>(
      [() => metaContent('og:site_name'), 'opengraph'],
      [() => isObject(publisher) ? str(publisher['name']) : str(publisher ?? undefined), 'json-ld'],
      [() => isObject(isPartOf) ? str(isPartOf['name']) : undefined, 'json-ld'],
      [() => metaContent('application-name', 'citation_journal_title', 'dc.publisher'), 'meta'],
    ),
    published: first<string>(
      [() => plausibleDate(str(art['datePublished']) ?? str(art['dateCreated'])), 'json-ld'],
      [() => plausibleDate(metaContent('article:published_time', 'og:published_time')), 'opengraph'],
      [() => plausibleDate(metaContent('datePublished', 'citation_publication_date', 'dc.date', 'dcterms.issued', 'date', 'pubdate')), 'meta'],
      [() => plausibleDate(doc.getElementsByTagName('time')[0]?.getAttribute('datetime') ?? undefined), 'dom'],
      [() => plausibleDate(visibleDate(doc)), 'dom'],
    ),
    modified: first<string>(
      [() => plausibleDate(str(art['dateModified'])), 'json-ld'],
      [() => plausibleDate(metaContent('article:modified_time', 'og:updated_time')), 'opengraph'],
      [() => plausibleDate(metaContent('dateModified', 'dcterms.modified')), 'meta'],
    ),
    canonicalUrl: first<string>(
      [() => absolute(canonical, url), 'dom'],
      [() => absolute(metaContent('og:url'), url), 'opengraph'],
    ),
    images: [...new Set(images)],
  };
  const lang = squash(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')) || str(art['inLanguage']);
  if (lang) meta.lang = lang;
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  return meta;
}
