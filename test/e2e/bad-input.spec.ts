import { test, expect } from './fixtures.js';
import { BAD_PAGES } from '../extreme/pages.js';

/**
 * Bad and extreme pages: each gives the article or a clear message, closes cleanly, and nothing reports
 * an error: not the page, not the content script, not the reader frame, not the background (the last
 * three checked by the ext fixture).
 */
/**
 * The pages' own missing subresources (frames, images) are theirs, not ours; so is Firefox's parser
 * telling the 20,000-deep page that it flattens it (Chromium caps the depth without a word).
 */
const THEIRS = /Failed to load resource|Loading failed for the|The document tree is too deep/;

test(`bad input: ${BAD_PAGES.length} malformed and extreme pages each give a view or a clear message`, async ({ ext, siteOrigin: site }) => {
  test.setTimeout(180_000);
  const tab = await ext.firstTab();
  const seen: Record<string, string | null> = {};
  for (const { name } of BAD_PAGES) {
    await tab.goto(`${site}/gen/${name}`);
    const view = tab.view;
    await ext.clickAction(tab);
    await view.waitFor(() => true, 60_000);
    seen[name] = await view.text('h1');
    if (name === 'too-many-elements') expect(await view.text('.rc-message p')).toMatch(/^This page has 160,0\d\d elements, too many for reader view \(the limit is 150,000\)\.$/);
    await ext.clickAction(tab);
    await view.waitForClosed();
  }
  expect(seen).toEqual(Object.fromEntries(BAD_PAGES.map((p) => [p.name, p.heading])));
  expect(tab.errors.filter((e) => !THEIRS.test(e.text))).toEqual([]);
});
