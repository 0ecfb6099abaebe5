import { test, expect } from './fixtures.js';
import { ReaderView } from '../../scripts/reader-view.js';
import { BAD_PAGES } from '../extreme/pages.js';

/**
 * Bad and extreme pages in real Chromium: each gives the article or a clear message, closes cleanly,
 * and nothing reports an error: not the page, not the content script, not the reader frame, not the
 * background worker (checked by the fixture).
 */
test(`bad input: ${BAD_PAGES.length} malformed and extreme pages each give a view or a clear message`, async ({ browserWithExtension: chromium, siteOrigin: site }) => {
  test.setTimeout(120_000);
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The pages' own missing subresources (frames, images) are theirs, not ours.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  const seen: Record<string, string | null> = {};
  for (const { name } of BAD_PAGES) {
    await page.goto(`${site}/gen/${name}`, { timeout: 60_000 });
    const view = new ReaderView(page);
    await chromium.clickAction(page);
    await view.waitFor(() => true, 30_000);
    seen[name] = await view.text('h1');
    if (name === 'too-many-elements') expect(await view.text('.rc-message p')).toMatch(/^This page has 160,0\d\d elements, too many for reader view \(the limit is 150,000\)\.$/);
    await chromium.clickAction(page);
    await view.waitForClosed();
  }
  expect(seen).toEqual(Object.fromEntries(BAD_PAGES.map((p) => [p.name, p.heading])));
  expect(errors).toEqual([]);
});
