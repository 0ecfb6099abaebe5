import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { DocumentTarget, ViewTarget } from './reader-view.js';

export const FIREFOX_BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'firefox');

/** Debian's firefox-esr (override with FIREFOX_BIN). */
export function firefoxPath(): string {
  const found = [process.env['FIREFOX_BIN'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_BIN.');
  return found;
}

/** Where Debian's Firefox language packs are (apt-get install firefox-esr-l10n-<lang>), or null if the pack is not installed. */
export function firefoxLanguagePack(lang: string): string | null {
  const dir = path.join(path.dirname(fs.realpathSync(firefoxPath())), 'browser', 'extensions');
  const candidates = [path.join(dir, `langpack-${lang}@firefox-esr.mozilla.org.xpi`), path.join(dir, `langpack-${lang}@firefox.mozilla.org.xpi`)];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

interface BidiResult {
  type: string;
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}
interface Tree {
  url: string;
  context: string;
  children?: Tree[] | null;
}
interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: never) => void): unknown;
  off(event: string, handler: (params: never) => void): unknown;
}

/** A BiDi log entry, as Firefox sends it for a page's console and its uncaught errors. */
export interface LogEntry {
  level: string;
  type: string;
  text: string | null;
  source: { context?: string };
}

export interface FirefoxLaunchOptions {
  /** The browser's UI language (needs its language pack); extensions' i18n follows it. */
  lang?: string;
  /**
   * A profile folder to use and keep (a restart with the same profile). The temporary add-on is
   * installed again at each start, with the same id; its storage.local is still there (notes.spec).
   */
  profileDir?: string;
  /** Where downloads are saved, without asking (default: a new folder in the system's temp folder). */
  downloadDir?: string;
}

/**
 * Prefs for the test profile. Offline as the Chromium runs are: every host but 127.0.0.1 goes to a proxy
 * that is not there (the discard port), so nothing leaves the machine. Light colours unless a test asks
 * for dark, as Chromium's emulation gives.
 */
function prefs(options: FirefoxLaunchOptions): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'layout.css.prefers-color-scheme.content-override': 1,
    // Downloads go to one folder without a dialog, as a test reads them back.
    'browser.download.folderList': 2,
    'browser.download.dir': options.downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    ...(options.lang ? { 'intl.locale.requested': options.lang, 'extensions.langpacks.signatures.required': false } : {}),
  };
}

/**
 * Firefox with the built extension as a temporary add-on, driven over WebDriver BiDi (../shared/e2e.md §3).
 * Some of this uses Firefox internals, not public API, and says so when they break: the toolbar click
 * (ExtensionParent's browserActionFor(...).triggerAction, run in the chrome scope), print media and colour
 * scheme emulation (a browsing context's mediumOverride, a pref), the clipboard and the error log read in
 * the chrome scope, and puppeteer's BiDi connection. The view (an extension page in a frame inside a
 * closed shadow root) is read the standard BiDi way: the frame is a child browsing context of the tab,
 * and scripts can be evaluated in it.
 */
export class FirefoxWithExtension {
  private constructor(
    readonly browser: Browser,
    private readonly bidi: Bidi,
    readonly extensionId: string,
    /** moz-extension://<this profile's UUID for the extension> */
    readonly extensionOrigin: string,
    private readonly chromeContext: string,
  ) {}

  /** The folder this browser saves downloads to. */
  downloadDir = '';

  static async launch(launchOptions: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
    const options = { ...launchOptions, downloadDir: launchOptions.downloadDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-downloads-')) };
    if (!fs.existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build first');
    if (options.lang && !firefoxLanguagePack(options.lang)) throw new Error(`Firefox has no ${options.lang} language pack: apt-get install -y firefox-esr-l10n-${options.lang}`);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs(options),
      ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
      ...(options.lang ? { env: { ...process.env, LANG: `${options.lang}.UTF-8`, LANGUAGE: options.lang } } : {}),
    });
    try {
      const extensionId = await browser.installExtension(FIREFOX_BUILD);
      const bidi = (browser as unknown as { connection?: Bidi }).connection;
      if (!bidi) throw new Error("puppeteer internals changed: Browser.connection (its BiDi connection) is gone; pin puppeteer-core");
      const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { url: string; context: string }[] } };
      const chrome = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!chrome) throw new Error('Firefox internals changed: no chrome://browser/content/browser.xhtml context in the chrome scope');
      const host = await callIn<string>(bidi, chrome.context, '(id) => WebExtensionPolicy.getByID(id).mozExtensionHostname', [extensionId]);
      const ff = new FirefoxWithExtension(browser, bidi, extensionId, `moz-extension://${host}`, chrome.context);
      ff.downloadDir = options.downloadDir;
      await ff.startErrorLog();
      return ff;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Runs `fn(...args)` in the browser's chrome scope (privileged); its result comes back through JSON. */
  chrome<T>(fn: string, args: string[] = [], what = 'chrome-scope call'): Promise<T> {
    return callIn<T>(this.bidi, this.chromeContext, fn, args).catch((error: unknown) => {
      throw new Error(`Firefox internals changed (${what}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
  }

  /** Listens to a BiDi event (all contexts: puppeteer subscribes to every module). */
  on(event: string, handler: (params: never) => void): void {
    this.bidi.on(event, handler);
  }

  /**
   * Brings a tab to the front with the keyboard focus in its page, where a reader's is. (A tab opened or
   * navigated over BiDi leaves focus in the browser's own UI, the address bar: then no document of the
   * page has focus, and Firefox draws no focus ring in it.)
   */
  async bringToFront(page: Page): Promise<void> {
    await page.bringToFront();
    await this.focusPage(page, false);
  }

  /** Puts the keyboard focus in a tab's page, unless `ifSelected` and the tab is not the one in front. */
  private async focusPage(page: Page, ifSelected: boolean): Promise<void> {
    await this.chrome(
      `(id, ifSelected) => {
        const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
        const browser = NavigableManager.getBrowsingContextById(id)?.top.embedderElement;
        if (!browser) throw new Error('no <browser> for context ' + id);
        if (ifSelected === 'true' && browser.ownerDocument.defaultView.gBrowser.selectedBrowser !== browser) return false;
        if (browser.ownerDocument.activeElement !== browser) browser.focus();
        return true;
      }`,
      [this.contextOf(page), String(ifSelected)],
      'NavigableManager and the tab <browser> element',
    );
  }

  /** Clicks Readcite's toolbar button in the front window, as a person would (activeTab is granted). */
  async clickAction(page: Page): Promise<void> {
    await this.bringToFront(page);
    await this.chrome(
      `(id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(id).extension).triggerAction(win);
        return true;
      }`,
      [this.extensionId],
      'ExtensionParent browserActionFor().triggerAction',
    );
  }

  /** The BiDi browsing context of a tab. */
  contextOf(page: Page): string {
    const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
    if (typeof id !== 'string') throw new Error("puppeteer internals changed: a BidiFrame's _id (its browsing context) is gone; pin puppeteer-core");
    return id;
  }

  /**
   * The reader frame's browsing context in this page, when a view is open: the newest, should a closed
   * view's frame still be on its way out of the tree.
   */
  async readerContext(page: Page): Promise<string | null> {
    const { result } = (await this.bidi.send('browsingContext.getTree', { root: this.contextOf(page) })) as { result: { contexts: Tree[] } };
    const found: string[] = [];
    const walk = (nodes: Tree[]) => {
      for (const node of nodes) {
        if (/^moz-extension:\/\/[^/]+\/reader\.html/.test(node.url)) found.push(node.context);
        walk(node.children ?? []);
      }
    };
    walk(result.contexts);
    return found.at(-1) ?? null;
  }

  /**
   * Evaluates `expression` in a browsing context (a promise is awaited) and returns its value through
   * JSON. In a sandbox (a world of its own) the page's scripts cannot have patched what it uses.
   */
  async evaluateIn(context: string, expression: string, sandbox?: string): Promise<unknown> {
    const answer = (await this.bidi.send('script.callFunction', {
      target: sandbox ? { context, sandbox } : { context },
      awaitPromise: true,
      functionDeclaration: `() => Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      arguments: [],
    })) as { result: BidiResult };
    if (answer.result.type !== 'success') throw new Error(answer.result.exceptionDetails?.text ?? 'evaluation failed');
    const value = answer.result.result?.value;
    return typeof value === 'string' ? (JSON.parse(value) as unknown) : null;
  }

  /** Runs a script's source (statements, a library) in a browsing context's global scope. */
  async runScript(context: string, source: string): Promise<void> {
    const answer = (await this.bidi.send('script.evaluate', { target: { context }, expression: source, awaitPromise: false })) as { result: BidiResult };
    if (answer.result.type !== 'success') throw new Error(answer.result.exceptionDetails?.text ?? 'script failed');
  }

  /** Runs `fn(document, arg)` in the reader page (the view's frame), awaiting a promise; null when no view is open. */
  async evalInView<T>(page: Page, fn: string, arg: unknown = null): Promise<T | null> {
    const context = await this.readerContext(page);
    if (!context) return null;
    return (await this.evaluateIn(context, `(${fn})(document, ${JSON.stringify(arg)})`)) as T | null;
  }

  /**
   * Navigates a tab and waits for its load event. (Puppeteer's goto waits forever on about: pages, and
   * BiDi's own wait: 'complete' fails the navigation when a frame in the page shows an error page, as a
   * hostile page's frame from a host that does not resolve does.) Firefox sends no BiDi load event for
   * extension pages, so: the navigation's commit (an event), then the new document's own load event.
   */
  async navigate(page: Page, url: string): Promise<void> {
    const context = this.contextOf(page);
    const committed = new Set<string>();
    let arrived: (() => void) | null = null;
    const onCommit = (e: { context: string; navigation: string | null }) => {
      if (e.context !== context || !e.navigation) return;
      committed.add(e.navigation);
      arrived?.();
    };
    const events = ['browsingContext.navigationCommitted', 'browsingContext.load'];
    for (const event of events) this.bidi.on(event, onCommit);
    try {
      const { result } = (await this.bidi.send('browsingContext.navigate', { context, url, wait: 'none' })) as { result: { navigation: string | null } };
      const navigation = result.navigation;
      if (navigation) while (!committed.has(navigation)) await new Promise<void>((resolve) => (arrived = resolve));
    } finally {
      for (const event of events) this.bidi.off(event, onCommit);
    }
    await this.evaluateIn(
      context,
      "new Promise((resolve) => (document.readyState === 'complete' ? resolve(true) : addEventListener('load', () => resolve(true), { once: true })))",
      'readcite-tests',
    );
    await this.focusPage(page, true);
  }

  /** Opens one of the extension's pages in a background tab; returns its browsing context. */
  async openExtensionTab(file: string): Promise<string> {
    const { result } = (await this.bidi.send('browsingContext.create', { type: 'tab', background: true })) as { result: { context: string } };
    await this.bidi.send('browsingContext.navigate', { context: result.context, url: `${this.extensionOrigin}/${file}`, wait: 'complete' });
    return result.context;
  }

  /** Runs a script before any of a page's own, in every document from now on. */
  async addInitScript(source: string): Promise<void> {
    await this.bidi.send('script.addPreloadScript', { functionDeclaration: `() => {\n${source}\n}` });
  }

  /** What the system clipboard holds, read in the chrome scope (no permission prompt there). */
  readClipboard(): Promise<{ text: string; html: string | null }> {
    return this.chrome(
      `async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return { text: '', html: null };
        const text = item.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : '';
        const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
        return { text, html };
      }`,
      [],
      'navigator.clipboard.read in the chrome scope',
    );
  }

  /** Print media in a tab and its frames (what DevTools' print simulation sets), or back to screen. */
  async emulatePrintMedia(page: Page, on: boolean): Promise<void> {
    await this.chrome(
      `(id, medium) => {
        const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
        const context = NavigableManager.getBrowsingContextById(id);
        if (!context) throw new Error('no browsing context ' + id);
        context.top.mediumOverride = medium;
        return true;
      }`,
      [this.contextOf(page), on ? 'print' : ''],
      'BrowsingContext.mediumOverride',
    );
  }

  /** The colour scheme pages see (prefers-color-scheme), for every tab. */
  async emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.chrome(`(v) => { Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', Number(v)); return true; }`, [scheme === 'dark' ? '0' : '1'], 'the prefers-color-scheme pref');
  }

  /**
   * Collects the errors Firefox logs for the extension's own scripts and pages (background, content script,
   * reader and options pages): uncaught exceptions, rejections and CSP refusals, not warnings.
   */
  private async startErrorLog(): Promise<void> {
    await this.chrome(
      `(origin) => {
        const errors = [];
        globalThis.__readciteErrors = errors;
        Services.console.registerListener({
          observe(message) {
            if (!(message instanceof Ci.nsIScriptError)) return;
            if ((message.flags & Ci.nsIScriptError.warningFlag) || (message.flags & Ci.nsIScriptError.infoFlag)) return;
            if (!String(message.sourceName).startsWith(origin)) return;
            errors.push(message.sourceName.slice(origin.length) + ': ' + message.errorMessage);
          },
        });
        return true;
      }`,
      [this.extensionOrigin],
      'the console service',
    );
  }

  /** Errors logged so far by the extension's scripts and pages (see startErrorLog). */
  extensionErrors(): Promise<string[]> {
    return this.chrome('() => globalThis.__readciteErrors.slice()', [], 'the console service');
  }

  /** The view in a tab, as scripts/reader-view.ts looks into it. */
  viewTarget(page: Page): ViewTarget {
    const inPage = (expression: string) => this.evaluateIn(this.contextOf(page), expression, 'readcite-tests');
    return {
      evaluate: async (expression) => {
        for (let attempt = 0; ; attempt++) {
          const context = await this.readerContext(page);
          if (!context) return null;
          try {
            return await this.evaluateIn(context, expression);
          } catch (error) {
            const now = await this.readerContext(page);
            if (!now) return null; // the view closed meanwhile
            // That frame was discarded (a view closing) and another is there: ask the one there now.
            if (now !== context && attempt < 3) continue;
            throw new Error(`in the view: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
        }
      },
      attached: async (timeout) => {
        // The frame's context appears in the tree once it exists; polled (a state, not a duration).
        const until = Date.now() + timeout;
        while (!(await this.readerContext(page))) {
          if (Date.now() > until) throw new Error(`no reader frame within ${timeout} ms`);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      },
      hostCount: async () => Number(await inPage("document.querySelectorAll('readcite-view').length")),
      hostGone: async (timeout) => {
        await inPage(`new Promise((resolve, reject) => {
          const gone = () => !document.querySelector('readcite-view');
          if (gone()) return resolve(true);
          const timer = setTimeout(() => reject(new Error('the view was still there after ${timeout} ms')), ${timeout});
          new MutationObserver((_, observer) => { if (gone()) { observer.disconnect(); clearTimeout(timer); resolve(true); } }).observe(document.documentElement, { childList: true });
        })`);
      },
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
    };
  }

  /** A tab's own document (an extension page such as the options page). */
  documentTarget(page: Page): DocumentTarget {
    return {
      evaluate: (expression) => this.evaluateIn(this.contextOf(page), expression),
      attached: () => Promise.resolve(),
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
    };
  }

  async close(): Promise<void> {
    await this.browser.close();
    if (this.downloadDir) fs.rmSync(this.downloadDir, { recursive: true, force: true });
  }
}

async function callIn<T>(bidi: Bidi, context: string, fn: string, args: string[]): Promise<T> {
  const answer = (await bidi.send('script.callFunction', {
    target: { context },
    awaitPromise: true,
    arguments: args.map((value) => ({ type: 'string', value })),
    functionDeclaration: `(...args) => Promise.resolve((${fn})(...args)).then((value) => JSON.stringify(value ?? null))`,
  })) as { result: BidiResult };
  if (answer.result.type !== 'success') throw new Error(answer.result.exceptionDetails?.text ?? 'failed');
  const value = answer.result.result?.value;
  return (typeof value === 'string' ? JSON.parse(value) : null) as T;
}
