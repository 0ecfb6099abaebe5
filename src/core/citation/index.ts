import type { CitationItem } from './item.js';
import type { Formatted } from './rich.js';
import { apa, bibtex, chicagoAuthorDate, chicagoBib, chicagoNote, chicagoShort, cslJson, harvard, mla, ris } from './styles.js';
import { tasl } from './tasl.js';

export type { CitationItem, Name } from './item.js';
export type { Formatted } from './rich.js';
export type { TaslMode } from './tasl.js';
export { toCitationItem, splitName, isoDay } from './item.js';
export { tasl } from './tasl.js';

/** Every style Readcite copies, in the order the style menu shows them. */
export const STYLES = {
  tasl: { label: 'CC attribution (TASL)' },
  apa: { label: 'APA 7' },
  mla: { label: 'MLA 9' },
  'chicago-note': { label: 'Chicago 17, note' },
  'chicago-short': { label: 'Chicago 17, short note' },
  'chicago-bib': { label: 'Chicago 17, bibliography' },
  'chicago-ad': { label: 'Chicago 17, author-date' },
  harvard: { label: 'Harvard (Cite Them Right)' },
  bibtex: { label: 'BibTeX (biblatex)' },
  ris: { label: 'RIS' },
  'csl-json': { label: 'CSL-JSON' },
} as const;

export type StyleId = keyof typeof STYLES;

export const isStyleId = (s: unknown): s is StyleId => typeof s === 'string' && Object.hasOwn(STYLES, s);

/** A citation in a style; null only for TASL when the page states no licence to attribute under. */
export function formatCitation(item: CitationItem, style: StyleId): Formatted | null {
  switch (style) {
    case 'tasl':
      return tasl(item);
    case 'apa':
      return apa(item);
    case 'mla':
      return mla(item);
    case 'chicago-note':
      return chicagoNote(item);
    case 'chicago-short':
      return chicagoShort(item);
    case 'chicago-bib':
      return chicagoBib(item);
    case 'chicago-ad':
      return chicagoAuthorDate(item);
    case 'harvard':
      return harvard(item);
    case 'bibtex':
      return bibtex(item);
    case 'ris':
      return ris(item);
    case 'csl-json':
      return cslJson(item);
  }
}
