import { test as base, expect } from './fixtures.js';
import { CD_TITLE as TITLE, CD_ATTRIBUTION as ATTRIBUTION } from './common-dreams.js';
import type { Page } from 'puppeteer-core';
import { FirefoxWithExtension } from '../../scripts/firefox-browser.js';

/**
 * The shared scenarios in Firefox ESR (Debian's), driven by puppeteer-core over WebDriver BiDi inside the
 * same runner as the Chromium suite. Test names start with "firefox:".
 */
const test = base.extend<{ ff: FirefoxWithExtension }>({
  // eslint-disable-next-line no-empty-pattern
  ff: async ({}, use) => {
    const ff = await FirefoxWithExtension.launch();
    await use(ff);
    await ff.close();
  },
});


let unique = 0;
async function open(ff: FirefoxWithExtension, site: string, route = 'page'): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${site}/${route}/commondreams-doj?ff=${++unique}`);
  return page;
}
const text = (ff: FirefoxWithExtension, page: Page, selector: string) =>
  ff.evalInView<string | null>(page, '(root, sel) => root.querySelector(sel)?.innerText.trim() ?? null', selector);
const isOpen = async (ff: FirefoxWithExtension, page: Page) => (await ff.evalInView<boolean>(page, "(root) => 'ready' in root.documentElement.dataset")) ?? false;
const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('readcite-view').length);

test('firefox: the view shows title, byline and caption with credit', async ({ ff, siteOrigin: site }) => {
  const page = await open(ff, site);
  await ff.clickAction(page);
  await expect.poll(() => isOpen(ff, page)).toBe(true);
  expect(await text(ff, page, '.rc-title')).toBe(TITLE);
  expect(await text(ff, page, '.rc-byline')).toBe('Julia Conley');
  expect(await text(ff, page, '.rc-date')).toBe('August 4, 2017');
  expect(await text(ff, page, '.rc-lead .rc-caption')).toBe('The DOJ has threatened to withhold anti-crime funds from four cities unless they comply with immigration agents.');
  expect(await text(ff, page, '.rc-lead .rc-credit')).toBe('JOHN MOORE/GETTY');
});

test('firefox: toggling again restores the page exactly', async ({ ff, siteOrigin: site }) => {
  const page = await open(ff, site);
  await page.evaluate(() => window.scrollTo(0, 600));
  const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
  await ff.clickAction(page);
  await expect.poll(() => isOpen(ff, page)).toBe(true);
  await ff.clickAction(page);
  await expect.poll(() => hosts(page)).toBe(0);
  expect(await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }))).toEqual(before);
});

test('firefox: a strict CSP page still gets a styled view', async ({ ff, siteOrigin: site }) => {
  const page = await open(ff, site, 'strict');
  expect(await page.evaluate(() => 'googletag' in window)).toBe(false); // the page's inline script was blocked
  await ff.clickAction(page);
  await expect.poll(() => isOpen(ff, page)).toBe(true);
  const style = await ff.evalInView<{ bg: string; weight: string }>(page, "(root) => ({ bg: getComputedStyle(root.documentElement).backgroundColor, weight: getComputedStyle(root.querySelector('.rc-title')).fontWeight })");
  expect(style).toEqual({ bg: 'rgb(251, 250, 247)', weight: '700' });
});

test('firefox: Copy writes the exact attribution to the clipboard', async ({ ff, siteOrigin: site }) => {
  const page = await open(ff, site);
  await ff.clickAction(page);
  await expect.poll(() => isOpen(ff, page)).toBe(true);
  const box = await ff.evalInView<{ x: number; y: number }>(page, "(root) => { const r = root.querySelector('.rc-copy').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }");
  await page.mouse.click(box!.x, box!.y);
  await expect.poll(() => text(ff, page, '.rc-status')).toBe('Copied: CC attribution (TASL).');
  // Read back where it was written: Firefox asks the user before a page reads another origin's clipboard.
  expect(await ff.evalInView<string>(page, '() => navigator.clipboard.readText()')).toBe(ATTRIBUTION);
});

test('firefox: keys in the view change settings that survive reopening, and never reach the page', async ({ ff, siteOrigin: site }) => {
  const page = await open(ff, site);
  await page.evaluate(() => {
    const w = window as unknown as { keys: string[] };
    w.keys = [];
    window.addEventListener('keydown', (e) => w.keys.push(e.key), true);
  });
  await ff.clickAction(page);
  await expect.poll(() => isOpen(ff, page)).toBe(true);
  const looks = () => ff.evalInView<{ theme: string; size: string }>(page, "(root) => ({ theme: root.documentElement.dataset.theme, size: getComputedStyle(root.querySelector('.rc-body p')).fontSize })");
  expect(await looks()).toEqual({ theme: 'auto', size: '20px' });
  await page.keyboard.press('t');
  await page.keyboard.press('+');
  await expect.poll(looks).toEqual({ theme: 'light', size: '22px' });
  expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);

  await ff.clickAction(page);
  await expect.poll(() => hosts(page)).toBe(0);
  await ff.clickAction(page);
  await expect.poll(() => isOpen(ff, page)).toBe(true);
  expect(await looks()).toEqual({ theme: 'light', size: '22px' });
});
