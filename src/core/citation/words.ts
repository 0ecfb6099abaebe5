/** Quotes, casing and escaping shared by the citation styles. */

/** Straight quotes to typographic ones: opening after a space or bracket, closing (or apostrophe) elsewhere. */
export function curly(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/**
 * Which single marks in a curly text are quotation marks: an opening ‘ pairs with a later ’ that is not
 * inside a word (don’t). A ’ after an "s" is a plural possessive (teachers’ union) when nothing is open,
 * or when a later ’ can close the quotation instead. Unpaired marks are apostrophes.
 */
function singleQuotePairs(t: string): Set<number> {
  const quotes = new Set<number>();
  const open: number[] = [];
  const letter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  const canClose = (i: number) => t[i] === '’' && !(letter(t[i - 1]) && letter(t[i + 1]));
  const laterClose = (i: number) => {
    for (let j = i + 1; j < t.length; j++) if (canClose(j)) return true;
    return false;
  };
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '‘') open.push(i);
    else if (canClose(i) && open.length) {
      if (/s/i.test(t[i - 1] ?? '') && laterClose(i)) continue;
      quotes.add(open.pop()!).add(i);
    }
  }
  return quotes;
}

/** Swaps the paired single quotation marks for double ones; apostrophes stay. */
const singleToDouble = (t: string) => {
  const pairs = singleQuotePairs(t);
  return t.replace(/[‘’]/g, (c, at: number) => (pairs.has(at) ? (c === '‘' ? '“' : '”') : c));
};

/** Flips the quotes inside a title for the quotes around it: inside “…” they become ‘…’, inside ‘…’ “…”. */
export function nestQuotes(text: string, outer: 'double' | 'single'): string {
  const t = curly(text);
  if (outer === 'double') return t.replace(/“/g, '‘').replace(/”/g, '’');
  return singleToDouble(t);
}

/** Every quotation mark as a double quote (APA's italic titles: “bullying”); apostrophes stay. */
export function doubleQuotes(text: string): string {
  return singleToDouble(curly(text));
}

const ARTICLES = ['a', 'an', 'the'];
const CONJUNCTIONS = ['and', 'but', 'for', 'nor', 'or', 'so', 'yet'];
const PREPOSITIONS = ['about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'until', 'up', 'upon', 'via', 'with', 'within', 'without'];
/** MLA 9 and CMOS (8.159) lowercase articles, prepositions of any length, coordinating conjunctions, "to" and "as". */
const MINOR = new Set([...ARTICLES, ...CONJUNCTIONS, ...PREPOSITIONS]);
/** Prefixes that cannot stand alone: CMOS 8.161 lowercases what follows them ("Anti-immigration"). */
const PREFIXES = new Set(['anti', 'co', 'counter', 'de', 'extra', 'infra', 'inter', 'intra', 'macro', 'micro', 'mid', 'mini', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'super', 'supra', 'trans', 'ultra', 'un']);
/** Abbreviations whose full stop ends no sentence; after the titles among them comes a name ("Dr. Smith"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'st', 'mt', 'pres']);
const ABBREVIATIONS = new Set([...TITLES, 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'vol', 'approx', 'dept', 'est', 'univ']);
/** Acronyms an all-capitals headline may carry that its article need not spell out in capitals. */
const KNOWN_ACRONYMS = new Set(['AI', 'BBC', 'CDC', 'CEO', 'CIA', 'COVID', 'DOJ', 'EPA', 'EU', 'FBI', 'FDA', 'GOP', 'IMF', 'LGBTQ', 'NASA', 'NATO', 'NHS', 'NYC', 'UK', 'UN', 'US', 'USA']);

const LEAD = /^[“”‘’"'([]*/u;
const hasInnerCapital = (w: string) => /\p{Lu}/u.test(w.slice(1)) || /\d/.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}/u.test(w.replace(LEAD, ''));
const startsUpper = (w: string) => /^\p{Lu}/u.test(w.replace(LEAD, ''));
const capitalise = (w: string) => {
  const lead = LEAD.exec(w)?.[0] ?? '';
  const rest = w.slice(lead.length);
  return lead + rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
};
const lower = (w: string) => (hasInnerCapital(w.replace(LEAD, '')) ? w : w.toLocaleLowerCase());
const bare = (w: string) => w.replace(LEAD, '').replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase();

/** "Floods." ends a sentence; "Dr.", "U.S." and "J." do not. */
function endsSentence(word: string): boolean {
  if (/[:?!—–][”’"')]*$/.test(word) || word === '-') return true;
  if (!/\.[”’"')]*$/.test(word)) return false;
  const core = word.replace(LEAD, '').replace(/[.”’"')]+$/, '');
  return !(ABBREVIATIONS.has(core.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(core));
}

/** Splits a title into words, remembering which start a sentence or subtitle (after : ? ! . — or at the start). */
function words(title: string): { word: string; start: boolean; end: boolean; afterTitle: boolean }[] {
  const out: { word: string; start: boolean; end: boolean; afterTitle: boolean }[] = [];
  let start = true;
  let afterTitle = false;
  for (const word of title.split(/\s+/)) {
    if (!word) continue;
    out.push({ word, start, end: false, afterTitle });
    start = endsSentence(word);
    afterTitle = TITLES.has(bare(word)) && word.endsWith('.');
  }
  if (out.length) out[out.length - 1]!.end = true;
  return out;
}

/** A headline in capitals only ("CITY COUNCIL APPROVES BUDGET"): no lower-case letter, some words. */
export const isShouting = (title: string) => !/\p{Ll}/u.test(title) && (title.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;

/**
 * What the article tells about capitals (citation.md §5.2): words it capitalises mid-sentence at least
 * as often as not, runs of capitalised words ("Fifth Avenue", "Portland Harbor") and the names given
 * (site, authors), and the words it writes in capitals (acronyms).
 */
export interface Evidence {
  words: Set<string>;
  names: string[][];
  acronyms: Set<string>;
}

export function evidence(body: string, names: string[] = [], singles: string[] = []): Evidence {
  const upper = new Map<string, number>();
  const lowerCount = new Map<string, number>();
  const runs: string[][] = [];
  const acronyms = new Set<string>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const sentence of body.split(/(?<=[.!?])\s+|\n+/)) {
    let run: string[] = [];
    const flush = () => {
      if (run.length && MINOR.has(run[run.length - 1]!.toLowerCase())) run.pop();
      if (run.length >= 2) runs.push(run);
      run = [];
    };
    sentence.split(/[\s\u2014\u2013/]+/).forEach((raw, i) => {
      const t = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (!t) return flush();
      for (const piece of t.split('-')) {
        if (!piece) continue;
        if (/^\p{Lu}{2,}\d*$/u.test(piece)) acronyms.add(piece);
        if (/^\p{Lu}/u.test(piece)) {
          if (i > 0) bump(upper, piece.toLowerCase());
        } else bump(lowerCount, piece.toLowerCase());
      }
      // A run of names may hold a minor word ("Bank of America"), not start with one at a sentence start.
      if (/^\p{Lu}/u.test(t) && !(i === 0 && MINOR.has(t.toLowerCase()))) run.push(t);
      else if (run.length && MINOR.has(t) && !/[^\p{L}]$/u.test(raw)) run.push(t);
      else flush();
      if (/[,;:.!?)”"]$/.test(raw)) flush();
    });
    flush();
  }
  const proper = [...upper].filter(([k, n]) => n >= (lowerCount.get(k) ?? 0)).map(([k]) => k);
  const given = names.map((n) => n.split(/\s+/).filter(Boolean)).filter((n) => n.length >= 2);
  return { words: new Set([...proper, ...singles.map((w) => w.toLowerCase())]), names: [...runs, ...given], acronyms };
}

/**
 * Indices of the title's words that are part of a known name: two or more words in a row, at least two
 * of them not minor, as some run of names has them (matched without regard to case).
 */
function inNames(ws: string[], names: string[][]): Set<number> {
  const keys = ws.map(bare);
  const hit = new Set<number>();
  for (const name of names) {
    const n = name.map((w) => w.toLowerCase());
    for (let i = 0; i < keys.length; i++) {
      for (let j = 0; j < n.length; j++) {
        let k = 0;
        while (i + k < keys.length && j + k < n.length && keys[i + k] === n[j + k]) k++;
        const matched = n.slice(j, j + k).filter((w) => !MINOR.has(w)).length;
        if (k >= 2 && matched >= 2) for (let m = 0; m < k; m++) if (!MINOR.has(n[j + m]!)) hit.add(i + m);
      }
    }
  }
  return hit;
}

/** An all-capitals headline in lower case, but for acronyms the article writes in capitals or that are well known. */
export function unshout(title: string, ev: Evidence): string {
  return title
    .split(/(\s+)/)
    .map((word) =>
      word
        .split('-')
        .map((part) => {
          // "NASA’S" is NASA's: the possessive does not hide the acronym.
          const [, core = '', possessive] = /^(.*?)([’']S)?$/u.exec(part.replace(LEAD, '').replace(/[^\p{L}\p{N}’']+$/u, '')) ?? [];
          const keep = ev.acronyms.has(core) || KNOWN_ACRONYMS.has(core) || /\d/.test(core) || /^(?:II|III|IV)$/.test(core) || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(core);
          return !keep ? part.toLocaleLowerCase() : possessive ? part.replace(/S(?=[^\p{L}]*$)/u, 's') : part;
        })
        .join('-'),
    )
    .join('');
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

/** A title its site already wrote in sentence case: most of its content words after the first are lower case. */
function inSentenceCase(ws: { word: string; start: boolean }[]): boolean {
  const content = ws.filter(({ word, start }) => !start && /\p{L}{2,}/u.test(word) && !MINOR.has(bare(word)) && !isAcronym(word) && !hasInnerCapital(word.replace(LEAD, '')));
  return content.filter(({ word }) => startsUpper(word)).length * 2 < content.length;
}

/**
 * Why each word of a title keeps a capital in sentence case, if it does: 'position' (first word, after
 * a colon or sentence end), 'name' (acronym, inner capital, proper noun by evidence, after "Dr."), or
 * null (lower case). BibTeX braces the 'name' words.
 */
export function capitalReasons(title: string, ev: Evidence): ('position' | 'name' | null)[] {
  const ws = words(title);
  const names = inNames(ws.map((w) => w.word), ev.names);
  const asWritten = inSentenceCase(ws);
  return ws.map(({ word, start, afterTitle }, i) => {
    const ps = word.split('-').map((p) => p.replace(LEAD, ''));
    const capital = (p: string) => /\p{Lu}/u.test(p);
    if (!ps.some(capital)) return null;
    if (ps.some((p) => capital(p) && (isAcronym(p) || capital(p.slice(1))))) return 'name';
    if (start) return 'position';
    if (names.has(i) || afterTitle || (asWritten && startsUpper(word))) return 'name';
    return ps.some((p) => startsUpper(p) && ev.words.has(bare(p))) ? 'name' : null;
  });
}

/**
 * APA sentence case (APA 7 §6.17): first word, first after a colon and after a full stop, question or
 * exclamation mark capitalised; acronyms and proper nouns kept, by evidence, and when unsure.
 */
export function sentenceCase(title: string, ev: Evidence): string {
  const shouting = isShouting(title);
  const t = shouting ? unshout(title, ev) : title;
  const ws = words(t);
  const names = inNames(ws.map((w) => w.word), ev.names);
  const asWritten = inSentenceCase(ws);
  return ws
    .map(({ word, start, afterTitle }, wi) =>
      word
        .split('-')
        .map((part, i) => {
          const p = part.replace(LEAD, '');
          if (hasInnerCapital(p) || /^\p{Lu}{2,}/u.test(p)) return part;
          if (i === 0 && start) return capitalise(part);
          // Evidence keeps a capital; it raises a word only in a converted all-capitals headline (a site
          // writing "City council" in lower case has decided).
          if ((names.has(wi) || ev.words.has(bare(part))) && (shouting || startsUpper(p))) return capitalise(part);
          if ((afterTitle || asWritten) && startsUpper(p)) return part;
          return lower(part);
        })
        .join('-'),
    )
    .join(' ');
}

/** True for the article's language when it is English or unstated (the casing rules are English ones). */
export const isEnglish = (lang: string) => !lang || /^en(?:-|$)/i.test(lang);

/** Articles, prepositions and conjunctions a short title may not end on, in the languages news sites use. */
const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    de: 'der die das den dem des ein eine einen einem einer eines und oder für mit von vom zu zum zur im in am an auf aus bei nach über um gegen',
    fr: 'le la les l un une des du de d au aux à en et ou sur pour par dans avec sans sous',
    es: 'el la los las un una unos unas lo de del al a en y o con por para sobre sin',
    it: 'il lo la i gli le l un uno una di del della dei degli delle a al alla in nel nella e o con per su da dal',
    pt: 'o a os as um uma de do da dos das em no na nos nas e ou com por para sobre',
    nl: 'de het een van in op en of met voor aan bij naar over',
    el: 'ο η το οι τα του της των τον την στο στη στον στην στα στους στις σε και ή με για από',
    ru: 'в во на к ко с со и или о об по из от до для за у',
  }).map(([lang, list]) => [lang, new Set(list.split(' '))]),
);

/**
 * A short title for Chicago's short notes (CMOS 14.30–33): the main title only (no subtitle), an English
 * title without its initial article, at most four words, never ending on a minor word nor inside
 * quotation marks (the cut falls before the quotation when three words or more come before it, else
 * takes it whole), a final ? or ! kept.
 */
export function shortTitle(title: string, lang = 'en'): string {
  const english = isEnglish(lang);
  const minor = english ? MINOR : (FUNCTION_WORDS[lang.toLowerCase().split('-')[0]!] ?? new Set<string>());
  const main = title.split(/:\s/)[0]!.trim();
  let ws = main.split(/\s+/).filter(Boolean);
  if (english && ws.length > 1 && ARTICLES.includes(bare(ws[0]!))) {
    const lead = LEAD.exec(ws[0]!)?.[0] ?? '';
    ws = [lead + ws[1]!, ...ws.slice(2)];
  }
  let cut = Math.min(ws.length, 4);
  const depth = quoteDepths(ws);
  if (cut < ws.length && depth[cut - 1]! > 0) {
    let opened = cut - 1;
    while (opened > 0 && depth[opened - 1]! > 0) opened -= 1;
    cut = opened >= 3 ? opened : depth.findIndex((d, i) => i >= cut && d === 0) + 1 || ws.length;
  }
  while (cut > 1 && cut < ws.length && minor.has(bare(ws[cut - 1]!))) cut -= 1;
  return ws.slice(0, cut).join(' ').replace(/[.,;:]$/, '');
}

/** How many quotations are open after each word (an apostrophe inside or after a word opens none). */
function quoteDepths(ws: string[]): number[] {
  let depth = 0;
  return ws.map((w) => {
    depth += (/^[(]*[“‘"']+/.exec(w)?.[0].replace(/[(]/g, '').length ?? 0);
    const closing = /[”’"']+[^\p{L}\p{N}]*$/u.exec(w)?.[0].replace(/[^”’"']/g, '').length ?? 0;
    depth = Math.max(0, depth - Math.min(closing, depth));
    return depth;
  });
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Ends a sentence unless it already ends in . ? or ! (inside a closing quote too). */
export function stop(text: string): string {
  return /[.?!][”’"']?$/.test(text) ? text : `${text}.`;
}
