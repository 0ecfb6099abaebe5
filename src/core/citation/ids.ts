/**
 * The style ids alone, in menu order: what settings and the options page need, without the formatters
 * (index.ts checks that STYLES has exactly these). 'chicago-*' are the current (18th) edition, so saved
 * settings from before it follow the manual; 'chicago17-*' keep the 17th for those told to use it.
 */
export const STYLE_IDS = ['tasl', 'apa', 'mla', 'chicago-note', 'chicago-short', 'chicago-bib', 'chicago-ad', 'chicago17-note', 'chicago17-short', 'chicago17-bib', 'chicago17-ad', 'harvard', 'bibtex', 'ris', 'csl-json'] as const;

export type StyleId = (typeof STYLE_IDS)[number];

export const isStyleId = (s: unknown): s is StyleId => typeof s === 'string' && (STYLE_IDS as readonly string[]).includes(s);
