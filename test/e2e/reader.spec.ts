import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { FIXTURES } from '../../scripts/fixture-server.js';

interface Expected {
  title: string;
  standfirst: string;
  byline: string;
  siteName: string;
  displayDate: string;
  leadImage: { alt: string; caption: string; credit: string };
  firstParagraph: string;
  lastParagraph: string;
  paragraphs: number;
  absent: string[];
}
const CD = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'commondreams-doj', 'expected.json'), 'utf8')) as Expected;

test('a toolbar click shows the Common Dreams article, clean', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);

  expect(await view.text('.rc-site')).toBe('COMMON DREAMS'); // shown in small caps
  expect(await view.text('.rc-title')).toBe(CD.title);
  expect(await view.text('.rc-standfirst')).toBe(CD.standfirst);
  expect(await view.text('.rc-byline')).toBe(CD.byline);
  expect(await view.text('.rc-date')).toBe(CD.displayDate);
  expect(await view.attributes('.rc-date', 'datetime')).toEqual(['2017-08-04T13:14:52-04:00']);
  expect(await view.text('.rc-reading')).toBe('2 min read · 440 words');
  expect(await view.text('.rc-lead .rc-caption')).toBe(CD.leadImage.caption);
  expect(await view.text('.rc-lead .rc-credit')).toBe(CD.leadImage.credit.toUpperCase());
  expect(await view.attributes('.rc-lead img', 'alt')).toEqual([CD.leadImage.alt]);
  // The photo really loaded (served by the test site, same origin).
  await expect.poll(() => view.eval((root) => (root.querySelector('.rc-lead img') as HTMLImageElement).naturalWidth)).toBe(1200);

  const paragraphs = await view.texts('.rc-body p');
  expect(paragraphs).toHaveLength(CD.paragraphs);
  expect(paragraphs[0]).toBe(CD.firstParagraph);
  expect(paragraphs.at(-1)).toBe(CD.lastParagraph);

  // The article as shown (header, photo, body); the cite panel quotes the licence notice on purpose.
  const seen = (await view.texts('.rc-header, .rc-lead, .rc-body')).join('\n');
  for (const text of CD.absent) expect(seen, `the view shows ${JSON.stringify(text)}`).not.toContain(text);

  // Links in the body open beside the view and leak no referrer.
  expect(await view.attributes('.rc-body a', 'rel')).toEqual(['noopener noreferrer']);
  expect(await view.attributes('.rc-body a', 'target')).toEqual(['_blank']);
  // The page itself was not rewritten: its own headline is still there, behind the view.
  expect(await page.locator('h1.node__title').innerText()).toBe(CD.title);
});

test('toggling again restores the page exactly: DOM, scroll and focus', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await page.locator('a[href="/author/julia-conley"]').first().focus();
  await page.evaluate(() => window.scrollTo(0, 700));
  const before = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    y: window.scrollY,
    focus: document.activeElement?.outerHTML,
  }));
  expect(before.y).toBe(700);

  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  await clickAction(page);
  await expect.poll(() => view.hostCount()).toBe(0);

  const after = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    y: window.scrollY,
    focus: document.activeElement?.outerHTML,
  }));
  expect(after).toEqual(before);
});

test('Esc and the close button both close the view', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => view.hostCount()).toBe(0);

  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  await view.click('.rc-close');
  await expect.poll(() => view.hostCount()).toBe(0);
});

test('injecting the content script twice toggles; it never stacks two views', async ({ openFixture, clickAction, serviceWorker }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await clickAction(page); // grants activeTab and opens
  await expect.poll(() => view.isOpen()).toBe(true);
  const inject = () =>
    serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content.js'] });
    });
  await inject();
  await expect.poll(() => view.hostCount()).toBe(0);
  await inject();
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.hostCount()).toBe(1);
});

test('a strict CSP page still gets a fully styled view', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('commondreams-doj', { strict: true });
  // The CSP really applies: the page's own inline script and inline styles were blocked.
  expect(await page.evaluate(() => 'googletag' in window)).toBe(false);
  expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.style('html', 'background-color')).toBe('rgb(251, 250, 247)');
  expect(await view.style('.rc-title', 'font-weight')).toBe('700');
  expect(await view.style('.rc-body p', 'line-height')).toBe('33px'); // 20px × 1.65
  expect(await view.text('.rc-title')).toBe(CD.title);
});

test('dark mode follows the system', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await page.emulateMedia({ colorScheme: 'dark' });
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.style('html', 'background-color')).toBe('rgb(27, 26, 25)');
  expect(await view.style('html', 'color')).toBe('rgb(233, 230, 225)');
});

test('a line of body text holds 60 to 80 characters, and a 360 px window has no sideways scroll', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  // Characters per line = the paragraph's width over the average width of its characters in its font.
  const perLine = await view.eval((root) => {
    const p = root.querySelector('.rc-body p') as HTMLElement;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = getComputedStyle(p).font;
    const text = Array.from(root.querySelectorAll('.rc-body p')).map((el) => (el as HTMLElement).innerText).join(' ');
    return Math.round(p.clientWidth / (ctx.measureText(text).width / text.length));
  });
  expect(perLine).toBeGreaterThanOrEqual(60);
  expect(perLine).toBeLessThanOrEqual(80);

  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await view.eval((root) => {
    const scroller = root.documentElement;
    return scroller.scrollWidth - scroller.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a right-to-left article reads right to left', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('rtl-arabic-article');
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.attributes('.rc-article', 'dir')).toEqual(['rtl']);
  expect(await view.attributes('.rc-article', 'lang')).toEqual(['ar']);
  expect(await view.style('.rc-body p', 'direction')).toBe('rtl');
  // The first line starts at the right edge of the column.
  const edges = await view.eval((root) => {
    const p = root.querySelector('.rc-body p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const first = range.getClientRects()[0]!;
    const box = p.getBoundingClientRect();
    return { gapRight: Math.round(box.right - first.right), gapLeft: Math.round(first.left - box.left) };
  });
  expect(edges?.gapRight).toBeLessThanOrEqual(1);
  expect(edges!.gapLeft).toBeGreaterThanOrEqual(0);
  expect(await view.text('.rc-title')).toBe('مزارعو الزيتون في تونس يواجهون موسمًا صعبًا');
});

test('a page without an article gets a plain message that closes cleanly', async ({ openFixture, clickAction }) => {
  const { page, view } = await openFixture('not-an-article');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await clickAction(page);
  await expect.poll(() => view.text('[role=alert] h1')).toBe('Readcite could not find an article on this page.');
  await view.click('.rc-close');
  await expect.poll(() => view.hostCount()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});

test('on a browser page the button says Readcite cannot run there, with no error', async ({ context, clickAction, serviceWorker }) => {
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  serviceWorker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  // (Uncaught errors and rejections in the worker are collected by the browserWithExtension fixture.)
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('chrome://version/');
  await clickAction(page);
  const state = () =>
    serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { badge: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }) };
    });
  await expect.poll(async () => (await state()).badge).toBe('!');
  expect((await state()).title).toBe(
    'Readcite cannot run on this page: browsers keep their own pages and extension stores off limits to extensions.',
  );
  errors.push(...(await serviceWorker.evaluate(() => (self as unknown as { __errors: string[] }).__errors)));
  expect(errors).toEqual([]);
});

test('the context menu offers "Open in reader view"', async ({ serviceWorker }) => {
  // Headless Chromium cannot open a context menu; the item's registration is what can be checked here.
  // Its click handler calls the same toggleReader() as the toolbar button.
  // The item is created in runtime.onInstalled, which a fresh profile's worker may still be running: poll until it settles.
  const registered = () =>
    serviceWorker.evaluate(
      () => new Promise<string>((resolve) => chrome.contextMenus.update('readcite-open', { title: 'Open in reader view' }, () => resolve(chrome.runtime.lastError?.message ?? 'registered'))),
    );
  await expect.poll(registered, { timeout: 5000 }).toBe('registered');
});
