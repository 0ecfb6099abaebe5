/**
 * Creative Commons licences by canonical URL (../shared/citation.md §1.1, §2.2): names as CC and SPDX
 * spell them per version, element flags, ports. Pure data and URL/text parsing; no DOM.
 */

export type Element4 = 'by' | 'nc' | 'nd' | 'sa';

export interface Licence {
  kind: 'cc' | 'cc0' | 'pdm' | 'custom';
  /** SPDX-style id: "CC-BY-NC-ND-3.0", "CC0-1.0", "PDM-1.0"; for custom terms "custom". */
  id: string;
  /** "CC BY-NC-ND 3.0"; for a licence family without a stated version "CC BY-NC-ND". */
  shortName: string;
  /** "Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported". */
  name: string;
  /** Canonical deed URL; the site's own terms page for custom terms; "" when the version is unknown. */
  url: string;
  version: string | null;
  port: string | null;
  elements: Element4[];
}

const ORDER: Element4[] = ['by', 'nc', 'nd', 'sa'];
const PORT_NAMES: Record<string, string> = { us: 'United States', igo: 'IGO', uk: 'England and Wales', 'scotland': 'Scotland', au: 'Australia', ca: 'Canada', de: 'Germany', fr: 'France', es: 'Spain', it: 'Italy', nl: 'Netherlands', za: 'South Africa', nz: 'New Zealand', in: 'India', br: 'Brazil', jp: 'Japan' };

function elementName(e: Element4, version: string | null): string {
  if (e === 'by') return 'Attribution';
  if (e === 'nc') return 'NonCommercial';
  if (e === 'sa') return 'ShareAlike';
  return version === '4.0' || version === null ? 'NoDerivatives' : 'NoDerivs';
}

/** The licence record for a set of CC elements and, when known, a version and port. */
export function ccLicence(elements: Element4[], version: string | null, port: string | null = null): Licence {
  const els = ORDER.filter((e) => elements.includes(e));
  const code = els.join('-');
  const upper = els.map((e) => e.toUpperCase()).join('-');
  const suite = version === null ? '' : version === '4.0' ? ' 4.0 International' : port ? ` ${version} ${PORT_NAMES[port] ?? port.toUpperCase()}` : version === '3.0' ? ' 3.0 Unported' : ` ${version} Generic`;
  return {
    kind: 'cc',
    id: `CC-${upper}${version ? `-${version}` : ''}${port ? `-${port.toUpperCase()}` : ''}`,
    shortName: `CC ${upper}${version ? ` ${version}` : ''}${port ? ` ${port.toUpperCase()}` : ''}`,
    name: `Creative Commons ${els.map((e) => elementName(e, version)).join('-')}${suite}`,
    url: version ? `https://creativecommons.org/licenses/${code}/${version}/${port ? `${port}/` : ''}` : '',
    version,
    port,
    elements: els,
  };
}

export const CC0: Licence = { kind: 'cc0', id: 'CC0-1.0', shortName: 'CC0 1.0', name: 'CC0 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/', version: '1.0', port: null, elements: [] };
export const PDM: Licence = { kind: 'pdm', id: 'PDM-1.0', shortName: 'Public Domain Mark 1.0', name: 'Public Domain Mark 1.0', url: 'https://creativecommons.org/publicdomain/mark/1.0/', version: '1.0', port: null, elements: [] };

export function customTerms(url: string): Licence {
  return { kind: 'custom', id: 'custom', shortName: 'Custom terms', name: "The site's own terms of use", url, version: null, port: null, elements: [] };
}

const CC_URL = /^(?:https?:)?\/\/(?:www\.)?creativecommons\.org\/(?:licen[cs]es\/([a-z-]+)\/(\d\.\d)(?:\/([a-z]{2}(?:-[a-z]+)?|igo|scotland))?|publicdomain\/(zero|mark)\/1\.0)(?:\/|$|[?#])/i;
const BADGE_URL = /(?:i\.creativecommons\.org|licensebuttons\.net)\/(?:l\/([a-z-]+)|p\/(zero|mark))\/|mirrors\.creativecommons\.org\/presskit\/buttons\/[^/]+\/(?:svg|png)\/(?:cc-)?([a-z-]+)\./i;

function elementsOf(code: string): Element4[] | null {
  const parts = code.toLowerCase().split('-');
  if (!parts.every((p): p is Element4 => (ORDER as string[]).includes(p))) return null;
  // CC 1.0 had nc, nd, sa without by; every licence since requires attribution.
  return [...new Set<Element4>(['by', ...parts])];
}

/** A CC deed, legal code or RDF URL, in any of its spellings, as a licence; null for anything else. */
export function licenceFromUrl(href: string): Licence | null {
  const m = CC_URL.exec(href.trim().replace(/\\\//g, '/'));
  if (!m) return null;
  if (m[4]) return m[4].toLowerCase() === 'zero' ? CC0 : PDM;
  const els = elementsOf(m[1] ?? '');
  return els ? ccLicence(els, m[2] ?? null, m[3]?.toLowerCase() ?? null) : null;
}

/** A badge image's licence elements only: badges are often mis-versioned (citation.md §2.1.7). */
export function licenceFromBadge(src: string): Licence | null {
  const m = BADGE_URL.exec(src);
  if (!m) return null;
  if (m[2] || m[3] === 'zero') return m[2]?.toLowerCase() === 'mark' ? PDM : CC0;
  const els = elementsOf(m[1] ?? m[3] ?? '');
  return els ? ccLicence(els, null) : null;
}

const SHORT = /\b(?:CC|Creative\s+Commons)[\s-]?(BY(?:[\s-]+(?:NC|ND|SA)){0,2})\b(?:[\s-]+(\d\.\d))?/i;
const LONG = /\bCreative\s+Commons\s+(?:Licen[cs]e\s*)?(Attribution(?:[\s-–]+(?:Non[\s-]?Commercial|NoDerivs|NoDerivatives|No[\s-]Derivative(?:s|\s+Works)?|Share[\s-]?Alike)){0,2})(?:\s+(\d\.\d))?/i;
const ZERO = /\bCC[\s-]?0\b|\bCC[\s-]Zero\b|Creative Commons Zero/i;
const MARK = /\bPublic Domain Mark\b/i;

/** The licence a sentence names ("licensed under Creative Commons (CC BY-NC-ND 3.0)"); no version is guessed. */
export function licenceFromText(text: string): Licence | null {
  if (ZERO.test(text)) return CC0;
  if (MARK.test(text)) return PDM;
  const short = SHORT.exec(text);
  if (short) {
    const els = elementsOf((short[1] ?? '').replace(/\s+/g, '-').toLowerCase());
    if (els) return ccLicence(els, short[2] ?? null);
  }
  const long = LONG.exec(text);
  if (long) {
    const words = (long[1] ?? '').toLowerCase();
    const els: Element4[] = ['by'];
    if (/non[\s-]?commercial/.test(words)) els.push('nc');
    if (/no[\s-]?deriv/.test(words)) els.push('nd');
    if (/share[\s-]?alike/.test(words)) els.push('sa');
    return ccLicence(els, long[2] ?? null);
  }
  return null;
}

/** A key that merges the same licence found in different places. */
export const licenceKey = (l: Licence) => (l.kind === 'custom' ? `custom:${l.url}` : l.id);

/** How much a licence restricts reuse: more elements, and NC or ND, restrict more. */
export const restrictiveness = (l: Licence) => l.elements.length + (l.elements.includes('nd') ? 2 : 0) + (l.elements.includes('nc') ? 1 : 0);
