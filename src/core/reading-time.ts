/**
 * Reading time from word count and language. Rates are the IReST standard silent-reading speeds
 * (Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance", IOVS 2012), words per
 * minute; for Chinese and Japanese, whose words countWords() counts per character, characters per minute.
 */
const RATES: Record<string, number> = {
  en: 228, ar: 138, de: 179, es: 218, fi: 161, fr: 195, he: 187, it: 188, nl: 202, pl: 166, pt: 181, ru: 184, sl: 180, sv: 199, tr: 166,
  zh: 255, ja: 357,
};
/** For languages IReST did not measure: its English rate. */
export const DEFAULT_RATE = 228;

export function readingRate(lang: string): number {
  return RATES[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? DEFAULT_RATE;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, lang: string): number {
  return Math.max(1, Math.round(words / readingRate(lang)));
}
