import type { Article, Author } from '../types.js';
import type { Licence } from '../licence-registry.js';
import { dateParts } from '../dates.js';

/** A person's name split for citation styles; organisations stay literal. */
export type Name = { family: string; given: string } | { literal: string };

/** What every formatter works from: one article on a news website (citation.md §5 field model). */
export interface CitationItem {
  /** The title as published (verbatim, straight or curly quotes as the page has them). */
  title: string;
  names: Name[];
  site: string;
  /** Publication date as ISO (the publisher's calendar date is used, not converted). */
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
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'al', 'ten', 'ter']);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** "Julia Conley" -> Conley, Julia; "Ludwig van Beethoven" -> van Beethoven, Ludwig; groups stay whole. */
export function splitName(author: Author): Name {
  if (author.kind === 'organisation') return { literal: author.name };
  const words = author.name.trim().split(/\s+/);
  if (words.length < 2) return { literal: author.name };
  let end = words.length;
  if (SUFFIX.test(words[end - 1] ?? '') && end > 2) end -= 1;
  let start = end - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start -= 1;
  const family = [...words.slice(start, end), ...words.slice(end)].join(' ');
  return { family, given: words.slice(0, start).join(' ') };
}

export function toCitationItem(article: Article, accessed: string): CitationItem {
  return {
    title: article.title,
    names: article.authors.map(splitName),
    site: article.siteName || hostOf(article.url),
    published: article.published && dateParts(article.published) ? article.published : null,
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
