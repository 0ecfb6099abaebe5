import { MONTHS } from '../dates.js';
import { dateOf, type CitationItem, type DateParts, type Name } from './item.js';
import type { StyleId } from './ids.js';
import { render, verbatim, type Formatted, type Segment } from './rich.js';
import { capitalReasons, doubleQuotes, evidence, headlineCase, isEnglish, isShouting, nestQuotes, sentenceCase, shortTitle, stop, unshout, type Evidence } from './words.js';

/** MLA 9 abbreviates months of more than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const parts = (iso: string | null) => dateOf(iso);
/** "August 4, 2017", "March 2026", "2026": every part the page gives. */
const monthDayYear = (p: DateParts) => (p.month ? `${MONTHS[p.month - 1]} ${p.day ? `${p.day}, ` : ''}${p.year}` : String(p.year));
/** "4 Aug. 2017", "Mar. 2026", "2026". */
const dayMonthYear = (p: DateParts, months = MONTHS) => (p.month ? `${p.day ? `${p.day} ` : ''}${months[p.month - 1]} ${p.year}` : String(p.year));
/** "August 4", "March", "" (Chicago 18 author-date and Harvard give the year once, in its own slot). */
const monthDay = (p: DateParts, dayFirst = false) => (!p.month ? '' : !p.day ? MONTHS[p.month - 1]! : dayFirst ? `${p.day} ${MONTHS[p.month - 1]}` : `${MONTHS[p.month - 1]} ${p.day}`);
/** The access date, always a full day. */
const accessed = (item: CitationItem) => parts(item.accessed) ?? { year: 0 };

const isLiteral = (n: Name): n is { literal: string } => 'literal' in n;
const suffixed = (s: string, n: Name, sep: string) => (!isLiteral(n) && n.suffix ? `${s}${sep}${n.suffix}` : s);
/** "Martin Luther King Jr." (CMOS: no comma before Jr. in a name in natural order). */
const natural = (n: Name) => (isLiteral(n) ? n.literal : suffixed([n.given, n.family].filter(Boolean).join(' '), n, ' '));
/** "King, Martin Luther, Jr." (MLA, Chicago). */
const inverted = (n: Name) => (isLiteral(n) ? n.literal : suffixed(n.given ? `${n.family}, ${n.given}` : n.family, n, ', '));
const initials = (given: string, sep: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((g) => g.split('-').map((p) => `${p.charAt(0).toLocaleUpperCase()}.`).join('-'))
    .join(sep);
/** "King, M. L., Jr." (APA); Cite Them Right writes the initials without spaces, "King, M.L., Jr.". */
const initialled = (n: Name, sep = ' ') => (isLiteral(n) ? n.literal : suffixed(n.given ? `${n.family}, ${initials(n.given, sep)}` : n.family, n, ', '));
const family = (n: Name) => (isLiteral(n) ? n.literal : n.family);

/** "A", "A and B", "A, B and C" (British, no serial comma) or "A, B, and C" (serial). */
function list(names: string[], and: string, serial: boolean): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} ${and} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}${serial ? ',' : ''} ${and} ${names[names.length - 1]}`;
}

/** An organisation that is also the site (e.g. "Common Dreams staff" on Common Dreams) is not repeated. */
const authorIsSite = (item: CitationItem) => !!item.site && item.names.length === 1 && isLiteral(item.names[0]!) && item.names[0].literal.toLowerCase().startsWith(item.site.toLowerCase());
/** No author to name: none given, or the site itself. */
const anonymous = (item: CitationItem) => item.names.length === 0 || authorIsSite(item);

const endsInMark = (t: string) => /[?!][”’"']?$/.test(t);
/** American punctuation goes inside closing quotes: “… ‘Sanctuaries for Crime.’” */
const inside = (title: string, mark: string) => title.replace(/([’”]*)$/, `${mark}$1`);

/** Proper-noun evidence: the body, the site's name and the authors' names. */
function evidenceOf(item: CitationItem): Evidence {
  const people = item.names.filter((n): n is Exclude<Name, { literal: string }> => !isLiteral(n));
  const singles = [...people.flatMap((n) => [...n.given.split(/\s+/), ...n.family.split(/\s+/)]), ...(/\s/.test(item.site.trim()) ? [] : [item.site])].filter(Boolean);
  return evidence(item.body, [item.site, ...item.names.map(natural)], singles);
}

/**
 * The title in a style's case: MLA and Chicago headline case, Harvard as published; an all-capitals
 * headline converted first (CMOS 8.159) with its acronyms kept; a title in another language as it is
 * (MLA 9 and CMOS keep its own capitalisation).
 */
function casedTitle(item: CitationItem, style: 'mla' | 'chicago' | 'harvard'): string {
  const nested = nestQuotes(item.title, style === 'harvard' ? 'single' : 'double');
  if (!isEnglish(item.lang)) return nested;
  const shouting = isShouting(nested);
  const t = shouting ? unshout(nested, evidenceOf(item)) : nested;
  if (style === 'harvard') return shouting ? headlineCase(t, 'mla') : t;
  return headlineCase(t, style);
}

// ---------------------------------------------------------------------------------------------------
// APA 7: Author, A. A. (Year, Month Day). *Title in sentence case*. Site Name. URL
export function apa(item: CitationItem): Formatted {
  const quoted = doubleQuotes(item.title);
  const title = isEnglish(item.lang) ? sentenceCase(quoted, evidenceOf(item)) : quoted;
  const p = parts(item.published);
  const date = !p ? '(n.d.).' : p.month ? `(${p.year}, ${monthDay(p)}).` : `(${p.year}).`;
  const names = item.names.map((n) => initialled(n));
  const authors = names.length <= 1 ? names[0] : names.length <= 20 ? `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}` : `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  // The full stop goes inside a closing quotation mark: *… “a town for all.”*
  const closesQuote = !endsInMark(title) && /”$/.test(title);
  const titleSeg: Segment = { italic: closesQuote ? inside(title, '.') : title };
  const after = endsInMark(title) || closesQuote ? ' ' : '. ';
  const segs: Segment[] = authors ? [`${stop(authors)} ${date} `, titleSeg, after] : [titleSeg, after, `${date} `];
  if (!authorIsSite(item)) segs.push(`${stop(item.site)} `);
  segs.push(p ? item.url : `Retrieved ${monthDayYear(accessed(item))}, from ${item.url}`);
  return render(segs);
}

// MLA 9: Author. “Title.” *Site*, Day Mon. Year, URL without scheme.
export function mla(item: CitationItem): Formatted {
  const title = casedTitle(item, 'mla');
  const n = item.names;
  const authors = authorIsSite(item) ? '' : n.length === 0 ? '' : n.length === 1 ? inverted(n[0]!) : n.length === 2 ? `${inverted(n[0]!)}, and ${natural(n[1]!)}` : `${inverted(n[0]!)}, et al`;
  const url = item.url.replace(/^https?:\/\//, '');
  const p = parts(item.published);
  const segs: Segment[] = [];
  if (authors) segs.push(`${stop(authors)} `);
  segs.push(`“${endsInMark(title) ? title : inside(title, '.')}” `, { italic: item.site });
  segs.push(p ? `, ${dayMonthYear(p, MLA_MONTHS)}, ${url}.` : `, ${url}. Accessed ${dayMonthYear(accessed(item), MLA_MONTHS)}.`);
  return render(segs);
}

// ---------------------------------------------------------------------------------------------------
// Chicago, notes-bibliography and author-date, 18th edition (the default) and 17th.

/** What changed from the 17th to the 18th edition for an article on a news website. */
export interface ChicagoEdition {
  /** Notes name the first author and "et al." from this many authors (CMOS 17: four; 18: three). */
  noteEtAl: number;
  /** The bibliography lists up to `bibMax` authors, else the first `bibFirst` and "et al." (17: 10/7; 18: 6/3). */
  bibMax: number;
  bibFirst: number;
  /** Author-date references give the year once, then the month and day (18) or repeat the date in full (17). */
  repeatYear: boolean;
  /** Notes and bibliography mark an undated article "n.d." before the access date (18; 17: the access date alone). */
  undatedNd: boolean;
  /** A short note for an unsigned article leads with the publication (18: CMOS 14.87, 14.97; 17: the title alone). */
  shortUnsignedSite: boolean;
}
export const CHICAGO_18: ChicagoEdition = { noteEtAl: 3, bibMax: 6, bibFirst: 3, repeatYear: false, undatedNd: true, shortUnsignedSite: true };
export const CHICAGO_17: ChicagoEdition = { noteEtAl: 4, bibMax: 10, bibFirst: 7, repeatYear: true, undatedNd: false, shortUnsignedSite: false };

/** Chicago's names in a note: "A", "A and B", "A, B, and C", from `noteEtAl` on "A et al.". */
const chicagoNoteNames = (n: Name[], ed: ChicagoEdition) => (n.length >= ed.noteEtAl ? `${natural(n[0]!)} et al.` : list(n.map(natural), 'and', true));
/** Bibliography: first inverted, the rest natural; over the limit, the first few and "et al." without "and" (CMOS 14.76). */
function chicagoBibNames(n: Name[], ed: ChicagoEdition): string {
  const names = (n.length > ed.bibMax ? n.slice(0, ed.bibFirst) : n).map((x, i) => (i === 0 ? inverted(x) : natural(x)));
  if (n.length > ed.bibMax) return `${names.join(', ')}, et al.`;
  return names.length === 2 ? `${names[0]}, and ${names[1]}` : list(names, 'and', true);
}

/** The quoted title with Chicago's punctuation: “Title,” or “Title?” (no comma after ? or !). */
const chicagoTitle = (item: CitationItem, after: ',' | '.') => {
  const title = casedTitle(item, 'chicago');
  return endsInMark(title) ? `“${title}”` : `“${inside(title, after)}”`;
};

// Full note: Julia Conley, “Title,” *Site*, Month D, YYYY, URL.
export function chicagoNote(item: CitationItem, ed = CHICAGO_18): Formatted {
  const names = authorIsSite(item) ? '' : chicagoNoteNames(item.names, ed);
  const p = parts(item.published);
  const date = p ? monthDayYear(p) : `${ed.undatedNd ? 'n.d., ' : ''}accessed ${monthDayYear(accessed(item))}`;
  return render([names ? `${names}, ` : '', `${chicagoTitle(item, ',')} `, { italic: item.site }, `, ${date}, ${item.url}.`]);
}

// Short note: Conley, “DOJ ‘Bullying’ Cities.”
export function chicagoShort(item: CitationItem, ed = CHICAGO_18): Formatted {
  const n = item.names;
  const who = anonymous(item) ? '' : n.length >= ed.noteEtAl ? `${family(n[0]!)} et al.` : list(n.map(family), 'and', true);
  const title = shortTitle(casedTitle(item, 'chicago'), item.lang);
  const quoted = endsInMark(title) ? `“${title}”` : `“${inside(title, '.')}”`;
  if (!who && ed.shortUnsignedSite) return render([{ italic: item.site }, `, ${quoted}`]);
  return render([who ? `${who}, ` : '', quoted]);
}

// Bibliography: Conley, Julia. “Title.” *Site*, Month D, YYYY. URL.
// Without an author (or with the site as author) the publication comes first (CMOS 14.207; 18th: 14.87).
export function chicagoBib(item: CitationItem, ed = CHICAGO_18): Formatted {
  const p = parts(item.published);
  const date = p ? monthDayYear(p) : `${ed.undatedNd ? 'n.d. ' : ''}Accessed ${monthDayYear(accessed(item))}`;
  if (anonymous(item)) return render([{ italic: item.site }, `. ${chicagoTitle(item, '.')} ${date}. ${item.url}.`]);
  // "*Site*, August 4, 2017." or "*Site*, n.d. Accessed …" (18) / "*Site*. Accessed …" (17).
  const sep = p || ed.undatedNd ? ', ' : '. ';
  return render([`${stop(chicagoBibNames(item.names, ed))} `, `${chicagoTitle(item, '.')} `, { italic: item.site }, `${sep}${date}. ${item.url}.`]);
}

// Author-date: Conley, Julia. 2017. “Title.” *Site*, August 4 (18th; 17th: August 4, 2017). URL.
// Without an author the publication comes first (CMOS 15.49); without a date, "n.d." and ". Accessed …".
export function chicagoAuthorDate(item: CitationItem, ed = CHICAGO_18): Formatted {
  const p = parts(item.published);
  const year = p ? String(p.year) : 'n.d.';
  const when = !p ? `Accessed ${monthDayYear(accessed(item))}` : ed.repeatYear ? monthDayYear(p) : monthDay(p);
  const title = chicagoTitle(item, '.');
  if (anonymous(item)) return render([{ italic: item.site }, `. ${stop(year)} ${title} ${when ? `${when}. ` : ''}${item.url}.`]);
  const tail = !when ? '. ' : p ? `, ${when}. ` : `. ${when}. `;
  return render([`${stop(chicagoBibNames(item.names, ed))} ${stop(year)} ${title} `, { italic: item.site }, `${tail}${item.url}.`]);
}

export const chicago17Note = (item: CitationItem) => chicagoNote(item, CHICAGO_17);
export const chicago17Short = (item: CitationItem) => chicagoShort(item, CHICAGO_17);
export const chicago17Bib = (item: CitationItem) => chicagoBib(item, CHICAGO_17);
export const chicago17AuthorDate = (item: CitationItem) => chicagoAuthorDate(item, CHICAGO_17);

// ---------------------------------------------------------------------------------------------------
// Harvard (Cite Them Right): Conley, J. (2017) ‘Title’, *Site*, 4 August. Available at: URL (Accessed: 10 March 2025).
export function harvard(item: CitationItem): Formatted {
  const title = casedTitle(item, 'harvard');
  const n = item.names.map((x) => initialled(x, ''));
  const authors: Segment[] = authorIsSite(item) || !n.length ? [] : n.length >= 4 ? [`${n[0]} `, { italic: 'et al.' }] : [list(n, 'and', false)];
  const p = parts(item.published);
  const year = p ? `(${p.year})` : '(no date)';
  const dayMonth = p && p.month ? `, ${monthDay(p, true)}` : '';
  const tail = `${dayMonth}. Available at: ${item.url} (Accessed: ${dayMonthYear(accessed(item))}).`;
  // An unsigned article goes under the publication's name: *Site* (Year) ‘Title’, Day Month.
  if (!authors.length) return render([{ italic: item.site }, ` ${year} ‘${title}’${!dayMonth && endsInMark(title) ? tail.slice(1) : tail}`]);
  return render([...authors, ` ${year} ‘${title}’, `, { italic: item.site }, tail]);
}

// ---------------------------------------------------------------------------------------------------
// Machine formats.

/** "conley2017doj": first author's family name, year, first significant word of the title. */
export function citationKey(item: CitationItem): string {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').replace(/[^a-z0-9]/gi, '').toLowerCase();
  const who = ascii(item.names[0] ? family(item.names[0]).split(/\s+/).pop() ?? '' : item.site.split(/\s+/)[0] ?? '') || 'anon';
  const year = parts(item.published)?.year ?? 'nd';
  const word = item.title.split(/\s+/).map(ascii).find((w) => w.length > 2 && !/^(?:the|and|for|with|from|into)$/.test(w)) ?? '';
  return `${who}${year}${word}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "2017-08-04", "2026-03", "2026". */
const isoParts = (p: DateParts) => [String(p.year), ...(p.month ? [pad(p.month)] : []), ...(p.day ? [pad(p.day)] : [])].join('-');

const TEX_SPECIAL = /[\\{}%&$#_^~<>]/g;
const TEX_ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}', '<': '\\textless{}', '>': '\\textgreater{}' };
/** TeX-escaped, on one line: a field value may not carry line breaks into the entry. */
const texEscape = (s: string) => s.replace(/\s+/g, ' ').replace(TEX_SPECIAL, (c) => TEX_ESCAPES[c] ?? c);
const texQuotes = (s: string) => s.replace(/“/g, '``').replace(/”/g, "''").replace(/‘/g, '`').replace(/’/g, "'");

/**
 * The title as published (biblatex styles re-case it themselves), in TeX quotes, with braces round the
 * words that must keep their capitals when a style sentence-cases it: acronyms and proper nouns, as
 * APA's sentence case finds them. Only an all-capitals headline is converted (to headline case).
 */
function texTitle(item: CitationItem): string {
  const ev = evidenceOf(item);
  const english = isEnglish(item.lang);
  const nested = nestQuotes(item.title.replace(/\s+/g, ' ').trim(), 'double');
  const title = english && isShouting(nested) ? headlineCase(unshout(nested, ev), 'mla') : nested;
  const reasons = english ? capitalReasons(title, ev) : title.split(' ').map((w) => (/\p{Lu}{2,}/u.test(w) ? 'name' : null));
  return title
    .split(' ')
    .map((w, i) => {
      const m = /^([“‘"'([]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w)!;
      const [lead, core, tail] = [m[1]!, m[2]!, m[3]!];
      const braced = reasons[i] === 'name' && core ? `{${texEscape(core)}}` : texEscape(core);
      return texQuotes(texEscape(lead)) + braced + texQuotes(texEscape(tail));
    })
    .join(' ');
}

/** biblatex's language names (babel/polyglossia) for the article's language, BCP 47 in. */
const LANGIDS: Record<string, string> = { de: 'ngerman', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', sv: 'swedish', da: 'danish', nb: 'norsk', no: 'norsk', nn: 'nynorsk', fi: 'finnish', pl: 'polish', cs: 'czech', sk: 'slovak', hu: 'magyar', ro: 'romanian', ru: 'russian', uk: 'ukrainian', el: 'greek', tr: 'turkish', ca: 'catalan', hr: 'croatian', sl: 'slovenian', et: 'estonian', lv: 'latvian', lt: 'lithuanian', ja: 'japanese', zh: 'chinese', ko: 'korean', ar: 'arabic', he: 'hebrew', hi: 'hindi' };
const langid = (lang: string) => (isEnglish(lang) ? undefined : LANGIDS[lang.toLowerCase().split('-')[0]!]);

const licenceNote = (item: CitationItem, sep: string) => (item.licence && item.licence.url ? `Licensed under ${item.licence.shortName}${sep}${item.licence.url}` : '');

/** biblatex names: "Conley, Julia"; a suffix as "{King}, Jr., Martin Luther"; organisations in braces. */
const texName = (n: Name) => (isLiteral(n) ? `{${texEscape(n.literal)}}` : n.suffix ? `{${texEscape(n.family)}}, ${texEscape(n.suffix)}, ${texEscape(n.given)}` : texEscape(inverted(n)));

// biblatex @online
export function bibtex(item: CitationItem): Formatted {
  const fields: [string, string][] = [];
  if (item.names.length) fields.push(['author', item.names.map(texName).join(' and ')]);
  fields.push(['title', texTitle(item)], ['organization', texEscape(item.site)]);
  const p = parts(item.published);
  if (p) fields.push(['date', isoParts(p)]);
  fields.push(['url', item.url.replace(/[{}\\]/g, '')], ['urldate', item.accessed]);
  const lang = langid(item.lang);
  if (lang) fields.push(['langid', lang]);
  const note = licenceNote(item, ', ');
  if (note) fields.push(['note', texEscape(note)]);
  const body = fields.map(([k, v]) => `  ${k.padEnd(12)} = {${v}},`).join('\n');
  return verbatim(`@online{${citationKey(item)},\n${body}\n}\n`);
}

/** RIS: one tag per line, no wrapping (RIS has no continuation lines), CRLF for old importers. */
export function ris(item: CitationItem): Formatted {
  const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  const lines: string[] = ['TY  - NEWS'];
  for (const n of item.names) lines.push(`AU  - ${oneLine(inverted(n))}`);
  lines.push(`TI  - ${oneLine(item.title)}`, `T2  - ${oneLine(item.site)}`);
  const p = parts(item.published);
  if (p) lines.push(`PY  - ${p.year}`, `DA  - ${p.year}/${p.month ? pad(p.month) : ''}/${p.day ? pad(p.day) : ''}/`);
  lines.push(`UR  - ${oneLine(item.url)}`, `Y2  - ${item.accessed.replace(/-/g, '/')}/`);
  if (item.lang) lines.push(`LA  - ${oneLine(item.lang)}`);
  const note = licenceNote(item, ' (');
  if (note) lines.push(`N1  - ${oneLine(note)})`);
  lines.push('ER  - ');
  return verbatim(`${lines.join('\r\n')}\r\n`);
}

/**
 * CSL-JSON. The type is `webpage`: with `article-newspaper`, CSL's APA italicises the site instead of
 * the title (citation.md §6.4). `publisher` only where it is not the site (else APA prints the site
 * twice); the licence under `custom` (the schema allows no other extra field).
 */
export function cslJson(item: CitationItem): Formatted {
  const p = parts(item.published);
  const a = accessed(item);
  const short = shortTitle(item.title.trim(), item.lang);
  const publisher = item.publisher && item.publisher.trim().toLowerCase() !== item.site.trim().toLowerCase() ? item.publisher : undefined;
  const entry: Record<string, unknown> = {
    id: citationKey(item),
    type: 'webpage',
    title: item.title,
    ...(short && short !== item.title.trim() ? { 'title-short': short } : {}),
    author: item.names.map((n) => (isLiteral(n) ? { literal: n.literal } : { family: n.family, given: n.given, ...(n.suffix ? { suffix: n.suffix } : {}) })),
    'container-title': item.site,
    ...(publisher ? { publisher } : {}),
    ...(p ? { issued: { 'date-parts': [[p.year, ...(p.month ? [p.month] : []), ...(p.month && p.day ? [p.day] : [])]] } } : {}),
    accessed: { 'date-parts': [[a.year, ...(a.month ? [a.month] : []), ...(a.month && a.day ? [a.day] : [])]] },
    URL: item.url,
    ...(item.lang ? { language: item.lang } : {}),
    ...(item.licence ? { custom: { license: item.licence.url || null, 'license-id': item.licence.shortName } } : {}),
  };
  return verbatim(`${JSON.stringify([entry], null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------------
// In-text citations: what follows a quoted passage in a reader's notes.

const yearOf = (item: CitationItem) => (parts(item.published) ? String(parts(item.published)!.year) : 'n.d.');
/** "Conley", "Conley & Smith" / "Conley and Smith", from `etAl` names on "Conley et al.". */
const familyList = (n: Name[], and: string, etAl: number) => (n.length >= etAl ? `${family(n[0]!)} et al.` : list(n.map(family), and, false));

/**
 * The in-text (parenthetical) form of a style: APA "(Conley, 2017)" (APA 7 §8.17), MLA "(Conley)" (MLA 9
 * §6.4), Chicago author-date "(Conley 2017)" (CMOS 18 13.107), Harvard "(Conley, 2017)", a Chicago note
 * style its short note; for the CC attribution the short attribution: author, site and licence. Machine
 * formats (BibTeX, RIS, CSL-JSON) have none of their own and give APA's.
 */
export function inTextCitation(item: CitationItem, style: StyleId): Formatted {
  const n = item.names;
  const year = yearOf(item);
  const short = shortTitle(item.title.trim(), item.lang);
  switch (style) {
    case 'mla':
      return anonymous(item) ? render([`(“${short}”)`]) : render([`(${familyList(n, 'and', 3)})`]);
    case 'chicago-ad':
    case 'chicago17-ad':
      return anonymous(item) ? render(['(', { italic: item.site }, ` ${year})`]) : render([`(${familyList(n, 'and', style === 'chicago-ad' ? 3 : 4)} ${year})`]);
    case 'chicago-note':
    case 'chicago-short':
    case 'chicago-bib':
      return wrap(chicagoShort(item));
    case 'chicago17-note':
    case 'chicago17-short':
    case 'chicago17-bib':
      return wrap(chicagoShort(item, CHICAGO_17));
    case 'harvard':
      return anonymous(item) ? render(['(', { italic: item.site }, `, ${year})`]) : render([`(${familyList(n, 'and', 4)}, ${year})`]);
    case 'tasl': {
      const names = n.map(natural);
      const by = names.length ? `${list(names, 'and', false)}, ` : '';
      const licence = item.licence?.shortName;
      return render([`(${by}`, { italic: item.site }, licence ? `, ${licence})` : ')']);
    }
    default:
      return anonymous(item) ? render(['(', { italic: short }, `, ${year})`]) : render([`(${familyList(n, '&', 3)}, ${year})`]);
  }
}

/** A short note in parentheses, as it follows a quotation in running notes. */
const wrap = (f: Formatted): Formatted => ({ text: `(${f.text})`, markdown: `(${f.markdown})`, html: `(${f.html})` });
