/** Quotes, casing and escaping shared by the citation styles. */

/** Straight quotes to typographic ones: opening after a space or bracket, closing (or apostrophe) elsewhere. */
export function curly(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** Flips the quotes inside a title for the quotes around it: inside “…” they become ‘…’, inside ‘…’ “…”. */
export function nestQuotes(text: string, outer: 'double' | 'single'): string {
  const t = curly(text);
  if (outer === 'double') return t.replace(/“/g, '‘').replace(/”/g, '’');
  // Closing single quotes that are apostrophes (letter on both sides) stay.
  return t.replace(/‘/g, '“').replace(/’(?![\p{L}])/gu, (m, offset: number) => (/[\p{L}]/u.test(t[offset - 1] ?? '') && /[\p{L}]/u.test(t[offset + 1] ?? '') ? m : '”'));
}

/** Every quote mark as a double quote (APA's italic titles: “bullying”). */
export function doubleQuotes(text: string): string {
  return curly(text)
    .replace(/‘/g, '“')
    .replace(/’(?![\p{L}])/gu, '”');
}

const ARTICLES = ['a', 'an', 'the'];
const CONJUNCTIONS = ['and', 'but', 'for', 'nor', 'or', 'so', 'yet'];
const PREPOSITIONS = ['about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'until', 'up', 'upon', 'via', 'with', 'within', 'without'];
/** MLA 9 and CMOS 17 (8.159) lowercase articles, prepositions of any length, coordinating conjunctions, "to" and "as". */
const MINOR = new Set([...ARTICLES, ...CONJUNCTIONS, ...PREPOSITIONS]);
/** Prefixes that cannot stand alone: CMOS 8.161 lowercases what follows them ("Anti-immigration"). */
const PREFIXES = new Set(['anti', 'co', 'counter', 'de', 'extra', 'infra', 'inter', 'intra', 'macro', 'micro', 'mid', 'mini', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'super', 'supra', 'trans', 'ultra', 'un']);

const LEAD = /^[“”‘’"'([]*/u;
const hasInnerCapital = (w: string) => /\p{Lu}/u.test(w.slice(1)) || /\d/.test(w);
const capitalise = (w: string) => {
  const lead = LEAD.exec(w)?.[0] ?? '';
  const rest = w.slice(lead.length);
  return lead + rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
};
const lower = (w: string) => (hasInnerCapital(w.replace(LEAD, '')) ? w : w.toLocaleLowerCase());
const bare = (w: string) => w.replace(LEAD, '').replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase();

/** Splits a title into words, remembering which start a new sentence or subtitle (after : ? ! — or at the start). */
function words(title: string): { word: string; start: boolean; end: boolean }[] {
  const parts = title.split(/(\s+)/);
  const out: { word: string; start: boolean; end: boolean }[] = [];
  let start = true;
  for (const part of parts) {
    if (!part || /^\s+$/.test(part)) continue;
    out.push({ word: part, start, end: false });
    start = /[:?!—]$/.test(part) || part === '—' || part === '–';
  }
  if (out.length) out[out.length - 1]!.end = true;
  return out;
}

/** Headline case for MLA ('mla': both parts of a hyphenated compound) or Chicago ('chicago': prefix rule). */
export function headlineCase(title: string, style: 'mla' | 'chicago'): string {
  return words(title)
    .map(({ word, start, end }) =>
      word
        .split('-')
        .map((part, i, all) => {
          if (hasInnerCapital(part.replace(LEAD, ''))) return part;
          if (i > 0 && style === 'chicago' && PREFIXES.has(bare(all[i - 1] ?? ''))) return part.toLocaleLowerCase();
          if (i === 0 && !start && !end && MINOR.has(bare(part))) return part.toLocaleLowerCase();
          return capitalise(part);
        })
        .join('-'),
    )
    .join(' ');
}

/**
 * Words the article itself capitalises in mid-sentence more often than not: proper nouns, by evidence
 * (citation.md §5.2), so APA sentence case keeps "Sessions" and lowers "Immigration" in "anti-immigration".
 */
export function properNouns(body: string): Set<string> {
  const upper = new Map<string, number>();
  const lowerCount = new Map<string, number>();
  for (const sentence of body.split(/(?<=[.!?])\s+|\n+/)) {
    const tokens = sentence.split(/[\s\u2014\u2013/]+/).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
    tokens.forEach((t, i) => {
      if (!t) return;
      for (const piece of t.split('-')) {
        if (!piece) continue;
        const key = piece.toLowerCase();
        if (/^\p{Lu}/u.test(piece)) {
          if (i > 0) upper.set(key, (upper.get(key) ?? 0) + 1);
        } else lowerCount.set(key, (lowerCount.get(key) ?? 0) + 1);
      }
    });
  }
  return new Set([...upper].filter(([k, n]) => n > (lowerCount.get(k) ?? 0)).map(([k]) => k));
}

/** APA sentence case: first word and first after a colon capitalised, acronyms and proper nouns kept. */
export function sentenceCase(title: string, proper: Set<string>): string {
  return words(title)
    .map(({ word, start }) =>
      word
        .split('-')
        .map((part, i) => {
          const b = bare(part);
          if (hasInnerCapital(part.replace(LEAD, '')) || /^\p{Lu}{2,}/u.test(part.replace(LEAD, ''))) return part;
          if (i === 0 && start) return capitalise(part);
          return proper.has(b) ? capitalise(part) : lower(part);
        })
        .join('-'),
    )
    .join(' ');
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Ends a sentence unless it already ends in . ? or ! (inside a closing quote too). */
export function stop(text: string): string {
  return /[.?!][”’"']?$/.test(text) ? text : `${text}.`;
}
