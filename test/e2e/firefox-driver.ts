import fs from 'node:fs';
import path from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { FirefoxWithExtension, type LogEntry } from '../../scripts/firefox-browser.js';
import { DocumentView, ReaderView } from '../../scripts/reader-view.js';
import { NotSupported, type Evaluated, type ExtensionBrowser, type Tab } from './driver.js';

/**
 * The driver for Debian's Firefox ESR: puppeteer-core over WebDriver BiDi, the extension as a temporary
 * add-on, the toolbar click and a few emulations through Firefox internals (scripts/firefox-browser.ts).
 */
export async function launchFirefox(options: { lang?: string; profileDir?: string }): Promise<ExtensionBrowser> {
  const ff = await FirefoxWithExtension.launch({ ...(options.lang ? { lang: options.lang } : {}), ...(options.profileDir ? { profileDir: options.profileDir } : {}) });
  const [startPage] = await ff.browser.pages();
  if (!startPage) throw new Error('Firefox started with no tab');

  const tabs = new Map<Page, Tab>();
  const tabOf = (page: Page): Tab => {
    let tab = tabs.get(page);
    if (!tab) tabs.set(page, (tab = firefoxTab(ff, page)));
    return tab;
  };
  // The extension's APIs, from one of its pages kept in a background tab (opened when first needed).
  let control: Promise<string> | null = null;
  const inControl = (expression: string) => {
    control ??= ff.openExtensionTab('options.html');
    return control.then((context) => ff.evaluateIn(context, expression));
  };

  return {
    name: 'firefox',
    extensionOrigin: ff.extensionOrigin,
    browserPage: 'about:robots',
    firstTab: () => Promise.resolve(tabOf(startPage)),
    newTab: async () => tabOf(await ff.browser.newPage()),
    clickAction: (tab) => ff.clickAction(pageOf(tab)),
    inExtension: async <T, A>(fn: Evaluated<A, T>, arg?: A) => (await inControl(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`)) as T,
    async openOptions() {
      const tab = tabOf(await ff.browser.newPage());
      await tab.goto(`${ff.extensionOrigin}/options.html`);
      return tab;
    },
    async download(_tab, act) {
      // Firefox saves to its download folder (a pref): first under a temporary name (<name>.part, or eight
      // random letters and digits with the extension, as "w2U9oZlQ.md", seen on a busy machine), then
      // renamed. Our files' names all have a dash, so a temporary one is never taken for the download.
      const temporary = (f: string) => f.endsWith('.part') || /^[A-Za-z0-9]{8}\.\w+$/.test(f);
      const before = new Set(fs.readdirSync(ff.downloadDir));
      await act();
      const done = () => fs.readdirSync(ff.downloadDir).filter((f) => !before.has(f) && !temporary(f));
      const started = Date.now();
      while (!done().length || fs.readdirSync(ff.downloadDir).some((f) => !before.has(f) && temporary(f))) {
        if (Date.now() - started > 15_000) throw new Error('no download arrived in 15 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const name = done()[0]!;
      return { name, text: fs.readFileSync(path.join(ff.downloadDir, name), 'utf8') };
    },
    async upload(tab, selector, file) {
      const input = await pageOf(tab).$(selector);
      if (!input) throw new Error(`no ${selector} in the tab`);
      const saved = path.join(ff.downloadDir, `upload-${file.name}`);
      fs.writeFileSync(saved, file.text);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(saved);
    },
    readClipboard: () => ff.readClipboard(),
    addInitScript: (source) => ff.addInitScript(source),
    onRequest: (listener) => ff.on('network.beforeRequestSent', (e: { request: { url: string } }) => listener(e.request.url)),
    extensionErrors: () => ff.extensionErrors(),
    close: () => ff.close(),
  };
}

const PAGES = new WeakMap<Tab, Page>();
const pageOf = (tab: Tab): Page => {
  const page = PAGES.get(tab);
  if (!page) throw new Error('not a Firefox tab');
  return page;
};

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** Playwright's key syntax ('Shift+Tab', 'Control+P', '+') as puppeteer's key names. */
function chord(key: string): { modifiers: KeyInput[]; key: KeyInput } {
  const parts = key.length > 1 ? key.split(/\+(?=.)/) : [key];
  const last = parts.pop() ?? key;
  for (const m of parts) if (!MODIFIERS.has(m)) throw new Error(`unknown modifier ${m} in ${key}`);
  // Control+P: the letter as typed with Control held, lower case as a person presses it.
  const name = parts.length && last.length === 1 ? last.toLowerCase() : last;
  return { modifiers: parts as KeyInput[], key: name as KeyInput };
}

function firefoxTab(ff: FirefoxWithExtension, page: Page): Tab {
  const context = ff.contextOf(page);
  const dialogs: string[] = [];
  const errors: Tab['errors'] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // The page's own console errors and uncaught errors (its frames are other contexts: not counted here).
  ff.on('log.entryAdded', (e: LogEntry) => {
    if (e.source.context === context && e.level === 'error') errors.push({ kind: e.type === 'javascript' ? 'pageerror' : 'console', text: e.text ?? '' });
  });
  let url = page.url();
  const tab: Tab = {
    get url() {
      return url;
    },
    view: new ReaderView(ff.viewTarget(page)),
    document: new DocumentView(ff.documentTarget(page)),
    evaluate: async <T, A>(fn: Evaluated<A, T>, arg?: A) => (await ff.evaluateIn(context, `(${fn.toString()})(${JSON.stringify(arg ?? null)})`)) as T,
    async goto(to) {
      await ff.navigate(page, to);
      url = to;
    },
    bringToFront: () => ff.bringToFront(page),
    async press(key) {
      const { modifiers, key: name } = chord(key);
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(name);
      for (const m of modifiers.reverse()) await page.keyboard.up(m);
    },
    keyDown: (key) => page.keyboard.down(key as KeyInput),
    keyUp: (key) => page.keyboard.up(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    wheel: (dx, dy) => page.mouse.wheel({ deltaX: dx, deltaY: dy }),
    setViewport: (width, height) => page.setViewport({ width, height }),
    emulateColorScheme: (scheme) => ff.emulateColorScheme(scheme),
    emulatePrintMedia: (on) => ff.emulatePrintMedia(page, on),
    async injectIntoView(source) {
      const reader = await ff.readerContext(page);
      if (!reader) throw new Error('no view open');
      await ff.runScript(reader, source);
    },
    injectIntoPage: (source) => ff.runScript(context, source),
    accessibilityTree() {
      return Promise.reject(new NotSupported('Firefox: WebDriver BiDi has no accessibility-tree query (Chromium has CDP Accessibility.getFullAXTree)'));
    },
    dialogs,
    errors,
  };
  PAGES.set(tab, page);
  return tab;
}
