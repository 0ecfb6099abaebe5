/**
 * Describing a selection as W3C Web Annotation selectors and finding it again in the article's text,
 * as Hypothesis does (its dom-anchor-text-quote and match-quote): the stored position when its text is
 * still the quote; else an exact occurrence of the quote, the one whose context and place fit best;
 * else the best approximate match (Myers' bit-parallel algorithm, approx-string-match), accepted only
 * within an error budget so that removed text is reported as not found rather than placed elsewhere.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './model.js';

/** Context kept on each side, as Hypothesis keeps it. */
export const CONTEXT = 32;

export function describe(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { start, end },
  };
}

/** How well `a` ends like `b` (prefix) or starts like it (suffix): 0..1, by edit distance. */
function similarity(text: string, pattern: string): number {
  if (!pattern) return 1;
  if (!text) return 0;
  const best = search(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

export interface Match {
  start: number;
  end: number;
  /** exact: the quote as stored; fuzzy: an approximate match (the article's text changed here). */
  how: 'position' | 'exact' | 'fuzzy';
}

/** At most this share of the quote's characters may differ for a fuzzy match to count. */
const MAX_ERROR_RATE = 0.2;

/** Scores as Hypothesis weighs them: the quote most, then its context, then its place. */
function score(text: string, q: TextQuoteSelector, start: number, end: number, errors: number, hint: number): number {
  const quote = 1 - errors / q.exact.length;
  const prefix = similarity(text.slice(Math.max(0, start - q.prefix.length), start), q.prefix);
  const suffix = similarity(text.slice(end, end + q.suffix.length), q.suffix);
  const place = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return 50 * quote + 20 * prefix + 20 * suffix + 2 * place;
}

/** How many characters before `at` match the end of `prefix`, and after `end` the start of `suffix`. */
function sharedContext(text: string, q: TextQuoteSelector, at: number, end: number): number {
  let before = 0;
  while (before < q.prefix.length && text[at - 1 - before] === q.prefix[q.prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < q.suffix.length && text[end + after] === q.suffix[after]) after++;
  return (q.prefix.length ? before / q.prefix.length : 1) * 20 + (q.suffix.length ? after / q.suffix.length : 1) * 20;
}

/** An exact occurrence's score: its context shared with the stored one, then its closeness to the stored place. */
function exactScore(text: string, q: TextQuoteSelector, at: number, hint: number): number {
  return sharedContext(text, q, at, at + q.exact.length) + 2 * (1 - Math.min(1, Math.abs(at - hint) / Math.max(1, text.length)));
}

/** Where the quote is in `text` now, or null when it is no longer there. */
export function match(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Match | null {
  const { exact } = quote;
  if (!exact) return null;
  const hint = position?.start ?? 0;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end, how: 'position' };

  // Exact occurrences: their context is compared character by character from the quote outwards (a
  // repeated passage in a long article can occur hundreds of times: no fuzzy search per occurrence).
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const s = exactScore(text, quote, at, hint);
    if (!best || s > best.score) best = { start: at, score: s };
  }
  if (best) return { start: best.start, end: best.start + exact.length, how: 'exact' };

  const budget = Math.floor(exact.length * MAX_ERROR_RATE);
  if (budget < 1) return null;
  let fuzzy: { start: number; end: number; score: number } | null = null;
  for (const m of search(text, exact, budget)) {
    const s = score(text, quote, m.start, m.end, m.errors, hint);
    if (!fuzzy || s > fuzzy.score) fuzzy = { start: m.start, end: m.end, score: s };
  }
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, how: 'fuzzy' } : null;
}
