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

test('a toolbar click shows the Common Dreams article, clean', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
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
  expect(await tab.evaluate(() => document.querySelector<HTMLElement>('h1.node__title')?.innerText)).toBe(CD.title);
});

test('toggling again restores the page exactly: DOM, scroll and focus', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await tab.evaluate(() => document.querySelector<HTMLElement>('a[href="/author/julia-conley"]')!.focus());
  await tab.evaluate(() => window.scrollTo(0, 700));
  const place = () =>
    tab.evaluate(() => ({
      html: document.documentElement.outerHTML,
      y: window.scrollY,
      focus: document.activeElement?.outerHTML,
    }));
  const before = await place();
  expect(before.y).toBe(700);

  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await ext.clickAction(tab);
  await expect.poll(() => view.hostCount()).toBe(0);

  expect(await place()).toEqual(before);
});

test('Esc and the close button both close the view', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await tab.press('Escape');
  await expect.poll(() => view.hostCount()).toBe(0);

  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await view.click('.rc-close');
  await expect.poll(() => view.hostCount()).toBe(0);
});

test('injecting the content script twice toggles; it never stacks two views', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab); // grants activeTab and opens
  await expect.poll(() => view.isOpen()).toBe(true);
  const inject = () =>
    ext.inExtension(async () => {
      const [front] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.scripting.executeScript({ target: { tabId: front!.id! }, files: ['content.js'] });
    });
  await inject();
  await expect.poll(() => view.hostCount()).toBe(0);
  await inject();
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.hostCount()).toBe(1);
});

test('a strict CSP page still gets a fully styled view', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj', { strict: true });
  // The CSP really applies: the page's own inline script and inline styles were blocked.
  expect(await tab.evaluate(() => 'googletag' in window)).toBe(false);
  expect(await tab.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.style('html', 'background-color')).toBe('rgb(251, 250, 247)');
  expect(await view.style('.rc-title', 'font-weight')).toBe('700');
  expect(await view.style('.rc-body p', 'line-height')).toBe('33px'); // 20px × 1.65
  expect(await view.text('.rc-title')).toBe(CD.title);
});

test('dark mode follows the system', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await tab.emulateColorScheme('dark');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.style('html', 'background-color')).toBe('rgb(27, 26, 25)');
  expect(await view.style('html', 'color')).toBe('rgb(233, 230, 225)');
});

test('a line of body text holds 60 to 80 characters, and a 360 px window has no sideways scroll', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
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

  await tab.setViewport(360, 740);
  // The frame follows the window (less the page's scrollbar where the browser draws one); then nothing
  // sticks out sideways.
  await expect.poll(() => view.eval(() => innerWidth <= 360)).toBe(true);
  const overflow = await view.eval((root) => {
    const scroller = root.documentElement;
    return scroller.scrollWidth - scroller.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a right-to-left article reads right to left', async ({ open, ext }) => {
  const { tab, view } = await open('rtl-arabic-article');
  await ext.clickAction(tab);
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

test('a page without an article gets a plain message that closes cleanly', async ({ open, ext }) => {
  const { tab, view } = await open('not-an-article');
  const before = await tab.evaluate(() => document.documentElement.outerHTML);
  await ext.clickAction(tab);
  await expect.poll(() => view.text('[role=alert] h1')).toBe('Readcite could not find an article on this page.');
  await view.click('.rc-close');
  await expect.poll(() => view.hostCount()).toBe(0);
  expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});

test('on a browser page the button says Readcite cannot run there, with no error', async ({ ext }) => {
  // (Uncaught errors and console errors of the extension are checked by the ext fixture.)
  const tab = await ext.firstTab();
  await tab.goto(ext.browserPage);
  await ext.clickAction(tab);
  const state = () =>
    ext.inExtension(async () => {
      const [front] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { badge: await chrome.action.getBadgeText({ tabId: front!.id! }), title: await chrome.action.getTitle({ tabId: front!.id! }) };
    });
  await expect.poll(async () => (await state()).badge).toBe('!');
  expect((await state()).title).toBe(
    'Readcite cannot run on this page: browsers keep their own pages and extension stores off limits to extensions.',
  );
});

test('the context menu offers "Open in reader view"', async ({ ext }) => {
  // Headless browsers cannot open a context menu; the item's registration is what can be checked here.
  // Its click handler calls the same toggleReader() as the toolbar button.
  // The item is created in runtime.onInstalled, which a fresh profile's background may still be running: poll until it settles.
  const registered = () =>
    ext.inExtension(
      () => new Promise<string>((resolve) => chrome.contextMenus.update('readcite-open', { title: 'Open in reader view' }, () => resolve(chrome.runtime.lastError?.message ?? 'registered'))),
    );
  await expect.poll(registered).toBe('registered');
});

test('a footnote reference leads to its note in the view, and the note leads back', async ({ open, ext }) => {
  const { tab, view } = await open('fn-pandoc', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  // Runs in the view's frame: its document is the view's own.
  const target = () => view.eval(() => document.querySelector(':target')?.textContent.trim() ?? null);
  await view.click('.rc-body a[href="#user-content-fn1"]');
  await expect.poll(target).toBe('Wixted and Wells reviewed the evidence in a 2017 article in Psychological Science in the Public Interest.↩︎');
  await view.click('.rc-body li[id="user-content-fn1"] a');
  await expect.poll(target).toBe('1');
  // The page behind the view did not move to its own notes.
  expect(await tab.evaluate(() => location.hash)).toBe('');
});

test('each code block has a Copy button that copies its code exactly', async ({ open, ext }) => {
  const { tab, view } = await open('code-prism', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.texts('.rc-body .rc-code-copy')).toEqual(['Copy code', 'Copy code']);
  expect(await view.texts('.rc-body .rc-code-lang')).toEqual(['CSS', 'CSS']); // as shown: the page wrote language-css
  await view.click('.rc-body .rc-code ~ .rc-code .rc-code-copy'); // the second block's button
  await expect.poll(() => view.texts('.rc-body .rc-code-copy')).toEqual(['Copy code', 'Copied']);
  expect((await ext.readClipboard()).text).toBe('@container cards (min-width: 30rem) {\n  .card {\n    display: grid;\n    grid-template-columns: 10rem 1fr;\n  }\n}');
});

test('a footnote shows beside its reference on hover and on keyboard focus; Escape hides it, not the view', async ({ open, ext }) => {
  const { tab, view } = await open('fn-pandoc', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  const preview = () => view.eval(() => { const tip = document.querySelector<HTMLElement>('.rc-note-preview'); return tip && !tip.hidden ? tip.innerText : null; });
  await view.hover('.rc-body a[href="#user-content-fn2"]');
  await expect.poll(preview).toBe("Loftus and Palmer's car-crash experiment of 1974 is the classic demonstration of this effect.");
  await view.hover('.rc-title');
  await expect.poll(preview).toBe(null);
  // Keyboard: focus the reference as Tab would, then Escape.
  await view.eval(() => document.querySelector<HTMLElement>('.rc-body a[href="#user-content-fn1"]')!.focus());
  await expect.poll(preview).toBe('Wixted and Wells reviewed the evidence in a 2017 article in Psychological Science in the Public Interest.');
  expect(await view.attributes('.rc-body a[href="#user-content-fn1"]', 'aria-describedby')).toEqual(['rc-note-preview']);
  await tab.press('Escape');
  await expect.poll(preview).toBe(null);
  expect(await view.isOpen()).toBe(true);
});
