import type { CitationItem } from './item.js';
import type { Formatted } from './rich.js';
import { apa, bibtex, chicago17AuthorDate, chicago17Bib, chicago17Note, chicago17Short, chicagoAuthorDate, chicagoBib, chicagoNote, chicagoShort, cslJson, harvard, mla, ris } from './styles.js';
import { tasl } from './tasl.js';
import type { StyleId } from './ids.js';

export type { CitationItem, DateParts, Name } from './item.js';
export type { Formatted } from './rich.js';
export type { TaslMode } from './tasl.js';
export { toCitationItem, splitName, isoDay, dateOf } from './item.js';
export { tasl } from './tasl.js';
export { inTextCitation } from './styles.js';

/** Every style Readcite copies, in the order the style menu shows them, with its formatter. */
export const STYLES = {
  tasl: { label: 'CC attribution (TASL)', format: (item: CitationItem) => tasl(item) },
  apa: { label: 'APA 7', format: apa },
  mla: { label: 'MLA 9', format: mla },
  'chicago-note': { label: 'Chicago 18, note', format: (item: CitationItem) => chicagoNote(item) },
  'chicago-short': { label: 'Chicago 18, short note', format: (item: CitationItem) => chicagoShort(item) },
  'chicago-bib': { label: 'Chicago 18, bibliography', format: (item: CitationItem) => chicagoBib(item) },
  'chicago-ad': { label: 'Chicago 18, author-date', format: (item: CitationItem) => chicagoAuthorDate(item) },
  'chicago17-note': { label: 'Chicago 17, note', format: chicago17Note },
  'chicago17-short': { label: 'Chicago 17, short note', format: chicago17Short },
  'chicago17-bib': { label: 'Chicago 17, bibliography', format: chicago17Bib },
  'chicago17-ad': { label: 'Chicago 17, author-date', format: chicago17AuthorDate },
  harvard: { label: 'Harvard (Cite Them Right, 12th ed.)', format: harvard },
  bibtex: { label: 'BibTeX (biblatex)', format: bibtex },
  ris: { label: 'RIS', format: ris },
  'csl-json': { label: 'CSL-JSON', format: cslJson },
} satisfies Record<StyleId, { label: string; format: (item: CitationItem) => Formatted | null }>;

export { STYLE_IDS, isStyleId, type StyleId } from './ids.js';

/** A citation in a style; null only for TASL when the page states no licence to attribute under. */
export function formatCitation(item: CitationItem, style: StyleId): Formatted | null {
  return STYLES[style].format(item);
}
