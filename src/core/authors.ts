import type { Author, AuthorKind } from './types.js';
import { hostOf, siteLabel, squash } from './text.js';

/** Words that mark a byline as a group or institution rather than a person. */
const ORGANISATION = /\b(staff|editors?|editorial|desk|team|newsroom|agency|agentur|agence|agencia|agenzia|press|presse|redaktion|nachrichten|associated|reuters|afp|wire|news|media|inc|ltd|llc|foundation|institute|university|council|committee|board|bureau|correspondents?)\b/i;

/** "By", in the languages fixtures and readers bring: by, por, par, von, di, door, av, بقلم, מאת. */
export const BY = /^(?:(?:written|posted)\s+)?(?:by|por|par|von|di|door|av|بقلم|מאת)[:\s]+/i;

/** Words before a role ("senior", "staff", "freier") and the roles themselves, in bylines' languages. */
const ROLE_ADJECTIVE = '(?:senior|staff|contributing|special|chief|deputy|managing|political|guest|national|foreign|investigative|science|climate|health|freie?r?|leitende?r?)';
const ROLE = '(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|fellow|intern|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?|journalist(?:in)?|rédact(?:eur|rice)(?: en chef)?|journaliste|envoyée? spéciale?|periodista|redactor(?:a)?|corresponsal|giornalista|inviat[oa])';

/** Roles and suffixes that follow a name in bylines ("Jane Doe, staff writer"). */
const ROLE_SUFFIX = new RegExp(`\\s*[,|–—-]\\s*(?:${ROLE_ADJECTIVE}\\s+)*${ROLE}\\b.*$`, 'i');
/** A part of a byline that is only a role ("Staff Writer", "Korrespondentin", "rédacteur en chef"). */
const ROLE_ONLY = new RegExp(`^(?:${ROLE_ADJECTIVE}\\s+)*${ROLE}$`, 'i');

/** A role word written after the name without a separator, as Korean, Japanese and Chinese bylines do. */
const ROLE_WORD_AFTER = /\s*(?:기자|특파원|論説委員|記者|编辑)$/u;

/**
 * Cleans one byline name: drops "By", e-mail addresses, @handles, roles and suffixes.
 * Returns "" when nothing that looks like a name is left.
 */
export function cleanAuthorName(raw: string): string {
  let name = squash(raw).replace(BY, '');
  // Most names hold none of what the patterns below remove: each runs only where what it needs is there.
  if (name.includes('@')) name = name.replace(/[(<[]?\S+@\S+\.\w+[)>\]]?/g, '').replace(/\(\s*@\w+\s*\)|(^|\s)@\w+/g, '$1');
  if (/[,|–—-]/.test(name)) name = name.replace(ROLE_SUFFIX, '');
  if (name.charCodeAt(name.length - 1) >= 0x3000) name = name.replace(ROLE_WORD_AFTER, '');
  // A desk code or the site's address after the name: "Elena Oberholzer (obe)", "Deutsche Welle (www.dw.com)".
  if (name.endsWith(')')) name = name.replace(/\s*\((?:[\p{Ll}.]{2,6}|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?)\)$/u, '');
  name = squash(name.replace(/^[\s,;|·•–—-]+|[\s,;|·•–—-]+$/g, ''));
  if (!name || /^https?:\/\//i.test(name) || name.length > 80) return '';
  return name;
}

export function authorKind(name: string, declared?: string): AuthorKind {
  if (declared && /organi[sz]ation|corporation|newsmediaorganization/i.test(declared)) return 'organisation';
  // A Person type is trusted unless the name says desk or agency ("Common Dreams staff", "Deutsche Presse-Agentur").
  if (declared && /person/i.test(declared) && !/\b(?:staff|agency|agentur|agence|agencia|agenzia|redaktion|newsroom|desk)\b/i.test(name)) return 'person';
  return ORGANISATION.test(name) ? 'organisation' : 'person';
}

/** Splits "A, B and C" / "A & B" into names, keeping "Smith, Jr." style commas out of scope. */
export function splitNames(raw: string): string[] {
  return squash(raw)
    .replace(BY, '')
    .split(NAME_SEPARATOR)
    .map(cleanAuthorName)
    .filter((name) => name && !ROLE_ONLY.test(name));
}

/** Between names: commas, semicolons, "&" and the word for "and" in the corpora's languages. */
const NAME_SEPARATOR = /\s*(?:,|;|&|\s(?:and|und|et|y|e|og|och|ve|en|и|і|та|oraz|a)\s)\s*/iu;

/**
 * Names in one structured name field. Publishers sometimes put a whole byline in one Person's name
 * ("A B und C D, dpa"); that is split only when at least two parts are multi-word names, so an inverted
 * "Smith, John" stays one name.
 */
export function structuredNames(raw: string): string[] {
  const name = cleanAuthorName(raw);
  const parts = splitNames(name);
  return parts.filter((p) => p.includes(' ')).length >= 2 ? parts : [name].filter(Boolean);
}

/** Desk and newsroom words: a byline of these names the site, not a person. Matches lower-case text (a
 * case-insensitive Unicode regex costs V8 a millisecond to compile). */
const DESK = /^(?:(?:online[- ]?|web[- ]?|news[- ]?)?(?:redaktion|redaction|rédaction|redacción|redazione|redactie|redaksjonen|redaktionen)|newsdesk|news desk|news|nachrichten|actualités|noticias|notizie|nyheter|agencies|agenturen|agences|agencias|agenzie|staff|editors?|editorial (?:staff|team|board)|newsroom|web desk|digital desk|\p{L}+-redaktion)$/u;

/** A name's letters and digits, lower case, without accents. ASCII by a loop: the Unicode pattern is dear. */
function letters(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) out += s.charAt(i);
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
  }
  return out;
}

/**
 * True when a byline names the site or its desk rather than a person: the site's or publisher's name,
 * the host's name ("LTO" on lto.de, "ORF.at"), or a desk word ("Redaktion", "Newsdesk", "IN-Redaktion").
 */
export function isSiteOrDesk(name: string, siteNames: string[], url: string): boolean {
  return siteOrDesk(siteNames, url)(name);
}

/** isSiteOrDesk for one page's names and address, read once for all the bylines tested against them. */
export function siteOrDesk(siteNames: string[], url: string): (name: string) => boolean {
  const sites = [...siteNames, siteLabel(url), hostOf(url)].map(letters).filter((s) => s.length >= 2);
  return (name) => {
    const n = letters(name);
    if (!n) return false;
    if (DESK.test(squash(name).toLowerCase())) return true;
    if (sites.some((s) => s === n || (n.length >= 4 && (s.includes(n) || n.includes(s)) && Math.min(s.length, n.length) / Math.max(s.length, n.length) >= 0.5))) return true;
    // The site's name as words inside the byline: "Euronews with Agencies", "MND Staff" on its own site.
    const words = ` ${squash(name).toLowerCase()} `;
    return siteNames.some((site) => site.length >= 4 && words.includes(` ${squash(site).toLowerCase()} `));
  };
}

/** Removes duplicates (case-insensitive), keeping the first occurrence and any URL found later. */
export function dedupeAuthors(list: Author[]): Author[] {
  const out: Author[] = [];
  for (const a of list) {
    const same = out.find((b) => b.name.toLowerCase() === a.name.toLowerCase());
    if (!same) out.push({ ...a });
    else if (!same.url && a.url) same.url = a.url;
  }
  return out;
}
