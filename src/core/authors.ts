import type { Author, AuthorKind } from './types.js';
import { squash } from './text.js';

/** Words that mark a byline as a group or institution rather than a person. */
const ORGANISATION = /\b(staff|editors?|editorial|desk|team|newsroom|agency|press|associated|reuters|afp|wire|news|media|inc|ltd|llc|foundation|institute|university|council|committee|board|bureau|correspondents?)\b/i;

/** "By", in the languages fixtures and readers bring: by, por, par, von, di, door, av, بقلم, מאת. */
export const BY = /^(?:(?:written|posted)\s+)?(?:by|por|par|von|di|door|av|بقلم|מאת)[:\s]+/i;

/** Roles and suffixes that follow a name in bylines ("Jane Doe, staff writer"). */
const ROLE_SUFFIX = /\s*[,|–—-]\s*(?:(?:senior|staff|contributing|special|chief|deputy|managing|political|guest|national|foreign|investigative|science|climate|health)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|fellow|intern)\b.*$/i;

/**
 * Cleans one byline name: drops "By", e-mail addresses, @handles, roles and suffixes.
 * Returns "" when nothing that looks like a name is left.
 */
export function cleanAuthorName(raw: string): string {
  let name = squash(raw)
    .replace(BY, '')
    .replace(/[(<[]?\S+@\S+\.\w+[)>\]]?/g, '')
    .replace(/\(\s*@\w+\s*\)|(^|\s)@\w+/g, '$1')
    .replace(ROLE_SUFFIX, '')
    .replace(/^[\s,;|·•–—-]+|[\s,;|·•–—-]+$/g, '');
  name = squash(name);
  if (!name || /^https?:\/\//i.test(name) || name.length > 80) return '';
  return name;
}

export function authorKind(name: string, declared?: string): AuthorKind {
  if (declared && /organi[sz]ation|corporation|newsmediaorganization/i.test(declared)) return 'organisation';
  if (declared && /person/i.test(declared) && !/\bstaff\b/i.test(name)) return 'person';
  return ORGANISATION.test(name) ? 'organisation' : 'person';
}

/** Splits "A, B and C" / "A & B" into names, keeping "Smith, Jr." style commas out of scope. */
export function splitNames(raw: string): string[] {
  return squash(raw)
    .replace(BY, '')
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)
    .map(cleanAuthorName)
    .filter(Boolean);
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
