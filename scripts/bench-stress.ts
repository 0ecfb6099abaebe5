/**
 * Extreme pages in real Chromium, Readcite beside vanilla Readability on the same live page:
 *   npm run bench:stress
 * A 10 MB page of 100,000 nodes and a 20,000-deep nesting (Chromium's parser caps depth at 512, as it
 * does for any page). Prints time and the JS heap's peak growth during each extraction.
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
const server = await startServer(pages);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: OFFLINE_ARGS });
const probe = await buildProbe();
console.log('page                size      nodes   extractor          ms     heap peak +MB');
const results = new Map<string, { ms: number; heap: number }>();
try {
  for (const name of pages.keys()) {
    for (const side of ['vanillaWithClone', 'readcite'] as const) {
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
      results.set(`${name}|${side}`, { ms, heap: peak - before });
      console.log(`${name.padEnd(18)} ${size.padStart(7)} ${String(nodes).padStart(9)}   ${(side === 'readcite' ? 'Readcite' : 'vanilla (+clone)').padEnd(17)} ${ms.toFixed(0).padStart(6)} ${((peak - before) / 1e6).toFixed(1).padStart(10)}`);
      await page.close();
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
