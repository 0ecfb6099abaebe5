import { MONTHS, dateParts } from '../dates.js';
import type { CitationItem, Name } from './item.js';
import { render, verbatim, type Formatted, type Segment } from './rich.js';
import { doubleQuotes, headlineCase, nestQuotes, properNouns, sentenceCase, stop } from './words.js';

/** MLA 9 abbreviates months of more than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const parts = (iso: string | null) => (iso ? dateParts(iso) : null);
const monthDayYear = (iso: string) => {
  const p = parts(iso)!;
  return `${MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
};
const dayMonthYear = (iso: string, months = MONTHS) => {
  const p = parts(iso)!;
  return `${p.day} ${months[p.month - 1]} ${p.year}`;
};

const isLiteral = (n: Name): n is { literal: string } => 'literal' in n;
const natural = (n: Name) => (isLiteral(n) ? n.literal : `${n.given} ${n.family}`);
const inverted = (n: Name) => (isLiteral(n) ? n.literal : `${n.family}, ${n.given}`);
const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((g) => g.split('-').map((p) => `${p.charAt(0).toLocaleUpperCase()}.`).join('-'))
    .join(' ');
const apaName = (n: Name) => (isLiteral(n) ? n.literal : `${n.family}, ${initials(n.given)}`);
const family = (n: Name) => (isLiteral(n) ? n.literal : n.family);

/** "A", "A and B", "A, B and C" (British, no serial comma) or "A, B, and C" (serial). */
function list(names: string[], and: string, serial: boolean): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} ${and} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}${serial ? ',' : ''} ${and} ${names[names.length - 1]}`;
}

/** An organisation that is also the site (e.g. "Common Dreams staff" on Common Dreams) is not repeated. */
const authorIsSite = (item: CitationItem) => item.names.length === 1 && isLiteral(item.names[0]!) && item.names[0].literal.toLowerCase().startsWith(item.site.toLowerCase());

const endsInMark = (t: string) => /[?!][”’"']?$/.test(t);
/** American punctuation goes inside closing quotes: “… ‘Sanctuaries for Crime.’” */
const inside = (title: string, mark: string) => title.replace(/([’”]*)$/, `${mark}$1`);

// ---------------------------------------------------------------------------------------------------
// APA 7: Author, A. A. (Year, Month Day). *Title in sentence case*. Site Name. URL
export function apa(item: CitationItem): Formatted {
  const title = sentenceCase(doubleQuotes(item.title), properNouns(item.body));
  const p = parts(item.published);
  const date = p ? `(${p.year}, ${MONTHS[p.month - 1]} ${p.day}).` : '(n.d.).';
  const names = item.names.map(apaName);
  const authors = names.length <= 1 ? names[0] : names.length <= 20 ? `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}` : `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  const titleSeg: Segment = { italic: title };
  const segs: Segment[] = authors ? [`${stop(authors)} ${date} `, titleSeg, endsInMark(title) ? ' ' : '. '] : [titleSeg, endsInMark(title) ? ' ' : '. ', `${date} `];
  if (!authorIsSite(item)) segs.push(`${stop(item.site)} `);
  segs.push(p ? item.url : `Retrieved ${monthDayYear(item.accessed)}, from ${item.url}`);
  return render(segs);
}

// MLA 9: Author. “Title.” *Site*, Day Mon. Year, URL without scheme.
export function mla(item: CitationItem): Formatted {
  const title = headlineCase(nestQuotes(item.title, 'double'), 'mla');
  const n = item.names;
  const authors = authorIsSite(item) ? '' : n.length === 0 ? '' : n.length === 1 ? inverted(n[0]!) : n.length === 2 ? `${inverted(n[0]!)}, and ${natural(n[1]!)}` : `${inverted(n[0]!)}, et al`;
  const url = item.url.replace(/^https?:\/\//, '');
  const segs: Segment[] = [];
  if (authors) segs.push(`${stop(authors)} `);
  segs.push(`“${endsInMark(title) ? title : inside(title, '.')}” `, { italic: item.site });
  segs.push(item.published ? `, ${dayMonthYear(item.published, MLA_MONTHS)}, ${url}.` : `, ${url}. Accessed ${dayMonthYear(item.accessed, MLA_MONTHS)}.`);
  return render(segs);
}

/** Chicago's names in a note: "A", "A and B", "A, B, and C", four or more "A et al.". */
const chicagoNoteNames = (n: Name[]) => (n.length >= 4 ? `${natural(n[0]!)} et al.` : list(n.map(natural), 'and', true));
/** Bibliography: first inverted, the rest natural; more than ten: seven and "et al." (CMOS 14.76). */
function chicagoBibNames(n: Name[]): string {
  const shown = n.length > 10 ? n.slice(0, 7) : n;
  const names = shown.map((x, i) => (i === 0 ? inverted(x) : natural(x)));
  const joined = names.length === 2 ? `${names[0]}, and ${names[1]}` : list(names, 'and', true);
  return n.length > 10 ? `${joined}, et al.` : joined;
}

/** The quoted title with Chicago's punctuation: “Title,” or “Title?” (no comma after ? or !). */
const chicagoTitle = (item: CitationItem, after: ',' | '.') => {
  const title = headlineCase(nestQuotes(item.title, 'double'), 'chicago');
  return endsInMark(title) ? `“${title}”` : `“${inside(title, after)}”`;
};

// Chicago 17 notes-bibliography, full note: Julia Conley, “Title,” *Site*, Month D, YYYY, URL.
export function chicagoNote(item: CitationItem): Formatted {
  const names = authorIsSite(item) ? '' : chicagoNoteNames(item.names);
  const date = item.published ? monthDayYear(item.published) : `n.d., accessed ${monthDayYear(item.accessed)}`;
  return render([names ? `${names}, ` : '', `${chicagoTitle(item, ',')} `, { italic: item.site }, `, ${date}, ${item.url}.`]);
}

/** Up to four words of the title, never ending on a minor word: “DOJ ‘Bullying’ Cities.” */
function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  if (words.length <= 4) return title.replace(/[.,;:]$/, '');
  let cut = words.slice(0, 4);
  while (cut.length > 1 && /^(?:a|an|the|and|but|or|nor|for|so|yet|of|in|into|on|at|to|by|with|from|as|over|under|about)$/i.test(cut[cut.length - 1] ?? '')) cut = cut.slice(0, -1);
  return cut.join(' ').replace(/[.,;:]$/, '');
}

// Chicago 17 short note: Conley, “DOJ ‘Bullying’ Cities.”
export function chicagoShort(item: CitationItem): Formatted {
  const n = item.names;
  const who = authorIsSite(item) || n.length === 0 ? '' : n.length >= 4 ? `${family(n[0]!)} et al.` : list(n.map(family), 'and', false);
  const title = shortTitle(headlineCase(nestQuotes(item.title, 'double'), 'chicago'));
  return render([who ? `${who}, ` : '', endsInMark(title) ? `“${title}”` : `“${inside(title, '.')}”`]);
}

// Chicago 17 bibliography: Conley, Julia. “Title.” *Site*, Month D, YYYY. URL.
export function chicagoBib(item: CitationItem): Formatted {
  const names = authorIsSite(item) ? '' : chicagoBibNames(item.names);
  const date = item.published ? monthDayYear(item.published) : `n.d. Accessed ${monthDayYear(item.accessed)}`;
  return render([names ? `${stop(names)} ` : '', `${chicagoTitle(item, '.')} `, { italic: item.site }, `, ${date}. ${item.url}.`]);
}

// Chicago 17 author-date: Conley, Julia. 2017. “Title.” *Site*, Month D, YYYY. URL.
export function chicagoAuthorDate(item: CitationItem): Formatted {
  const names = authorIsSite(item) ? '' : chicagoBibNames(item.names);
  const p = parts(item.published);
  const year = p ? String(p.year) : 'n.d.';
  const date = item.published ? monthDayYear(item.published) : `accessed ${monthDayYear(item.accessed)}`;
  const segs: Segment[] = names ? [`${stop(names)} ${stop(year)} `, `${chicagoTitle(item, '.')} `] : [`${chicagoTitle(item, '.')} ${stop(year)} `];
  return render([...segs, { italic: item.site }, `, ${date}. ${item.url}.`]);
}

// Harvard (Cite Them Right): Conley, J. (2017) ‘Title’, *Site*, 4 August. Available at: URL (Accessed: 10 March 2025).
export function harvard(item: CitationItem): Formatted {
  const title = nestQuotes(item.title, 'single');
  const n = item.names.map(apaName);
  const authors = authorIsSite(item) ? '' : n.length >= 4 ? `${n[0]} et al.` : list(n, 'and', false);
  const p = parts(item.published);
  const year = p ? `(${p.year})` : '(no date)';
  const dayMonth = p ? `, ${p.day} ${MONTHS[p.month - 1]}` : '';
  const head: Segment[] = authors ? [`${authors} ${year} ‘${title}’, `] : [`‘${title}’ ${year} `];
  return render([...head, { italic: item.site }, `${dayMonth}. Available at: ${item.url} (Accessed: ${dayMonthYear(item.accessed)}).`]);
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

const TEX_SPECIAL = /[\\{}%&$#_^~]/g;
/** TeX-escaped, on one line: a field value may not carry line breaks into the entry. */
const texEscape = (s: string) =>
  s.replace(/\s+/g, ' ').replace(TEX_SPECIAL, (c) => ({ '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}' })[c] ?? c);
/** TeX quotes and braces round acronyms, so styles cannot re-case them. */
const texTitle = (title: string) =>
  texEscape(headlineCase(nestQuotes(title, 'double'), 'mla'))
    .replace(/“/g, '``')
    .replace(/”/g, "''")
    .replace(/‘/g, '`')
    .replace(/’/g, "'")
    .replace(/(^|[\s`])(\p{Lu}{2,}\d*)(?=[\s,.:;'?!]|$)/gu, '$1{$2}');

const licenceNote = (item: CitationItem, sep: string) => (item.licence && item.licence.url ? `Licensed under ${item.licence.shortName}${sep}${item.licence.url}` : '');

// biblatex @online
export function bibtex(item: CitationItem): Formatted {
  const fields: [string, string][] = [];
  if (item.names.length) fields.push(['author', item.names.map((n) => (isLiteral(n) ? `{${texEscape(n.literal)}}` : texEscape(inverted(n)))).join(' and ')]);
  fields.push(['title', texTitle(item.title)], ['organization', texEscape(item.site)]);
  const p = parts(item.published);
  if (p) fields.push(['date', `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`]);
  fields.push(['url', item.url.replace(/[{}\\]/g, '')], ['urldate', item.accessed]);
  const note = licenceNote(item, ', ');
  if (note) fields.push(['note', texEscape(note)]);
  const body = fields.map(([k, v]) => `  ${k.padEnd(12)} = {${v}},`).join('\n');
  return verbatim(`@online{${citationKey(item)},\n${body}\n}\n`);
}

/** RIS: one tag per line, no wrapping (RIS has no continuation lines), CRLF for old importers. */
export function ris(item: CitationItem): Formatted {
  const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
  const lines: string[] = ['TY  - NEWS'];
  for (const n of item.names) lines.push(`AU  - ${oneLine(inverted(n))}`);
  lines.push(`TI  - ${oneLine(item.title)}`, `T2  - ${oneLine(item.site)}`);
  const p = parts(item.published);
  if (p) lines.push(`PY  - ${p.year}`, `DA  - ${p.year}/${String(p.month).padStart(2, '0')}/${String(p.day).padStart(2, '0')}/`);
  lines.push(`UR  - ${oneLine(item.url)}`, `Y2  - ${item.accessed.replace(/-/g, '/')}/`);
  const note = licenceNote(item, ' (');
  if (note) lines.push(`N1  - ${oneLine(note)})`);
  lines.push('ER  - ');
  return verbatim(`${lines.join('\r\n')}\r\n`);
}

/** CSL-JSON: the licence goes under `custom` (the schema allows no other extra field). */
export function cslJson(item: CitationItem): Formatted {
  const p = parts(item.published);
  const a = parts(item.accessed)!;
  const entry: Record<string, unknown> = {
    id: citationKey(item),
    type: 'article-newspaper',
    title: item.title,
    author: item.names.map((n) => (isLiteral(n) ? { literal: n.literal } : { family: n.family, given: n.given })),
    'container-title': item.site,
    ...(p ? { issued: { 'date-parts': [[p.year, p.month, p.day]] } } : {}),
    accessed: { 'date-parts': [[a.year, a.month, a.day]] },
    URL: item.url,
    ...(item.lang ? { language: item.lang } : {}),
    ...(item.licence ? { custom: { license: item.licence.url || null, 'license-id': item.licence.shortName } } : {}),
  };
  return verbatim(`${JSON.stringify([entry], null, 2)}\n`);
}
