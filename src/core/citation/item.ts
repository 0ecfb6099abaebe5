import type { Article, Author } from '../types.js';
import type { Licence } from '../licence-registry.js';

/** A person's name split for citation styles ("Jr.", "III" in `suffix`); organisations stay literal. */
export type Name = { family: string; given: string; suffix?: string } | { literal: string };

/** A name as it is written in running text: "Julia Conley", "Martin Luther King Jr.", "Associated Press". */
export const writtenName = (n: Name): string => ('literal' in n ? n.literal : [n.given, n.family, n.suffix].filter(Boolean).join(' '));

/** What every formatter works from: one article on a news website (citation.md §5 field model). */
export interface CitationItem {
  /** The title as published (verbatim, straight or curly quotes as the page has them). */
  title: string;
  names: Name[];
  site: string;
  /** Publication date as ISO: YYYY-MM-DD…, YYYY-MM or YYYY (the publisher's calendar date, not converted). */
  published: string | null;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  url: string;
  lang: string;
  licence: Licence | null;
  /** The site's licence sentence, verbatim. */
  notice: string | null;
  copyright: string | null;
  allRightsReserved: boolean;
  /** Body text, for proper-noun evidence in sentence case. */
  body: string;
  /** The publisher, when it is not the site (e.g. "Guardian News & Media" for The Guardian). */
  publisher?: string;
}

/** The calendar parts a date gives: a year, perhaps a month, perhaps a day. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Parts of an ISO 8601 date as the publisher wrote it, complete or not ("2026-03", "2026"). */
export function dateOf(iso: string | null): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/.exec(iso ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) };
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'al', 'ten', 'ter']);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** "jr" -> "Jr.", "iii" -> "III": the forms the styles print. */
const suffixForm = (s: string) => (/^[js]r/i.test(s) ? `${s.charAt(0).toUpperCase()}r.` : s.replace(/\.$/, '').toUpperCase());

/** Honorifics and degrees, which citations leave out (APA 7 §9.8, CMOS 14.75, MLA 9 §2.3): "Dr.", "Prof.", "PhD". */
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev|hon|herr|frau|mme|mlle|sr|sra|dott)\.?$/i;
const DEGREE = /^,?(?:phd|ph\.d|md|m\.d|dphil|esq)\.?,?$/i;

/** The name's words without leading honorifics or trailing degrees; a name that is only those stays as written. */
function withoutTitles(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  // "Sr." ends a name as a suffix; as a first word it is "Señor".
  while (end - start > 2 && HONORIFIC.test(words[start]!)) start++;
  while (end - start > 2 && DEGREE.test(words[end - 1]!)) end--;
  const kept = words.slice(start, end);
  kept[kept.length - 1] = kept[kept.length - 1]!.replace(/,$/, '');
  return kept;
}

/**
 * "Julia Conley" -> Conley, Julia; "Ludwig van Beethoven" -> van Beethoven, Ludwig; "Martin Luther King
 * Jr." (or "King, Jr.") -> King, Martin Luther, suffix Jr.; groups stay whole.
 */
export function splitName(author: Author): Name {
  if (author.kind === 'organisation') return { literal: author.name };
  const words = withoutTitles(author.name.trim().split(/\s+/));
  if (words.length < 2) return { literal: author.name };
  let end = words.length;
  const last = words[end - 1] ?? '';
  const suffix = SUFFIX.test(last) && end > 2 ? suffixForm(last) : undefined;
  if (suffix) {
    end -= 1;
    words[end - 1] = (words[end - 1] ?? '').replace(/,$/, '');
  }
  let start = end - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start -= 1;
  const name = { family: words.slice(start, end).join(' '), given: words.slice(0, start).join(' ') };
  return suffix ? { ...name, suffix } : name;
}

export function toCitationItem(article: Article, accessed: string): CitationItem {
  return {
    title: article.title,
    names: article.authors.map(splitName),
    site: article.siteName || hostOf(article.url),
    published: dateOf(article.published) ? article.published : null,
    accessed,
    url: article.url,
    lang: article.lang,
    licence: article.licence.licence,
    notice: article.licence.notice,
    copyright: article.licence.copyright,
    allRightsReserved: article.licence.allRightsReserved,
    body: article.text,
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** YYYY-MM-DD of a date, in UTC (for access dates taken from the clock). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
