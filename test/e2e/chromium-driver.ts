import fs from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/extension-browser.js';
import { DocumentView, ReaderView, playwrightDocumentTarget } from '../../scripts/reader-view.js';
import type { Evaluated, ExtensionBrowser, Tab } from './driver.js';

/**
 * The driver for Debian's Chromium: Playwright's persistent context with the extension loaded, the
 * toolbar click through CDP's Extensions.triggerAction, the extension's APIs in its service worker.
 */
export async function launchChromium(options: { lang?: string; siteOrigin: string; userDataDir?: string }): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ ...(options.lang ? { lang: options.lang } : {}), ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}) });
  const { context, worker } = browser;
  // Reading the clipboard back from the test page, as the tests do, needs the page's permission.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: options.siteOrigin });

  // Uncaught errors and rejections in the background worker, and console errors of extension pages
  // (the reader frame, the options page), are the extension's errors.
  await worker.evaluate(() => {
    const scope = self as unknown as { __errors: string[] } & typeof self;
    scope.__errors = [];
    self.addEventListener('error', (e) => scope.__errors.push(e.message));
    self.addEventListener('unhandledrejection', (e) => scope.__errors.push(String(e.reason)));
  });
  const pageErrors: string[] = [];
  worker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') pageErrors.push(`background ${m.type()}: ${m.text()}`);
  });
  const watch = (page: Page) =>
    page.on('console', (m) => {
      if (m.type() === 'error' && /^chrome-extension:/.test(m.location().url)) pageErrors.push(`console in ${m.location().url}: ${m.text()}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);

  const tabs = new Map<Page, Tab>();
  const tabOf = (page: Page): Tab => {
    let tab = tabs.get(page);
    if (!tab) tabs.set(page, (tab = chromiumTab(page, (error) => pageErrors.push(error))));
    return tab;
  };

  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    browserPage: 'chrome://version/',
    firstTab: async () => tabOf(context.pages()[0] ?? (await context.newPage())),
    newTab: async () => tabOf(await context.newPage()),
    clickAction: (tab) => browser.clickAction(pageOf(tab)),
    inExtension: <T, A>(fn: Evaluated<A, T>, arg?: A) => worker.evaluate<T, never>(fn as never, (arg ?? null) as never),
    async openOptions() {
      const tab = tabOf(await context.newPage());
      await tab.goto(`chrome-extension://${browser.extensionId}/options.html`);
      return tab;
    },
    // Read back through the page the test opened (granted above); the page's own patches of
    // navigator.clipboard.write do not touch read().
    async readClipboard() {
      const page = context.pages().find((p) => p.url().startsWith(options.siteOrigin));
      if (!page) throw new Error('no test page open to read the clipboard from');
      return page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return { text: '', html: null };
        const text = item.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : '';
        const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
        return { text, html };
      });
    },
    async download(tab, act) {
      const page = pageOf(tab);
      const [file] = await Promise.all([page.waitForEvent('download'), act()]);
      const saved = await file.path();
      return { name: file.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
    },
    async upload(tab, selector, file) {
      await pageOf(tab).setInputFiles(selector, { name: file.name, mimeType: 'application/ld+json', buffer: Buffer.from(file.text) });
    },
    addInitScript: async (source) => {
      await context.addInitScript(source);
    },
    onRequest: (listener) => context.on('request', (r) => listener(r.url())),
    async extensionErrors() {
      const background = await worker.evaluate(() => (self as unknown as { __errors?: string[] }).__errors ?? []).catch(() => []);
      return [...background, ...pageErrors];
    },
    close: () => browser.close(),
  };
}

const PAGES = new WeakMap<Tab, Page>();
const pageOf = (tab: Tab): Page => {
  const page = PAGES.get(tab);
  if (!page) throw new Error('not a Chromium tab');
  return page;
};

/** A tab; errors thrown by the extension's own code in it (its stack is at chrome-extension:) go to `extensionError`. */
function chromiumTab(page: Page, extensionError: (error: string) => void): Tab {
  const dialogs: string[] = [];
  const errors: Tab['errors'] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => {
    if (/chrome-extension:\/\//.test(e.stack ?? '')) extensionError(`uncaught in ${page.url()}: ${e.stack ?? e.message}`);
    else errors.push({ kind: 'pageerror', text: e.message });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^chrome-extension:/.test(m.location().url)) errors.push({ kind: 'console', text: m.text() });
  });
  const view = new ReaderView(page);
  let printSession: CDPSession | null = null;
  const tab: Tab = {
    get url() {
      return page.url();
    },
    view,
    document: new DocumentView(playwrightDocumentTarget(page)),
    evaluate: <T, A>(fn: Evaluated<A, T>, arg?: A) => page.evaluate<T, never>(fn as never, (arg ?? null) as never),
    async goto(url) {
      await page.goto(url, { timeout: 60_000 });
    },
    bringToFront: () => page.bringToFront(),
    press: (key) => page.keyboard.press(key),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    type: (text) => page.keyboard.type(text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    wheel: (dx, dy) => page.mouse.wheel(dx, dy),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    async emulatePrintMedia(on) {
      // The view's frame is another process (an extension page): emulation goes to its own session,
      // and lasts as long as that session does.
      if (on && !printSession) {
        const frame = view.frame();
        if (!frame) throw new Error('no view open to print');
        printSession = await page.context().newCDPSession(frame);
      }
      if (!printSession) return;
      await printSession.send('Emulation.setEmulatedMedia', { media: on ? 'print' : '' });
      if (!on) {
        await printSession.detach();
        printSession = null;
      }
    },
    async injectIntoView(source) {
      const frame = view.frame();
      if (!frame) throw new Error('no view open');
      await frame.evaluate(source);
    },
    async injectIntoPage(source) {
      await page.evaluate(source);
    },
    async accessibilityTree() {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
      await cdp.detach();
      return nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value}: ${n.name?.value ?? ''}`);
    },
    dialogs,
    errors,
  };
  PAGES.set(tab, page);
  return tab;
}

/** The Playwright page behind a Chromium tab, for what only Chromium's DevTools protocol can do. */
export function chromiumPage(tab: Tab): Page {
  return pageOf(tab);
}
