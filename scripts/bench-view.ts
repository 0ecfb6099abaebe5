/**
 * Speed of the reader view in real Chromium, beside vanilla Readability in the same run.
 *   npm run bench:view [-- --runs 20]
 * For each run: a fresh load of the Common Dreams fixture; time from the toolbar click to the view painted
 * (first open: injection + extraction + render; then a reopen with the content script already there),
 * and, in the same page, vanilla Readability's parse() alone and Readcite's extractArticle() alone.
 * Prints medians; commit the script, not the numbers (timings on a shared machine drift between runs).
 */
import type { Page } from '@playwright/test';
import { launchWithExtension } from './extension-browser.js';
import { startServer } from './fixture-server.js';
import { buildProbe } from './page-probe.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

const probeSource = await buildProbe();

/** Page-side: resolves with the wall-clock time of the first frame after Readcite's view appears or goes. */
function paintAfter(page: Page, appear: boolean): Promise<number> {
  // A string, not a function: tsx would wrap nested functions in a __name() helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!!document.querySelector('readcite-view') !== ${appear}) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now())));
    });
    observer.observe(document.documentElement, { childList: true });
  })`);
}

async function clickAndTime(page: Page, click: () => Promise<void>, appear: boolean): Promise<number> {
  const painted = paintAfter(page, appear);
  await page.evaluate(() => undefined); // the observer is installed before the click
  const start = performance.timeOrigin + performance.now();
  await click();
  return (await painted) - start;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;

const server = await startServer();
const browser = await launchWithExtension();
const samples = { first: [] as number[], reopen: [] as number[], vanilla: [] as number[], vanillaWithClone: [] as number[], readcite: [] as number[] };
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${server.origin}/page/commondreams-doj?run=${i}`);
    await page.addScriptTag({ content: probeSource });
    const click = () => browser.clickAction(page);
    samples.first.push(await clickAndTime(page, click, true));
    await clickAndTime(page, click, false);
    samples.reopen.push(await clickAndTime(page, click, true));
    await clickAndTime(page, click, false);
    // The in-page extractors take turns going first, so none always runs on a warmer engine.
    const order = (['vanilla', 'vanillaWithClone', 'readcite'] as const).map((_, k, all) => all[(k + i) % all.length]!);
    for (const name of order) {
      samples[name].push(await page.evaluate((n) => (globalThis as unknown as { __bench: Record<string, () => number> }).__bench[n]!(), name));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const vanilla = median(samples.vanilla);
console.log(`\nReader view speed on the Common Dreams fixture, ${RUNS} runs, real Chromium (ms)`);
console.log('measure                                          median     p90   × vanilla parse()');
const row = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(48)} ${median(xs).toFixed(1).padStart(6)} ${p90(xs).toFixed(1).padStart(7)} ${(median(xs) / vanilla).toFixed(2).padStart(10)}`);
row('click -> view painted, first open (inject+all)', samples.first);
row('click -> view painted, reopen', samples.reopen);
row('Readcite extractArticle() alone (clones)', samples.readcite);
row('vanilla Readability clone + parse()', samples.vanillaWithClone);
row('vanilla Readability parse() alone', samples.vanilla);
