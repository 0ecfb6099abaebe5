/**
 * The reviewed list of expected divergences between the style manuals and the official CSL styles
 * rendered by citeproc-js. Each entry is a CLASS of items (a predicate on the matrix definition, never
 * item ids), the manual's rule, and how the manual's form follows from citeproc's: either by changing
 * citeproc's INPUT (the manual treats the item as CSL would treat another item) or its OUTPUT.
 *
 * Only cases where the manual is right and CSL cannot follow it (or the manual allows both) belong here.
 * A Readcite defect never does: it shows up as an "other" difference and fails the test.
 */
import type { CslItem, MatrixEntry } from './matrix.js';
import type { Edition, Pair, Rendered } from './compare.js';

export interface Divergence {
  id: string;
  /** Editions (compare.ts PAIRS[].edition) the divergence applies to. */
  styles: Edition[];
  covers: (e: MatrixEntry, pair: Pair) => boolean;
  /** The manual's rule, with its section. */
  rule: string;
  input?: (csl: CslItem, e: MatrixEntry) => CslItem;
  output?: (r: Rendered, e: MatrixEntry, pair: Pair) => Rendered;
}

const CHICAGO: Edition[] = ['Chicago 17 NB', 'Chicago 17 AD', 'Chicago 18 NB', 'Chicago 18 AD'];
const english = (e: MatrixEntry) => e.def.title.lang === 'en';

/** Prefixes that cannot stand alone: CMOS 8.161 lowercases the word after them. */
const PREFIXES = ['Anti', 'Co', 'Counter', 'Extra', 'Inter', 'Intra', 'Macro', 'Micro', 'Mid', 'Mini', 'Multi', 'Non', 'Post', 'Pre', 'Pro', 'Re', 'Semi', 'Sub', 'Super', 'Trans', 'Ultra', 'Un'];
const prefixed = new RegExp(`\\b(${PREFIXES.join('|')})-(\\p{Lu})`, 'gu');

const onText = (r: Rendered, f: (s: string) => string): Rendered => ({ text: f(r.text), italics: r.italics.map(f) });

export const DIVERGENCES: Divergence[] = [
  {
    id: 'mla-url-scheme',
    styles: ['MLA 9'],
    covers: () => true,
    rule: 'MLA Handbook 9th ed., pp. 195–96 (§5.93 “URLs”): “you can usually omit http:// or https://” — Readcite omits it; the CSL style keeps it.',
    output: (r) => onText(r, (s) => s.replace(/https?:\/\//g, '')),
  },
  {
    id: 'chicago-prefix-compounds',
    styles: CHICAGO,
    covers: (e) => english(e),
    rule: 'CMOS 8.161: in a hyphenated compound whose first part is a prefix that cannot stand alone, the second part is lowercased in headline style (“Anti-immigration”); CSL capitalises every part.',
    output: (r) => onText(r, (s) => s.replace(prefixed, (_m, p: string, c: string) => `${p}-${c.toLowerCase()}`)),
  },
  {
    id: 'apa-21-authors-ellipsis',
    styles: ['APA 7'],
    covers: (e) => e.classes.has('authors:21+'),
    rule: 'APA 7 §9.8: with 21 or more authors, give the first 19, then an ellipsis, then the last author; the Manual prints the ellipsis as three spaced points (“. . .”), CSL as the single character “…”.',
    output: (r) => onText(r, (s) => s.replace(/, … /g, ', . . . ')),
  },
  {
    id: 'no-comma-after-question-mark',
    styles: CHICAGO,
    covers: (e) => e.classes.has('title:question') || e.classes.has('title:exclamation'),
    rule: 'CMOS 6.119 (17th ed.): a comma is not added after a title that ends in a question mark or exclamation point (“Who Pays for NASA?” GroundUp); citeproc-js keeps the comma (“NASA?,”).',
    output: (r) => onText(r, (s) => s.replace(/([?!])([”’]?),/g, '$1$2')),
  },
  {
    id: 'particle-usage-varies',
    styles: CHICAGO,
    covers: (e) => e.classes.has('particle:first'),
    rule: 'CMOS 8.5: whether a particle (de, van, von der) leads the inverted name depends on the person’s own usage (“de Gaulle, Charles” but “Beethoven, Ludwig van”); keeping it with the surname as the byline shows it is acceptable, while the CSL Chicago styles (demote-non-dropping-particle="display-and-sort") always move it after the given name.',
    input: (csl) => ({ ...csl, ...(csl.author ? { author: csl.author.map((n) => (n['non-dropping-particle'] ? { ...(n.given ? { given: n.given } : {}), family: `${n['non-dropping-particle']} ${n.family ?? ''}`, ...(n.suffix ? { suffix: n.suffix } : {}), 'parse-names': false } : n)) } : {}) }),
  },
  {
    id: 'chicago-ad-unsigned-title-period',
    styles: ['Chicago 17 AD', 'Chicago 18 AD'],
    covers: (e) => e.classes.has('no-author') || e.classes.has('author-site'),
    rule: 'CMOS 15.49 (17th ed.) and 14.22: when the publication stands in the author position, the title is still followed by a period (“Title.” January 2019.); the CSL style keeps the comma meant to precede the publication it has moved (“Title,” January 2019.).',
    output: (r) => onText(r, (s) => s.replace(/([^?!]),(’?)” /, '$1.$2” ')),
  },
  {
    id: 'author-is-site-apa',
    styles: ['APA 7'],
    covers: (e) => e.classes.has('author-site'),
    rule: 'APA 7 §9.24 (and Example 110, webpage with a group author): when the author and the site name are the same, omit the site name from the source element; CSL prints both.',
    input: (csl) => ({ ...csl, 'container-title': '' }),
  },
  {
    id: 'author-is-site-start-with-title',
    styles: ['MLA 9', 'Cite Them Right (Harvard)', ...CHICAGO],
    covers: (e) => e.classes.has('author-site'),
    rule: 'An organisation that is both author and publisher is not repeated as author: MLA 9 §2.1.3 (“begin the entry with the title”), CMOS 14.207 / 15.49 and Cite Them Right (no author: the entry starts as for an unsigned article); CSL cannot know the author is the site and prints it twice.',
    input: (csl) => {
      const rest = { ...csl };
      delete rest.author;
      return rest;
    },
  },
];

