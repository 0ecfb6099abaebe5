/**
 * An article's highlights as stored: W3C Web Annotation selectors (a text quote with its context, and a
 * text position) plus the reader's colour and note, keyed by the article's canonical URL, with what the
 * exports need to cite it without the page. Pure data and validation: hostile or corrupt input (an old
 * version, a hand-edited import) is cut down to what is valid, never trusted and never thrown on.
 */
import { licenceFromUrl } from '../licence-registry.js';
import type { CitationItem, Name } from '../citation/item.js';

export const COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type Colour = (typeof COLOURS)[number];

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector: UTF-16 offsets into the article's text. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Highlight {
  id: string;
  colour: Colour;
  note: string;
  /** ISO 8601 instants. */
  created: string;
  modified: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * What a citation needs, kept beside the highlights: the citation item less its body text (not kept) and
 * its licence record, which is rebuilt from the licence’s canonical URL (or null); accessed is the day the
 * first highlight was made.
 */
export type CitedWork = Omit<CitationItem, 'body' | 'licence' | 'publisher'> & { licenceUrl: string | null };

export interface ArticleNotes {
  /** Canonical URL: the storage key. */
  url: string;
  work: CitedWork;
  highlights: Highlight[];
}

/** Limits that keep one corrupt or hostile record from filling storage or the view. */
export const LIMITS = { quote: 10_000, context: 64, note: 20_000, field: 2_000, names: 50, highlights: 5_000 } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number = LIMITS.field): string | null => (typeof v === 'string' && v.length <= max ? v : null);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const instant = (v: unknown): string | null => (typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)) ? v : null);
const offset = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9 ? v : null);
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An http(s) URL as the URL parser writes it, or null: nothing else can be a key or a link. */
export function webUrl(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > LIMITS.field) return null;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function validateHighlight(raw: unknown): Highlight | null {
  if (!isObject(raw)) return null;
  const id = typeof raw['id'] === 'string' && ID.test(raw['id']) ? raw['id'] : null;
  const colour = COLOURS.includes(raw['colour'] as Colour) ? (raw['colour'] as Colour) : 'yellow';
  const note = raw['note'] === undefined ? '' : str(raw['note'], LIMITS.note);
  const created = instant(raw['created']);
  const modified = instant(raw['modified']) ?? created;
  const q = raw['quote'];
  const p = raw['position'];
  if (!id || note === null || !created || !modified || !isObject(q) || !isObject(p)) return null;
  const exact = str(q['exact'], LIMITS.quote);
  const prefix = str(q['prefix'] ?? '', LIMITS.context);
  const suffix = str(q['suffix'] ?? '', LIMITS.context);
  const start = offset(p['start']);
  const end = offset(p['end']);
  if (!exact || prefix === null || suffix === null || start === null || end === null || end < start) return null;
  return { id, colour, note, created, modified, quote: { exact, prefix, suffix }, position: { start, end } };
}

function validateName(raw: unknown): Name | null {
  if (!isObject(raw)) return null;
  if ('literal' in raw) {
    const literal = str(raw['literal']);
    return literal ? { literal } : null;
  }
  const family = str(raw['family']);
  const given = str(raw['given'] ?? '');
  const suffix = raw['suffix'] === undefined ? undefined : str(raw['suffix']);
  if (!family || given === null || suffix === null) return null;
  return suffix ? { family, given, suffix } : { family, given };
}

export function validateWork(raw: unknown, url: string): CitedWork | null {
  if (!isObject(raw)) return null;
  const title = str(raw['title']);
  const site = str(raw['site']);
  const published = raw['published'] === null || raw['published'] === undefined ? null : str(raw['published'], 40);
  const accessed = typeof raw['accessed'] === 'string' && ISO_DAY.test(raw['accessed']) ? raw['accessed'] : null;
  const lang = str(raw['lang'] ?? '', 40);
  const names = Array.isArray(raw['names']) ? raw['names'].slice(0, LIMITS.names).map(validateName) : [];
  const opt = (v: unknown) => (v === null || v === undefined ? null : str(v));
  if (title === null || site === null || !accessed || lang === null || names.some((n) => !n)) return null;
  const licenceUrl = webUrl(raw['licenceUrl']);
  return {
    title,
    names: names as Name[],
    site,
    published,
    accessed,
    url,
    lang,
    licenceUrl: licenceUrl && licenceFromUrl(licenceUrl) ? licenceUrl : null,
    notice: opt(raw['notice']),
    copyright: opt(raw['copyright']),
    allRightsReserved: raw['allRightsReserved'] === true,
  };
}

/**
 * A stored or imported article record, or null when it cannot be one (no valid URL or work). Invalid
 * highlights are dropped one by one, duplicates by id keep the newest; the rest come in reading order.
 */
export function validateArticleNotes(raw: unknown): ArticleNotes | null {
  if (!isObject(raw)) return null;
  const url = webUrl(raw['url']);
  if (!url) return null;
  const work = validateWork(raw['work'], url);
  if (!work) return null;
  const list = Array.isArray(raw['highlights']) ? raw['highlights'].slice(0, LIMITS.highlights) : [];
  return { url, work, highlights: mergeHighlights([], list.map(validateHighlight).filter((x): x is Highlight => !!x)) };
}

/** Reading order: by position, then by creation. */
export const byPosition = (a: Highlight, b: Highlight) => a.position.start - b.position.start || a.position.end - b.position.end || a.created.localeCompare(b.created);

/** Both lists in one, one highlight per id (the one modified last), in reading order. */
export function mergeHighlights(ours: Highlight[], theirs: Highlight[]): Highlight[] {
  const byId = new Map<string, Highlight>();
  for (const h of [...ours, ...theirs]) {
    const had = byId.get(h.id);
    if (!had || h.modified > had.modified) byId.set(h.id, h);
  }
  return [...byId.values()].sort(byPosition);
}

/** The work as the citation formatters take it. */
export function citationItemOf(work: CitedWork): CitationItem {
  const licence = work.licenceUrl ? licenceFromUrl(work.licenceUrl) : null;
  return { ...work, licence, body: '' };
}

/** The work to keep from the item the view cites (the licence by its URL; custom terms are not kept). */
export function workOf(item: CitationItem): CitedWork {
  const { title, names, site, published, accessed, url, lang, notice, copyright, allRightsReserved } = item;
  const licenceUrl = item.licence && item.licence.kind !== 'custom' && item.licence.url ? item.licence.url : null;
  return { title, names, site, published, accessed, url, lang, licenceUrl, notice, copyright, allRightsReserved };
}
