/**
 * Speed of the reader view in real Chromium, beside vanilla Readability in the same run.
 *   npm run bench:view [-- --runs 20]
 * For each run: a fresh load of the Common Dreams fixture; time from the toolbar click to the view painted
 * (first open: injection + extraction + render; then a reopen with the content script already there),
 * and vanilla Readability's clone + parse() beside Readcite's extractArticle(), each first in a fresh page
 * (cold, as on a click) and then again (warm); then warm rounds in one page, where each call of Readcite
 * (and of its cumulative parts: where its time goes) is compared with a vanilla call of the same round, a
 * ratio the machine's drift does not move (a second call in separate pages swings by ±30% run to run).
 * Prints medians; commit the script, not the numbers (timings on a shared machine drift between runs).
 */
import { launchWithExtension } from './extension-browser.js';
import { startServer } from './fixture-server.js';
import { buildProbe } from './page-probe.js';
import { ReaderView } from './reader-view.js';
import { longRead } from '../test/extreme/pages.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

const probeSource = await buildProbe();

/** Wall-clock time at which the reader page marked its first painted frame (reader/main.ts). */
async function paintedAt(view: ReaderView): Promise<number> {
  await view.waitFor(() => performance.getEntriesByName('readcite:painted').length > 0, 30_000);
  return (await view.eval(() => performance.timeOrigin + performance.getEntriesByName('readcite:painted')[0]!.startTime)) ?? NaN;
}

async function openAndTime(view: ReaderView, click: () => Promise<void>): Promise<number> {
  const start = performance.timeOrigin + performance.now();
  await click();
  return (await paintedAt(view)) - start;
}

async function closeView(view: ReaderView, click: () => Promise<void>): Promise<void> {
  await click();
  await view.waitForClosed();
}

/** Scrolls the view from top to bottom, 600 px a frame, and returns the gaps between frames (ms). */
async function scrollFrames(view: ReaderView): Promise<number[]> {
  // A string, not a function: tsx would wrap nested functions in a __name() helper the page lacks.
  return (await view.frame()?.evaluate<number[]>(`new Promise((resolve) => {
    const gaps = [];
    let last = performance.now();
    const tick = (now) => {
      gaps.push(now - last);
      last = now;
      if (scrollY >= document.documentElement.scrollHeight - innerHeight) return resolve(gaps.slice(1));
      scrollBy(0, 600);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`)) ?? [];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;

const server = await startServer(new Map([['long-read', longRead()]]));
const browser = await launchWithExtension();
const samples = { first: [] as number[], reopen: [] as number[], long: [] as number[] };
/** Per extractor: its first call in a freshly loaded page (cold, as on a reader's click) and its second (warm). */
const extract = { vanillaWithClone: { cold: [] as number[], warm: [] as number[] }, readcite: { cold: [] as number[], warm: [] as number[] } };
/** extractArticle's parts, cumulative (page-probe.ts). */
const PARTS = { partsReadability: 'Readability as Readcite calls it', partsFacts: '+ page facts (metadata, lead image, licence)', partsModel: '+ block model on the body' } as const;
/** Warm rounds (page-probe.ts rounds()): per entry, its times and its ratio to the vanilla call of the same round. */
const rounds: Record<string, { ms: number[]; ratio: number[] }> = {};
const frames: number[] = [];
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${server.origin}/page/commondreams-doj?run=${i}`);
    await page.addScriptTag({ content: probeSource });
    const view = new ReaderView(page);
    const click = () => browser.clickAction(page);
    samples.first.push(await openAndTime(view, click));
    await closeView(view, click);
    samples.reopen.push(await openAndTime(view, click));
    await closeView(view, click);
    // Each extractor runs first in a page of its own: code runs slower on its first call (parsed, then
    // interpreted), so timing one after the other in one page would compare one side's cold run with the
    // other's warm one (they share Readability's code). Then a second call gives the warm figure.
    const names: (keyof typeof extract)[] = i % 2 ? ['vanillaWithClone', 'readcite'] : ['readcite', 'vanillaWithClone'];
    for (const name of names) {
      await page.goto(`${server.origin}/page/commondreams-doj?run=${i}&${name}`);
      await page.addScriptTag({ content: probeSource });
      for (const when of ['cold', 'warm'] as const) {
        extract[name][when].push(await page.evaluate((n) => (globalThis as unknown as { __bench: Record<string, () => number> }).__bench[n]!(), name));
      }
    }
    // Warm rounds in one more page: vanilla, then each part, then all of extractArticle, ten times over.
    await page.goto(`${server.origin}/page/commondreams-doj?run=${i}&rounds`);
    await page.addScriptTag({ content: probeSource });
    const order = ['vanillaWithClone', ...Object.keys(PARTS), 'readcite'];
    type Bench = { __bench: { rounds: (names: string[], n: number) => Record<string, number>[] } };
    for (const round of await page.evaluate((names) => (globalThis as unknown as Bench).__bench.rounds(names, 10), order)) {
      const vanillaMs = round['vanillaWithClone']!;
      for (const name of order.slice(1)) {
        (rounds[name] ??= { ms: [], ratio: [] }).ms.push(round[name]!);
        rounds[name].ratio.push(round[name]! / vanillaMs);
      }
      (rounds['vanillaWithClone'] ??= { ms: [], ratio: [] }).ms.push(vanillaMs);
    }
    // The 20,000-word article: open, then scroll it end to end.
    if (i < 5) {
      await page.goto(`${server.origin}/gen/long-read?run=${i}`);
      const long = new ReaderView(page);
      samples.long.push(await openAndTime(long, click));
      frames.push(...(await scrollFrames(long)));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const vanilla = median(extract.vanillaWithClone.cold);
console.log(`\nReader view speed on the Common Dreams fixture, ${RUNS} runs, real Chromium (ms)`);
console.log('measure                                          median     p90   × vanilla clone + parse() (cold)');
const row = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(48)} ${median(xs).toFixed(1).padStart(6)} ${p90(xs).toFixed(1).padStart(7)} ${(median(xs) / vanilla).toFixed(2).padStart(10)}`);
row('click -> view painted, first open (inject+all)', samples.first);
row('click -> view painted, reopen', samples.reopen);
row('Readcite extractArticle(), first call in page', extract.readcite.cold);
row('vanilla Readability clone + parse(), first call', extract.vanillaWithClone.cold);
row('Readcite extractArticle(), second call', extract.readcite.warm);
row('vanilla clone + parse(), second call', extract.vanillaWithClone.warm);
row('20,000-word article: click -> view painted', samples.long);
const sorted = [...frames].sort((a, b) => a - b);
console.log(`\n20,000-word article scrolled end to end at 600 px a frame: ${frames.length} frames, median gap ${median(frames).toFixed(1)} ms, p95 ${(sorted[Math.floor(sorted.length * 0.95)] ?? 0).toFixed(1)} ms, worst ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
const ratio = (when: 'cold' | 'warm') => (median(extract.readcite[when]) / median(extract.vanillaWithClone[when])).toFixed(2);
console.log('\nWarm rounds (one page, 10 rounds a run: each call beside a vanilla call of the same round)   median ms   × vanilla, median of rounds');
const part = (name: string, key: string) => {
  const r = rounds[key] ?? { ms: [], ratio: [] };
  console.log(`${name.padEnd(86)} ${median(r.ms).toFixed(2).padStart(6)} ${r.ratio.length ? median(r.ratio).toFixed(2).padStart(10) : ''}`);
};
part('vanilla Readability clone + parse()', 'vanillaWithClone');
for (const [key, label] of Object.entries(PARTS)) part(label, key);
part("+ the cleaner's rules, chunks, standfirst, text: all of extractArticle()", 'readcite');
console.log(`\nRatio (issue 12's measure), Readcite extractArticle() / vanilla clone + parse(): first call ${ratio('cold')}, second call ${ratio('warm')}, warm rounds ${median(rounds['readcite']?.ratio ?? []).toFixed(2)} (target ≤ 1.5)`);
