import { test, expect } from './fixtures.js';
import type { ReaderView } from '../../scripts/reader-view.js';
import { DEFAULTS } from '../../src/browser/settings-schema.js';

/**
 * Reading comfort: display settings in the view and on the options page, their storage and live
 * updates, the keyboard, print, and a 20,000-word article.
 */

/** What a reader sees of the text: colours, font, size, spacing and column width. */
const looks = (view: ReaderView) =>
  view.eval((root) => {
    const p = getComputedStyle(root.querySelector('.rc-body p')!);
    return {
      background: getComputedStyle(root.documentElement).backgroundColor,
      color: p.color,
      font: p.fontFamily.split(',')[0],
      size: p.fontSize,
      leading: p.lineHeight,
      column: getComputedStyle(root.querySelector('.rc-article')!).maxWidth,
    };
  });

const LIGHT_DEFAULT = { background: 'rgb(251, 250, 247)', color: 'rgb(28, 27, 26)', font: 'Charter', size: '20px', leading: '33px', column: '680px' };

test('each display setting changes what the reader sees, and survives reopening the view', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await looks(view)).toEqual(LIGHT_DEFAULT);

  await view.click('.rc-settings-toggle');
  expect(await view.attributes('.rc-settings-toggle', 'aria-expanded')).toEqual(['true']);
  await view.click('label[for="rc-theme-sepia"]');
  await view.click('label[for="rc-font-legible"]');
  await view.click('.rc-size .rc-more');
  await view.click('.rc-lineHeight .rc-more');
  await view.click('.rc-width .rc-less');
  const chosen = { background: 'rgb(244, 236, 216)', color: 'rgb(59, 46, 30)', font: '"Atkinson Hyperlegible"', size: '22px', leading: '39.6px', column: '660px' };
  await expect.poll(() => looks(view)).toEqual(chosen);
  expect(await view.texts('.rc-value')).toEqual(['22 px', '1.8', '30 em']);
  // The bundled font really is the one drawn.
  expect(await view.eval((root) => root.fonts.check('22px "Atkinson Hyperlegible"'))).toBe(true);

  await view.click('label[for="rc-font-sans"]');
  await expect.poll(async () => (await looks(view))?.font).toBe('system-ui');

  await view.click('.rc-close');
  await expect.poll(() => view.hostCount()).toBe(0);
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await looks(view)).toEqual({ ...chosen, font: 'system-ui' });
  const stored = await ext.inExtension(() => chrome.storage.sync.get('readcite'));
  expect(stored).toEqual({ readcite: { theme: 'sepia', font: 'sans', size: 22, lineHeight: 1.8, width: 30, academicStyle: 'apa' } });
});

test('quick presses are all kept: three + in a row give three steps, in the view and in storage', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await tab.press('+');
  await tab.press('+');
  await tab.press('+');
  await tab.press('t');
  await expect.poll(async () => (await looks(view))?.size).toBe('28px'); // 20 → 22 → 24 → 28
  await expect.poll(() => ext.inExtension(() => chrome.storage.sync.get('readcite'))).toEqual({ readcite: { ...DEFAULTS, size: 28, theme: 'light' } });
  expect((await looks(view))?.size).toBe('28px');
  await tab.press('-');
  await expect.poll(async () => (await looks(view))?.size).toBe('24px');
});

test('a change in one tab reaches the view open in another at once', async ({ open, ext }) => {
  const first = await open('commondreams-doj');
  await ext.clickAction(first.tab);
  await expect.poll(() => first.view.isOpen()).toBe(true);
  const second = await open('propublica-two-authors', { tab: await ext.newTab() });
  await ext.clickAction(second.tab);
  await expect.poll(() => second.view.isOpen()).toBe(true);
  expect((await looks(second.view))?.background).toBe(LIGHT_DEFAULT.background);

  await first.tab.bringToFront();
  await first.view.click('.rc-settings-toggle');
  await first.view.click('label[for="rc-theme-dark"]');
  await first.view.click('.rc-size .rc-less');
  await expect.poll(async () => {
    const seen = await looks(second.view);
    return `${seen?.background} ${seen?.size}`;
  }).toBe('rgb(27, 26, 25) 18px');
  // The other view's controls follow too.
  expect(await second.view.eval((root) => root.querySelector<HTMLInputElement>('#rc-theme-dark')!.checked)).toBe(true);
});

/** Where each browser lets a person change extension shortcuts (the options page says so). */
const SHORTCUT_PLACE = {
  chromium: 'chrome://extensions/shortcuts',
  firefox: 'Add-ons and themes (about:addons), then the gear menu, then Manage Extension Shortcuts',
} as const;

test('the options page sets the same settings and the default citation style, and says where the shortcut is', async ({ open, ext }) => {
  // The page states the shortcut the browser reports (Chromium leaves suggested keys of command-line
  // extensions unassigned, so there it has none; Firefox assigns Alt+Shift+R).
  const keys = await ext.inExtension(async () => (await chrome.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '');
  expect(keys).toBe(ext.name === 'firefox' ? 'Alt+Shift+R' : '');
  const options = await ext.openOptions();
  const page = options.document;
  await expect.poll(() => page.text('h1')).toBe('Readcite settings');
  expect(await page.texts('h1')).toHaveLength(1);
  expect(await page.eval((root) => root.title)).toBe('Readcite settings');
  expect(await page.text('.rc-shortcut')).toBe(keys ? `Reader view opens and closes with ${keys}.` : 'No shortcut is set.');
  expect((await page.texts('.rc-hint')).at(-1)).toBe(`To change it, open ${SHORTCUT_PLACE[ext.name]}.`);

  expect(await page.text('label[for="rc-opt-theme-dark"]')).toBe('Dark');
  await page.click('label[for="rc-opt-theme-dark"]');
  expect(await page.eval((root) => root.querySelector('.rc-size .rc-more')!.textContent)).toContain('More: Text size');
  await page.click('.rc-size .rc-more');
  expect(await page.text('label[for="rc-academic"]')).toBe('Citation style for articles without a reuse licence');
  await page.select('#rc-academic', 'chicago17-note');
  await expect.poll(() => page.text('.rc-saved')).toBe('Saved.');
  // The sample on the page shows the choice.
  await expect.poll(() => page.style('.rc-sample', 'font-size')).toBe('22px');
  await expect.poll(() => page.style('html', 'background-color')).toBe('rgb(27, 26, 25)');

  const { tab, view } = await open('newspaper-all-rights-reserved');
  await tab.bringToFront();
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect((await looks(view))?.background).toBe('rgb(27, 26, 25)');
  expect((await looks(view))?.size).toBe('22px');
  expect(await view.eval((root) => root.querySelector<HTMLSelectElement>('.rc-style')!.value)).toBe('chicago17-note');
  expect(options.errors).toEqual([]);
});

test('corrupt or old stored settings fall back to the defaults, and the view still opens', async ({ open, ext }) => {
  await ext.inExtension(() =>
    chrome.storage.sync.set({ readcite: { theme: 'neon', font: 42, size: '999', lineHeight: null, width: [], academicStyle: 'tasl', extra: { deep: true } } }),
  );
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await looks(view)).toEqual(LIGHT_DEFAULT);
  expect(await view.eval((root) => root.documentElement.dataset['theme'])).toBe('auto');
});

test('keyboard: a sensible Tab order with a visible focus ring, ? lists the shortcuts, Esc closes in layers and focus returns to the page', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await tab.evaluate(() => document.querySelector<HTMLElement>('a[href="/author/julia-conley"]')!.focus());
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  // Reading starts at once: the article has focus, so arrow keys and space scroll it.
  expect(await view.eval((root) => root.activeElement?.localName)).toBe('main');
  await tab.press('PageDown');
  await expect.poll(() => view.eval(() => window.scrollY)).toBeGreaterThan(0);
  await view.eval(() => window.scrollTo(0, 0));

  // From the first button, Tab visits the bar and then the article, in reading order.
  await view.eval((root) => root.querySelector<HTMLElement>('.rc-copy')!.focus());
  const stops: string[] = [];
  for (let i = 0; i < 10; i++) {
    if (i) await tab.press('Tab');
    stops.push((await view.eval((root) => {
      const el = root.activeElement as HTMLElement;
      return el.getAttribute('aria-label') ?? (el.localName === 'select' ? 'select' : el.textContent.trim());
    })) ?? '');
  }
  expect(stops).toEqual(['Copy attribution', 'Copy quote', 'Notes: 0 highlights', 'Aa Display settings', 'Print', '? Keyboard shortcuts', 'Close reader view', 'CC BY-NC-ND 3.0', 'select', 'Copy']);
  await tab.press('Shift+Tab');
  const ring = await view.eval((root) => {
    const style = getComputedStyle(root.activeElement!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(ring).toBe('solid 3px');

  // ? shows the shortcut list as a modal dialog; Esc closes only the list.
  await view.eval((root) => root.querySelector<HTMLElement>('main')!.focus());
  await tab.press('?');
  await expect.poll(() => view.eval((root) => root.querySelector<HTMLDialogElement>('.rc-help')!.open)).toBe(true);
  expect(await view.texts('.rc-keys dt')).toEqual(['c', 'q', 'h', 'n', 'Shift+N', '+', '-', 't', 's', 'p', '?', 'Esc']);
  await tab.press('Escape');
  await expect.poll(() => view.eval((root) => root.querySelector<HTMLDialogElement>('.rc-help')!.open)).toBe(false);
  expect(await view.isOpen()).toBe(true);

  // s opens the settings with focus on the chosen theme; arrows choose another; Esc closes the panel
  // and puts focus back on its button; the next Esc closes the view.
  await tab.press('s');
  await expect.poll(() => view.eval((root) => root.activeElement?.id)).toBe('rc-theme-auto');
  await tab.press('ArrowRight');
  await expect.poll(() => view.eval((root) => root.documentElement.dataset['theme'])).toBe('light');
  await tab.press('Escape');
  expect(await view.eval((root) => root.querySelector('#rc-settings')!.hasAttribute('hidden'))).toBe(true);
  expect(await view.eval((root) => root.activeElement?.className)).toBe('rc-button rc-settings-toggle');
  await tab.press('Escape');
  await expect.poll(() => view.hostCount()).toBe(0);
  expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/author/julia-conley');
});

test('the bar slides away while reading down, and comes back on scrolling up, at the pointer, on Tab, and for a selection', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  const barTop = () => view.eval((root) => root.querySelector('.rc-bar')!.getBoundingClientRect().bottom);
  const hidden = () => view.eval((root) => 'hidden' in root.querySelector<HTMLElement>('.rc-bar')!.dataset);
  const settled = () => view.waitFor((root) => root.querySelector('.rc-bar')!.getAnimations().length === 0);
  // PageDown scrolls smoothly: wait until the page has stopped, that is the browser has said the scroll
  // ended (scrollend) and the position holds two frames running. (The position alone is not enough in
  // Firefox, whose smooth scroll can leave it unchanged for a frame midway.)
  await view.eval(() => {
    const w = window as unknown as { scrolling: boolean };
    w.scrolling = false;
    addEventListener('scroll', () => (w.scrolling = true));
    addEventListener('scrollend', () => (w.scrolling = false));
  });
  const stopped = () =>
    view.waitFor(() => {
      const w = window as unknown as { lastY?: number; scrolling: boolean };
      const same = w.lastY === scrollY;
      w.lastY = scrollY;
      return same && !w.scrolling;
    });
  // From the top of the article, one page down: always room to scroll, whatever the steps before did.
  const readDown = async () => {
    await view.eval(() => window.scrollTo(0, 0));
    await stopped();
    await tab.press('PageDown');
  };

  await tab.mouseMove(640, 500);
  await readDown();
  await expect.poll(hidden).toBe(true);
  await stopped();
  await settled();
  expect(await barTop()).toBeLessThanOrEqual(0); // out of sight
  await tab.wheel(0, -200);
  await expect.poll(hidden).toBe(false);

  await readDown();
  await expect.poll(hidden).toBe(true);
  await stopped();
  await tab.mouseMove(640, 20);
  await expect.poll(hidden).toBe(false);

  await tab.mouseMove(640, 500);
  await readDown();
  await expect.poll(hidden).toBe(true);
  await stopped();
  // Shift+Tab from the article's first control lands in the bar, which comes back.
  await view.eval((root) => root.querySelector<HTMLElement>('.rc-cite a')!.focus({ preventScroll: true }));
  await tab.press('Shift+Tab');
  expect(await view.eval((root) => root.activeElement?.className)).toBe('rc-button rc-close');
  await expect.poll(hidden).toBe(false);

  await view.eval((root) => root.querySelector<HTMLElement>('main')!.focus());
  await readDown();
  await expect.poll(hidden).toBe(true);
  await stopped();
  await view.eval((root) => {
    const range = document.createRange();
    range.selectNodeContents(root.querySelectorAll('.rc-body p')[3]!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await expect.poll(hidden).toBe(false);

  // Open settings never slide away.
  await view.click('.rc-settings-toggle');
  await tab.mouseMove(640, 500);
  await tab.wheel(0, 600);
  await expect.poll(() => view.eval(() => window.scrollY)).toBeGreaterThan(300);
  expect(await hidden()).toBe(false);
});

test('print: the Print button, p and Ctrl+P print the view, and print media shows only the article and its citation', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  // Count calls instead of opening the print dialog.
  await view.eval(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed++;
    };
  });
  await view.click('.rc-print');
  await tab.press('Control+P');
  await tab.press('p');
  await expect.poll(() => view.eval(() => (window as unknown as { printed: number }).printed)).toBe(3);

  await tab.emulatePrintMedia(true);
  await expect.poll(() => view.eval(() => matchMedia('print').matches)).toBe(true);
  const printed = await view.eval((root) => {
    const shown = (sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel)).map((el) => el.checkVisibility());
    return {
      controls: shown('.rc-bar, .rc-settings, .rc-cite-row, .rc-reading, button, select'),
      article: shown('.rc-title, .rc-byline, .rc-lead img, .rc-body p:last-child, .rc-licence, .rc-preview'),
      preview: getComputedStyle(root.querySelector('.rc-preview')!).maxHeight,
      background: getComputedStyle(root.documentElement).backgroundColor,
    };
  });
  expect(printed?.controls.every((v) => !v)).toBe(true);
  expect(printed?.article).toEqual([true, true, true, true, true, true]);
  expect(printed?.preview).toBe('none'); // the whole citation, not a scroll box
  expect(printed?.background).toBe('rgb(255, 255, 255)');
  await tab.emulatePrintMedia(false);
  await expect.poll(() => view.eval((root) => root.querySelector<HTMLElement>('.rc-bar')!.checkVisibility())).toBe(true);
});

test('a 20,000-word article: exact facts in the header, images load lazily and never overflow the column', async ({ open, ext }) => {
  const { tab, view } = await open('long-read', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.text('.rc-title')).toBe('A Long History of the Valley');
  // IReST's English rate, 228 words a minute: 20,000 / 228 = 87.7.
  expect(await view.text('.rc-reading')).toBe('88 min read · 20,000 words');
  expect(await view.attributes('.rc-reading', 'title')).toEqual(["At 228 words a minute, the standard silent-reading rate for the article's language"]);

  const images = () =>
    view.eval((root) => {
      const column = root.querySelector('.rc-body')!.clientWidth;
      const imgs = Array.from(root.querySelectorAll<HTMLImageElement>('.rc-body img'));
      return {
        count: imgs.length,
        lazy: imgs.every((i) => i.loading === 'lazy'),
        loaded: imgs.filter((i) => i.naturalWidth > 0).length,
        widest: Math.max(...imgs.map((i) => i.getBoundingClientRect().width)) <= column,
      };
    });
  const start = await images();
  expect(start).toMatchObject({ count: 40, lazy: true, widest: true });
  expect(start?.loaded).toBeLessThan(5); // only those near the top

  // Scrolled to the end, the last photo loads and fits.
  await view.eval((root) => root.querySelectorAll('.rc-body img')[39]!.scrollIntoView());
  await view.waitFor((root) => root.querySelectorAll<HTMLImageElement>('.rc-body img')[39]!.naturalWidth === 1200);
  expect((await images())?.widest).toBe(true);
  expect(await view.eval((root) => root.documentElement.scrollWidth <= root.documentElement.clientWidth)).toBe(true);
});

test('photos keep their space while they load: the lead and body images take their declared ratio before they arrive', async ({ open, ext }) => {
  const { tab, view } = await open('slow-photos', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.text('.rc-title')).toBe('Waiting for the Photos');
  expect(await view.text('.rc-lead .rc-caption')).toBe('Boats at the harbour wall.');
  // /stall/ images are never answered: these boxes are what a reader sees while a photo is on its way.
  const boxes = await view.eval((root) =>
    Array.from(root.querySelectorAll<HTMLImageElement>('.rc-lead img, .rc-body img')).map((img) => {
      const box = img.getBoundingClientRect();
      return { src: new URL(img.src).pathname, loaded: img.naturalWidth > 0, ratio: Math.round((box.height / box.width) * 1000) / 1000, fits: box.width <= root.querySelector('.rc-body')!.clientWidth };
    }),
  );
  expect(boxes).toEqual([
    { src: '/stall/lead.jpg', loaded: false, ratio: 0.667, fits: true },
    { src: '/stall/quay.jpg', loaded: false, ratio: 0.75, fits: true },
  ]);
});
