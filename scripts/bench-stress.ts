/**
 * Extreme pages in real Chromium, Readcite beside vanilla Readability on the same live page:
 *   npm run bench:stress [-- --runs 5]
 * A 10 MB page of 100,000 nodes and a 20,000-deep nesting (Chromium's parser caps depth at 512, as it
 * does for any page). Prints time and the JS heap's growth over each extraction, read as it ends (garbage
 * included: the page's thread is busy throughout, so the 20 ms samples are answered only then): the median of
 * several runs, the two sides taking turns in fresh pages (one run of each swings by 2× on a busy machine).
 */
import { chromium } from '@playwright/test';
import { chromiumPath, OFFLINE_ARGS } from './chromium.js';
import { startServer } from './fixture-server.js';
import { buildProbe } from './page-probe.js';
import { BIG_PAGE, DEEP_PAGE } from '../test/extreme/pages.js';

const pages = new Map([
  ['stress-big', BIG_PAGE],
  ['stress-deep', DEEP_PAGE],
]);
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const server = await startServer(pages);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: OFFLINE_ARGS });
const probe = await buildProbe();
console.log(`page                size      nodes   extractor          ms     heap at end +MB (medians of ${RUNS} runs)`);
const samples = new Map<string, { ms: number[]; heap: number[] }>();
const results = new Map<string, { ms: number; heap: number }>();
try {
  for (const name of pages.keys()) {
    for (let run = 0; run < RUNS * 2; run++) {
      const side = (['vanillaWithClone', 'readcite'] as const)[(run + Math.floor(run / 2)) % 2]!;
      const page = await browser.newPage();
      await page.goto(`${server.origin}/gen/${name}`, { timeout: 120_000 });
      await page.addScriptTag({ content: probe });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      let peak = before;
      const sampler = setInterval(() => {
        void cdp.send('Runtime.getHeapUsage').then(({ usedSize }) => (peak = Math.max(peak, usedSize)), () => undefined);
      }, 20);
      const ms = await page.evaluate((s) => (globalThis as unknown as { __bench: Record<string, () => number> }).__bench[s]!(), side);
      clearInterval(sampler);
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const size = `${(pages.get(name)!.length / 1e6).toFixed(1)} MB`;
      const mine = samples.get(`${name}|${side}`) ?? { ms: [], heap: [] };
      mine.ms.push(ms);
      mine.heap.push(peak - before);
      samples.set(`${name}|${side}`, mine);
      await page.close();
      if (mine.ms.length < RUNS) continue;
      results.set(`${name}|${side}`, { ms: median(mine.ms), heap: median(mine.heap) });
      console.log(`${name.padEnd(18)} ${size.padStart(7)} ${String(nodes).padStart(9)}   ${(side === 'readcite' ? 'Readcite' : 'vanilla (+clone)').padEnd(17)} ${median(mine.ms).toFixed(0).padStart(6)} ${(median(mine.heap) / 1e6).toFixed(1).padStart(10)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
// Issue 12's measure: Readcite over vanilla clone + parse() on the same page, time and heap growth.
console.log('\npage                time × vanilla   heap × vanilla   (targets on the 10 MB page: ≤ 1.3 and ≤ 2)');
for (const name of pages.keys()) {
  const ours = results.get(`${name}|readcite`);
  const theirs = results.get(`${name}|vanillaWithClone`);
  if (!ours || !theirs) continue;
  console.log(`${name.padEnd(18)} ${(ours.ms / theirs.ms).toFixed(2).padStart(14)} ${(ours.heap / Math.max(theirs.heap, 1)).toFixed(2).padStart(16)}`);
}
