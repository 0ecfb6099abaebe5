/**
 * Publication dates as pages write them: machine dates (ISO 8601 and its common variants, RFC 2822) and
 * the dates readers see ("4 Aug. 2017", "01. April 2025, 15:25", "06.01.2026", "2026.01.29 18:40",
 * "2025年1月13日"), in the languages news sites use. Output is ISO 8601, the publisher's zone kept.
 */
import { squash } from './text.js';

/** The earliest date a web page could have (the first web server went live in 1990). */
const WEB_EPOCH = Date.UTC(1990, 11, 20);

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Accepts dates that are plausible for a web page (not before the web, not in the future), as ISO 8601. */
export function plausibleDate(value: string | undefined, now = Date.now()): string | undefined {
  if (!value) return undefined;
  const iso = toIso(value.trim());
  if (!iso) return undefined;
  const t = Date.parse(iso.includes('T') ? iso : `${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  if (Number.isNaN(t) || t < WEB_EPOCH || t > now + 36 * 3600_000) return undefined;
  return iso;
}

/**
 * ISO 8601 from the machine forms pages put in metadata: "2024-03-04T10:00:00+01:00", "2024/03/04",
 * "2026-01-06 14:16:29 +01:00", "2024-05-03T15:47:42.389+0000", "Fri, 03 May 2024 15:47:42 GMT".
 */
function toIso(v: string): string | undefined {
  const m = /^(\d{4})[-/](\d{2})(?:[-/](\d{2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?)?$/i.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || (d && (Number(d) < 1 || Number(d) > 31))) return undefined;
    if (!d) return `${y}-${mo}`;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = !zone ? '' : /^(?:Z|UTC|GMT)$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${pad(h)}:${mi}${s ? `:${s}${frac ?? ''}` : ''}${z}`;
  }
  // RFC 2822 ("Fri, 03 May 2024 15:47:42 +0200"), the publisher's zone kept.
  const r = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})$/i.exec(v);
  const month = r ? monthOf(r[2]!) : 0;
  if (r && month) {
    const zone = /^[+-]/.test(r[7]!) ? `${r[7]!.slice(0, 3)}:${r[7]!.slice(3)}` : 'Z';
    return `${r[3]}-${pad(month)}-${pad(r[1]!)}T${r[4]}:${r[5]}${r[6] ? `:${r[6]}` : ''}${zone}`;
  }
  return undefined;
}

/**
 * Month-name stems by month, in the languages of the news corpora: English, German, French, Spanish,
 * Italian, Portuguese, Dutch, Scandinavian, Finnish, Polish and Czech (genitive forms), Turkish,
 * Russian and Ukrainian. A word is a month when it starts with one of its month's stems.
 */
const MONTH_STEMS: string[][] = [
  ['jan', 'ene', 'gen', 'sty', 'led', 'oca', 'янв', 'січ', 'tammi'],
  ['feb', 'fév', 'fev', 'lut', 'úno', 'uno', 'şub', 'sub', 'фев', 'лют', 'helmi'],
  ['mar', 'mär', 'mrz', 'maa', 'bře', 'bre', 'мар', 'бер', 'maalis'],
  ['apr', 'avr', 'abr', 'kwi', 'dub', 'nis', 'апр', 'кві', 'huhti'],
  ['may', 'mai', 'mag', 'maj', 'mei', 'kvě', 'kve', 'мая', 'май', 'тра', 'touko'],
  ['jun', 'juin', 'giu', 'cze', 'června', 'cerv', 'haz', 'июн', 'чер', 'kesä'],
  ['jul', 'juil', 'lug', 'lip', 'července', 'červen', 'temmuz', 'июл', 'лип', 'heinä'],
  ['aug', 'aoû', 'aou', 'ago', 'sie', 'srp', 'ağu', 'agu', 'авг', 'сер', 'elo'],
  ['sep', 'set', 'wrz', 'zář', 'zar', 'eyl', 'сен', 'вер', 'syys'],
  ['oct', 'okt', 'ott', 'out', 'paź', 'paz', 'říj', 'rij', 'eki', 'окт', 'жов', 'loka'],
  ['nov', 'lis', 'kas', 'ноя', 'лис', 'marras'],
  ['dec', 'déc', 'dic', 'dez', 'des', 'gru', 'pro', 'ara', 'дек', 'гру', 'joulu'],
];

/** The month (1-12) a word names, or 0. Longer stems are tried first ("července" before "červen"). */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  let best = 0;
  let bestLength = 0;
  MONTH_STEMS.forEach((stems, i) => {
    for (const stem of stems) if (w.startsWith(stem) && stem.length > bestLength) [best, bestLength] = [i + 1, stem.length];
  });
  return best;
}

const WORD = '([\\p{L}]{3,}\\.?)';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})';

/** Visible date shapes; each names which capture is day, month and year. */
const VISIBLE: { re: RegExp; d: number; m: number; y: number; named: boolean }[] = [
  // "4 Aug. 2017", "01. April 2025", "16 avril 2025", "3 de abril de 2025", "5. května 2025"
  { re: new RegExp(`(?:^|[^\\p{L}\\d])${DAY}\\.?\\s+(?:de\\s+)?${WORD}\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'u'), d: 1, m: 2, y: 3, named: true },
  // "August 4, 2017", "Saturday, December 21, 2019"
  { re: new RegExp(`(?:^|[^\\p{L}])${WORD}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'u'), d: 2, m: 1, y: 3, named: true },
  // "2026.01.29", "2025-01-13", "2025年1月13日", "2026년 1월 29일"
  { re: /(?:^|\D)((?:19|20)\d{2})\s*[.\-/年년]\s*(\d{1,2})\s*[.\-/月월]\s*(\d{1,2})(?!\d)/u, d: 3, m: 2, y: 1, named: false },
  // "06.01.2026" (day first: dots are the European and Slavic form)
  { re: /(?:^|\D)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/, d: 1, m: 2, y: 3, named: false },
];

const HAS_YEAR = /(?:19|20)\d{2}/;

/** A time of day right after the date ("…, 15:25", "um 18:40", "г., 14:30", "日 18:40"): up to two short words may stand between. */
const TIME_AFTER = /^[\s,|·–-]*(?:\p{L}{1,4}\.?[\s,]+){0,2}(\d{1,2})[:.hH](\d{2})(?!\d)/u;

/**
 * The date in a short visible text ("Published 4 Aug. 2017", "erstellt: 01. April 2025, 15:25"), as
 * YYYY-MM-DD (with the time, no zone, when one follows the date); undefined when there is none.
 */
export function parseVisibleDate(text: string): string | undefined {
  const t = squash(text);
  // Every shape has a year: most texts have none, and the shapes' Unicode classes are slow to try.
  if (!HAS_YEAR.test(t)) return undefined;
  for (const shape of VISIBLE) {
    const m = shape.re.exec(t);
    if (!m) continue;
    const month = shape.named ? monthOf(m[shape.m]!) : Number(m[shape.m]);
    const day = Number(m[shape.d]);
    if (!month || month > 12 || day < 1 || day > 31) continue;
    const date = `${m[shape.y]}-${pad(month)}-${pad(day)}`;
    const time = TIME_AFTER.exec(t.slice(m.index + m[0].length));
    return time && Number(time[1]) < 24 ? `${date}T${pad(time[1]!)}:${time[2]}` : date;
  }
  return undefined;
}

/** A date in the page's address, as CMSs write it: /2025/04/01/, /2025-04-01-slug, /20250401/. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  return m ? plausibleDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** A line that is only a date (and its time, and a word or two such as "Published" or "Updated"). */
export function isDateLine(text: string): boolean {
  if (!parseVisibleDate(text)) return false;
  const rest = squash(text).replace(/[\p{N}]+|[^\p{L}\s]/gu, ' ').split(/\s+/).filter((w) => w && !monthOf(w));
  return rest.length <= 3;
}
