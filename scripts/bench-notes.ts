/**
 * Highlights at scale in real Chromium: 500 highlights on the 20,000-word article, re-anchored and
 * painted when the view opens (issue 15's bar: ≤ 200 ms; a benchmark, not a test).
 *   npm run bench:notes [-- --runs 5]
 * Each run stores 500 highlights (evenly spread, 40-90 characters each) under the article's key, then
 * opens the view and reads the reader page's own measures (reader/notes.ts): re-anchor + wrap in marks
 * ("anchored"), and to the second frame after, layout and paint included ("painted"). Two cases: the
 * text as stored (the position check holds) and the text moved by a sentence (every position is off,
 * so each highlight is found by its quote and context). Prints medians and the bytes per highlight.
 */
import { launchWithExtension } from './extension-browser.js';
import { startServer } from './fixture-server.js';
import { ReaderView } from './reader-view.js';
import { longRead } from '../test/extreme/pages.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const COUNT = 500;

const page = longRead();
const moved = page.replace('<h1>A Long History of the Valley</h1>', '<h1>A Long History of the Valley</h1><p>An editor added this sentence to the start of the article later.</p>');
const server = await startServer(new Map([['long-read', page], ['long-read-moved', moved]]));
const browser = await launchWithExtension();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** The article's text as the view anchors in it (the view's own additions left out). */
const TEXT_OF_BODY = `(() => {
  const body = document.querySelector('.rc-body');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, { acceptNode: (n) => n.nodeType === 3 ? 1 : n.matches('.rc-view-only') ? 2 : 3 });
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.data;
  return text;
})()`;

const results = { same: { anchored: [] as number[], painted: [] as number[] }, moved: { anchored: [] as number[], painted: [] as number[] } };
let bytesPerHighlight = 0;
try {
  const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
  const view = new ReaderView(tab);
  const click = () => browser.clickAction(tab);
  for (let run = 0; run < RUNS; run++) {
    // The article's text, from the view itself.
    await tab.goto(`${server.origin}/gen/long-read`);
    await click();
    await view.waitFor(() => performance.getEntriesByName('readcite:notes-painted').length > 0, 30_000);
    const text = await view.frame()!.evaluate<string>(TEXT_OF_BODY);
    await click();
    await view.waitForClosed();
    // The key: the page states no canonical URL, so the article's URL is the page's.
    const key = `notes:${server.origin}/gen/long-read`;
    const highlights = Array.from({ length: COUNT }, (_, i) => {
      const start = Math.floor((i * (text.length - 200)) / COUNT) + 17;
      const end = start + 40 + (i % 51);
      const at = new Date(Date.UTC(2025, 2, 10, 10, 0, i % 60)).toISOString();
      return { id: `bench-${i}`, colour: ['yellow', 'green', 'blue', 'pink'][i % 4], note: i % 3 ? '' : `Note ${i} on this passage.`, created: at, modified: at, quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }, position: { start, end } };
    });
    const record = { url: `${server.origin}/gen/long-read`, work: { title: 'A Long History of the Valley', names: [{ family: 'Reed', given: 'Ada' }], site: 'The Valley Review', published: null, accessed: '2025-03-10', url: `${server.origin}/gen/long-read`, lang: 'en', licenceUrl: null, notice: null, copyright: null, allRightsReserved: false }, highlights };
    bytesPerHighlight = new TextEncoder().encode(key + JSON.stringify(record)).length / COUNT;
    for (const [name, slug] of [['same', 'long-read'], ['moved', 'long-read-moved']] as const) {
      // The moved page has its own URL: store the same highlights under it.
      const k = `notes:${server.origin}/gen/${slug}`;
      await browser.worker.evaluate(([k2, r]) => chrome.storage.local.set({ [k2]: r }), [k, { ...record, url: `${server.origin}/gen/${slug}`, work: { ...record.work, url: `${server.origin}/gen/${slug}` } }] as const);
      // No query string: the page states no canonical URL, so its address is the article's key.
      await tab.goto(`${server.origin}/gen/${slug}`);
      await click();
      await view.waitFor(() => performance.getEntriesByName('readcite:notes-painted').length > 0, 60_000);
      const m = await view.eval(() => ({
        anchored: performance.getEntriesByName('readcite:notes-anchored')[0]!.duration,
        painted: performance.getEntriesByName('readcite:notes-painted')[0]!.duration,
        marks: new Set(Array.from(document.querySelectorAll('mark.rc-hl')).map((el) => (el as HTMLElement).dataset['id'])).size,
        missing: document.querySelectorAll('.rc-notes-missing li').length,
      }));
      if (!m || m.marks !== COUNT || m.missing !== 0) throw new Error(`${name}: ${m?.marks} of ${COUNT} highlights painted, ${m?.missing} not found`);
      results[name].anchored.push(m.anchored);
      results[name].painted.push(m.painted);
      await click();
      await view.waitForClosed();
      await browser.worker.evaluate((k2) => chrome.storage.local.remove(k2), k);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\n${COUNT} highlights on the 20,000-word article, ${RUNS} runs, real Chromium (ms, median)`);
console.log('case                                         anchored + marks   + next frame painted');
for (const [name, label] of [['same', 'text as stored (position check)'], ['moved', 'text moved by a sentence (quote + context)']] as const) {
  console.log(`${label.padEnd(44)} ${median(results[name].anchored).toFixed(1).padStart(16)} ${median(results[name].painted).toFixed(1).padStart(22)}`);
}
console.log(`\nstorage: ${bytesPerHighlight.toFixed(0)} bytes per highlight (JSON in storage.local, a third of them with a short note; quotes 40-90 characters)`);
