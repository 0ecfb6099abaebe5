/**
 * The style ids alone, in menu order: what settings and the options page need, without the formatters
 * (index.ts checks that STYLES has exactly these).
 */
export const STYLE_IDS = ['tasl', 'apa', 'mla', 'chicago-note', 'chicago-short', 'chicago-bib', 'chicago-ad', 'harvard', 'bibtex', 'ris', 'csl-json'] as const;

export type StyleId = (typeof STYLE_IDS)[number];

export const isStyleId = (s: unknown): s is StyleId => typeof s === 'string' && (STYLE_IDS as readonly string[]).includes(s);
