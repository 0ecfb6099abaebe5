/**
 * Extraction quality and speed on ../shared/corpus, Readcite beside vanilla Readability in one run.
 *   npm run bench:extract [-- --corpus DIR] [--only ID] [--rounds 3] [--via-cli]
 * Readcite is scored on Article.text; vanilla on Readability's textContent and, to keep formatting gains
 * apart from cleaning gains, on its content with blocks separated by newlines. Pages are parsed once (jsdom)
 * and the two extractors alternate page by page, so machine drift hits both. Prints tables; no numbers are
 * committed.
 * --via-cli also runs each page's raw bytes through the path `readcite extract` takes (the CLI's charset
 * decoding, then jsdom, then extraction) and prints that row beside the in-process one, which reads the
 * corpus as UTF-8 as its README says: the two should score the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract.js';
import { blockText } from '../src/core/text.js';
import { bootstrap, pageF1, scorePage, summarise, type PageScore } from './score.js';
import { extractFromBytes } from '../src/cli.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const CORPUS = path.resolve(arg('--corpus') ?? path.join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
const ONLY = arg('--only');
const ROUNDS = Number(arg('--rounds') ?? 3);
const VIA_CLI = process.argv.includes('--via-cli');

if (!fs.existsSync(path.join(CORPUS, 'ground-truth.json'))) {
  console.error(`No corpus at ${CORPUS}: pass --corpus DIR (the folder with ground-truth.json and html/).`);
  process.exit(1);
}
const truth = JSON.parse(fs.readFileSync(path.join(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const ids = Object.keys(truth).filter((id) => !ONLY || id.startsWith(ONLY)).sort();

type Side = 'readcite' | 'readciteCli' | 'vanilla' | 'vanillaBlocks';
const scores: Record<Side, PageScore[]> = { readcite: [], readciteCli: [], vanilla: [], vanillaBlocks: [] };
/** --via-cli: how each raw page was decoded (encoding, and which step decided it), and pages whose text differs. */
const decodedAs = new Map<string, number>();
const cliDiffers: string[] = [];
const times: Record<'readcite' | 'vanilla', number[]> = { readcite: [], vanilla: [] };
const quiet = new VirtualConsole(); // pages' CSS and script noise is not ours to print

for (const [n, id] of ids.entries()) {
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(CORPUS, 'html', `${id}.html.gz`)));
  const html = bytes.toString('utf8');
  const { url, articleBody } = truth[id]!;
  let cliText: string | undefined;
  if (VIA_CLI) {
    const extracted = extractFromBytes({ bytes, url, contentType: 'text/html' });
    cliText = extracted?.article.text ?? '';
    scores.readciteCli.push(scorePage(articleBody, cliText));
    const how = extracted ? `${extracted.decoded.encoding} (${extracted.decoded.source})` : 'no article';
    decodedAs.set(how, (decodedAs.get(how) ?? 0) + 1);
  }
  const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  const runVanilla = () => {
    const start = performance.now();
    const parsed = new Readability(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
    times.vanilla.push(performance.now() - start);
    scores.vanilla.push(scorePage(articleBody, parsed?.textContent ?? ''));
    scores.vanillaBlocks.push(scorePage(articleBody, parsed?.content ? blockText(parsed.content) : ''));
  };
  const runReadcite = () => {
    const start = performance.now();
    // Quality, not speed: without the runaway stop a busy machine cannot turn a slow page into a missing one.
    const article = extractArticle(doc, url, { timeLimitMs: 0 });
    times.readcite.push(performance.now() - start);
    scores.readcite.push(scorePage(articleBody, article?.text ?? ''));
    if (cliText !== undefined && cliText !== (article?.text ?? '') && !cliDiffers.includes(id)) cliDiffers.push(id);
  };
  // Three rounds, alternating which goes first; each page's time is its fastest round, which drops
  // most of the noise a shared machine adds (garbage collection, other processes).
  const before = { readcite: times.readcite.length, vanilla: times.vanilla.length };
  for (let round = 0; round < ROUNDS; round++) {
    if ((n + round) % 2) {
      runVanilla();
      runReadcite();
    } else {
      runReadcite();
      runVanilla();
    }
  }
  for (const side of ['readcite', 'vanilla'] as const) {
    const mine = times[side].splice(before[side]);
    times[side].push(Math.min(...mine));
  }
  for (const side of ['readcite', 'vanilla', 'vanillaBlocks'] as const) scores[side].splice(scores[side].length - ROUNDS + 1);
}

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
const f = (x: number) => x.toFixed(3);
console.log(`\nExtraction on ${ids.length} pages of ${CORPUS}`);
console.log('extractor                         F1             precision      recall         accuracy');
const rows = [
  ['Readcite (Article.text)', 'readcite'],
  ...(VIA_CLI ? ([['Readcite via CLI, raw bytes', 'readciteCli']] as const) : []),
  ['vanilla Readability textContent', 'vanilla'],
  ['vanilla, blocks separated', 'vanillaBlocks'],
] as const;
for (const [name, side] of rows) {
  const s = summarise(scores[side]);
  const e = bootstrap(scores[side]);
  console.log(`${name.padEnd(33)} ${f(s.f1)} ± ${f(e.f1)}  ${f(s.precision)} ± ${f(e.precision)}  ${f(s.recall)} ± ${f(e.recall)}  ${f(s.accuracy)} ± ${f(e.accuracy)}`);
}

if (VIA_CLI) {
  console.log(`\nvia CLI, decoded as: ${[...decodedAs].sort((a, b) => b[1] - a[1]).map(([how, n]) => `${how} ${n}`).join(', ')}`);
  console.log(`via CLI, pages whose text differs from in-process: ${cliDiffers.length}${cliDiffers.length ? ` (${cliDiffers.map((id) => id.slice(0, 12)).join(', ')})` : ''}`);
}

console.log('\ntime per page (ms, jsdom)           median      p95');
for (const side of ['readcite', 'vanilla'] as const) {
  console.log(`${side.padEnd(33)} ${pct(times[side], 0.5).toFixed(1).padStart(8)} ${pct(times[side], 0.95).toFixed(1).padStart(8)}`);
}
console.log(`ratio Readcite / vanilla: ${(pct(times.readcite, 0.5) / pct(times.vanilla, 0.5)).toFixed(2)} (medians), ${pct(times.readcite.map((t, i) => t / times.vanilla[i]!), 0.5).toFixed(2)} (median of per-page ratios); target ≤ 1.3`);

for (const side of ['readcite', 'vanilla'] as const) {
  console.log(`\nten worst pages, ${side}: F1  P  R  id  url`);
  const rows = ids.map((id, i) => ({ id, s: scores[side][i]! })).sort((a, b) => pageF1(a.s) - pageF1(b.s)).slice(0, 10);
  for (const { id, s } of rows) {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
    console.log(`${f(pageF1(s))} ${f(p)} ${f(r)}  ${id.slice(0, 12)}  ${truth[id]!.url}`);
  }
}
