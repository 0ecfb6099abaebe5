/**
 * Structure fidelity (issue 14): how much of an article's structure survives into Readcite's view, beside
 * vanilla Readability 0.6.0 in the same run, on the hand-made pages of test/fidelity/pages (one per
 * structure and generator; each page's truth in <name>.json, described in test/fidelity/README.md).
 *   npm run bench:fidelity [-- --verbose] [--only PREFIX] [--show NAME] [--check-truth]
 * For each page, parsed once in jsdom: (a) vanilla Readability on a clone, default options, its content
 * element; (b) Readcite's extractArticle(doc, url), its contentHtml as is ("before sanitising") and
 * through the view's sanitiser, sanitizeArticleHtml, in a jsdom window standing for the view (what a
 * reader sees). Counting is test/fidelity/count.ts. Prints one row per measure; --verbose adds each
 * page's misses, --show NAME prints the three outputs of one page and
 * the blocks Readcite's cleaner removed from it (extractArticle's explanation); --check-truth measures each
 * page's own <body> against its truth and prints where the page itself falls short (a wrong truth, or
 * markup no output can get right as is, such as line numbers inside the code). A benchmark, not a test: exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract.js';
import { newExplanation } from '../src/core/explain.js';
import { sanitizeArticleHtml } from '../src/reader/sanitize.js';
import { METRICS, measurePage, type Metric, type PageMeasures, type PageTruth } from '../test/fidelity/count.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const VERBOSE = process.argv.includes('--verbose');
const ONLY = arg('--only');
const SHOW = arg('--show');
const CHECK_TRUTH = process.argv.includes('--check-truth');
const PAGES = path.join(import.meta.dirname, '..', 'test', 'fidelity', 'pages');

type Side = 'vanilla' | 'readcite' | 'before';
const SIDES: readonly Side[] = ['vanilla', 'readcite', 'before'];
const quiet = new VirtualConsole(); // pages' CSS and script noise is not ours to print

/** The view's window: DOMPurify needs one, and the sanitised fragment belongs to its document. */
const view = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://readcite.invalid/reader.html' }).window;
const viewWin = view as unknown as Window & typeof globalThis;

/** Readcite's contentHtml as an element, unsanitised (jsdom runs no scripts: parsing is inert). */
function parseBefore(html: string, url: string): Element {
  return new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, { url, virtualConsole: quiet }).window.document.body;
}

/** Readcite's contentHtml as the view inserts it: sanitised into the view's document. */
function sanitised(html: string): Element {
  const root = view.document.createElement('div');
  root.append(sanitizeArticleHtml(html, viewWin));
  return root;
}

interface PageResult {
  name: string;
  truth: PageTruth;
  measures: Record<Side, PageMeasures>;
}

const names = fs
  .readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .filter((n) => !ONLY || n.startsWith(ONLY))
  .sort();

const started = performance.now();
const results: PageResult[] = [];
for (const name of names) {
  const html = fs.readFileSync(path.join(PAGES, `${name}.html`), 'utf8');
  const truth = JSON.parse(fs.readFileSync(path.join(PAGES, `${name}.json`), 'utf8')) as PageTruth;
  const doc = new JSDOM(html, { url: truth.url, virtualConsole: quiet }).window.document;

  const parsed = new Readability(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
  const vanilla = parsed?.content ?? null;
  let article: ReturnType<typeof extractArticle> = null;
  let error = '';
  try {
    article = extractArticle(doc, truth.url);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const before = article ? parseBefore(article.contentHtml, truth.url) : null;
  const after = article ? sanitised(article.contentHtml) : null;
  results.push({ name, truth, measures: { vanilla: measurePage(vanilla, truth), readcite: measurePage(after, truth), before: measurePage(before, truth) } });
  if (error) console.log(`${name}: Readcite threw: ${error}`);
  if (CHECK_TRUTH) {
    const own = measurePage(doc.body, truth);
    for (const metric of METRICS) {
      const m = own[metric];
      const short = metric === 'glued' || metric === 'noArticle' ? m.kept > 0 : m.kept < m.truth;
      if (short) console.log(`truth check ${name} ${metric}: the page itself ${m.kept} of ${m.truth}: ${m.misses.join('; ')}`);
    }
  }

  if (SHOW === name) {
    console.log(`\n===== ${name}: vanilla Readability content =====\n${vanilla?.outerHTML ?? '(no article)'}`);
    console.log(`\n===== ${name}: Readcite contentHtml, before sanitising =====\n${article?.contentHtml ?? '(no article)'}`);
    console.log(`\n===== ${name}: Readcite, sanitised (what the view shows) =====\n${after?.innerHTML ?? '(no article)'}`);
    // The cleaner's decisions, from a second extraction of the same page with an explanation asked for.
    const explain = newExplanation();
    extractArticle(doc, truth.url, { explain });
    console.log(`\n===== ${name}: Readcite's cleaner, blocks removed =====`);
    for (const b of explain.blocks.filter((d) => d.action === 'removed')) console.log(`${b.tag} “${b.text}”: ${b.rule}`);
    console.log('');
  }
}
const elapsed = performance.now() - started;

/** Each measure's place in the table: its structure and what the row counts. */
const ROWS: Record<Metric, [structure: string, measure: string]> = {
  formulas: ['math', 'formulas kept (MathML or TeX)'],
  tex: ['math', 'TeX source kept'],
  notesPresent: ['footnotes', 'note texts present'],
  refsLinked: ['footnotes', 'references linked to a note'],
  backLinked: ['footnotes', 'notes linking back'],
  codeExact: ['code', 'blocks with exact text'],
  tables: ['tables', 'tables with their th cells'],
  embedsLinked: ['embeds', 'linked (href/src to it)'],
  embeds: ['embeds', 'kept (link + provider named)'],
  calloutsLabelled: ['callouts', 'kept with their label'],
  calloutsBoxed: ['callouts', 'kept as a box'],
  drawings: ['drawings', 'SVG drawn, with its labels'],
  headings: ['headings', 'kept (exact text)'],
  passages: ['text', 'key passages kept'],
  glued: ['text', 'glued word pairs (lower is better)'],
  noArticle: ['pages', 'no article (lower is better)'],
};

const sum = (metric: Metric, side: Side, pages: PageResult[]) => pages.reduce((n, p) => n + p.measures[side][metric].kept, 0);
const header = ['structure', 'measure', 'pages', 'truth', 'vanilla', 'Readcite', 'Readcite before sanitising'];
const rows: string[][] = [];
for (const metric of METRICS) {
  const pages = results.filter((r) => r.measures.vanilla[metric].truth > 0);
  const truth = pages.reduce((n, p) => n + p.measures.vanilla[metric].truth, 0);
  const [structure, measure] = ROWS[metric];
  rows.push([structure, measure, String(pages.length), String(truth), ...SIDES.map((s) => String(sum(metric, s, pages)))]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\nStructure fidelity on ${results.length} pages of test/fidelity/pages (vanilla Readability 0.6.0 beside Readcite, same run; ${(elapsed / 1000).toFixed(1)} s)\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('\nReadcite = its contentHtml through the view\'s sanitiser (sanitizeArticleHtml), as a reader sees it.');

if (VERBOSE) {
  console.log('\nMisses per page (v = vanilla, r = Readcite sanitised, b = Readcite before sanitising):');
  for (const r of results) {
    const lines: string[] = [];
    for (const metric of METRICS) {
      const m = r.measures.vanilla[metric];
      if (m.truth === 0) continue;
      const failed = SIDES.filter((s) => (metric === 'glued' || metric === 'noArticle' ? r.measures[s][metric].kept > 0 : r.measures[s][metric].kept < m.truth));
      if (!failed.length) continue;
      const counts = SIDES.map((s) => `${s[0]} ${r.measures[s][metric].kept}`).join(', ');
      lines.push(`  ${metric} (of ${m.truth}: ${counts})`);
      for (const s of failed) for (const miss of r.measures[s][metric].misses) lines.push(`    ${s[0]}: ${miss}`);
    }
    if (lines.length) console.log(`${r.name}\n${lines.join('\n')}`);
  }
}
