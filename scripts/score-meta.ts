/**
 * Metadata scoring for scripts/bench-meta.ts, as ../shared/fundus/README.md specifies it: text is
 * normalised (NFKC, typographic quotes, apostrophes and dashes to ASCII, soft hyphens and zero-width
 * characters removed, white space collapsed, case folded, diacritics kept, HTML entities NOT decoded),
 * then compared field by field. Pure functions: no DOM, no files.
 */
import { shingles, tokens } from './score.js';

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63]/g;
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g; // not a class: lint reads \u200d in one as a joined sequence

/** Text as the scorer compares it. Upper then lower case approximates full case folding (ß → ss). */
export function normalise(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase();
}

export const sameNormalised = (a: string | null | undefined, b: string | null | undefined) => normalise(a) === normalise(b);

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
}

/** Authors as sets of normalised names: P = common/given, R = common/expected, F1 0 when nothing is given. */
export function scoreAuthors(expected: string[], given: string[]): SetScore {
  const want = new Set(expected.map(normalise).filter(Boolean));
  const got = new Set(given.map(normalise).filter(Boolean));
  if (!want.size && !got.size) return { precision: 1, recall: 1, f1: 1, exact: true };
  const common = [...got].filter((n) => want.has(n)).length;
  const precision = got.size ? common / got.size : 0;
  const recall = want.size ? common / want.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, exact: common === want.size && common === got.size };
}

/** Vanilla Readability's byline as a list of names: split on , ; & "and" "und". */
export function splitByline(byline: string | null | undefined): string[] {
  return (byline ?? '')
    .split(/\s*(?:[,;&]|\band\b|\bund\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** Epoch ms of a date-time that states its zone ("2024-05-03 15:47:42.389000+00:00", ISO 8601), else null. */
function zonedInstant(value: string): number | null {
  const s = value.trim();
  if (!ZONE.test(s) || !/\d{2}:\d{2}/.test(s.slice(10))) return null;
  const iso = s
    .replace(' ', 'T')
    .replace(/(\.\d{3})\d+/, '$1') // microseconds: Date.parse wants at most milliseconds
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** The same instant within 60 s when both carry a zone, else the same calendar date as written. */
export function samePublished(expected: string | null | undefined, given: string | null | undefined): boolean {
  if (!expected || !given) return !expected && !given;
  const a = zonedInstant(expected);
  const b = zonedInstant(given);
  if (a !== null && b !== null) return Math.abs(a - b) <= 60_000;
  const da = DATE.exec(expected)?.[0];
  return da !== undefined && da === DATE.exec(given)?.[0];
}

/** The date part (YYYY-MM-DD) of a date as written, or the whole string when it has none. */
export const datePart = (value: string | null | undefined): string => (value ? (DATE.exec(value)?.[0] ?? value.trim()) : '');

/** Caption: found when one contains the other after normalising (an empty extracted caption is not found). */
export function captionFound(expected: string, given: string | undefined): boolean {
  const a = normalise(expected);
  const b = normalise(given);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Credit: found when every expected name occurs in the extracted credit. */
export function creditFound(expected: string[], given: string | undefined): boolean {
  const credit = normalise(given);
  const names = expected.map(normalise).filter(Boolean);
  return names.length > 0 && credit.length > 0 && names.every((n) => credit.includes(n));
}

/** The credit was not found as a credit, but an expected name it lacks is still in the extracted caption. */
export function creditInCaption(expected: string[], credit: string | undefined, caption: string | undefined): boolean {
  const c = normalise(credit);
  const cap = normalise(caption);
  const missing = expected.map(normalise).filter((n) => n && !c.includes(n));
  return missing.length > 0 && missing.some((n) => cap.includes(n));
}

/** Standfirst: the summary's first ~100 normalised characters occur in the standfirst or at the start of the text. */
export function standfirstFound(summary: string, standfirst: string, text: string): boolean {
  const head = normalise(summary).replace(/\s*(?:\.\.\.|…)$/, '').slice(0, 100);
  if (!head) return false;
  const start = normalise(text).slice(0, head.length + 400);
  return normalise(standfirst).includes(head) || start.includes(head);
}

const DESK_WORDS = /redaktion|rédaction|redacción|redazione|\bstaff\b|newsroom|\bdesk\b|\(www\.|agency|agentur|\beditors?\b|\bnachrichten\b/;
/** Letters and digits only: "Der Standard" and "DerStandard" compare equal. */
const compact = (s: string) => normalise(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** The main label of a host: www.derstandard.at → derstandard, news.bbc.co.uk → bbc. */
export function hostLabel(url: string): string {
  const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
  const cut = labels.length > 2 && /^(?:co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels[labels.length - cut] ?? labels[0] ?? '';
}

/**
 * A given author that is really the site or a desk: the name equals or is contained in the publisher, the
 * site name or the host's main label, contains the host label, or reads like a desk ("Redaktion", "staff").
 */
export function siteOrDesk(name: string, sites: string[], url: string): boolean {
  const n = compact(name);
  if (!n) return false;
  if (DESK_WORDS.test(normalise(name))) return true;
  const label = compact(hostLabel(url));
  if (label.length >= 4 && n.includes(label)) return true;
  return [...sites, label].map(compact).some((s) => s.length > 0 && s.includes(n));
}

export interface LostBlock {
  text: string;
  /** Share of the block's shingles missing from the prediction. */
  missing: number;
}

/** Blocks of the expected text (paragraphs, separated by blank lines) whose shingles are mostly missing from the prediction. */
export function lostBlocks(expected: string, prediction: string, threshold = 0.5): LostBlock[] {
  const predTokens = tokens(prediction);
  const have = shingles(predTokens);
  const joined = ` ${predTokens.join(' ')} `;
  const out: LostBlock[] = [];
  for (const block of expected.split(/\n\s*\n/)) {
    const toks = tokens(block);
    if (!toks.length) continue;
    let missing: number;
    if (toks.length < 4) {
      missing = joined.includes(` ${toks.join(' ')} `) ? 0 : 1;
    } else {
      const mine = shingles(toks);
      let total = 0;
      let gone = 0;
      for (const [g, k] of mine) {
        total += k;
        gone += Math.max(0, k - (have.get(g) ?? 0));
      }
      missing = gone / total;
    }
    if (missing > threshold) out.push({ text: block.trim(), missing });
  }
  return out;
}
