import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'firefox');

/** Debian's firefox-esr (override with FIREFOX_BIN). */
export function firefoxPath(): string {
  const found = [process.env['FIREFOX_BIN'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_BIN.');
  return found;
}

interface BidiResult {
  type: string;
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}
interface Tree {
  url: string;
  context: string;
  children?: Tree[] | null;
}
interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Firefox with the built extension as a temporary add-on, driven over WebDriver BiDi (../shared/e2e.md §3).
 * Two things here use Firefox internals, not public API, and say so when they break: the toolbar click
 * (ExtensionParent's browserActionFor(...).triggerAction, run in the chrome scope) and puppeteer's BiDi
 * connection. The view (an extension page in a frame inside a closed shadow root) is read the standard BiDi
 * way: the frame is a child browsing context of the tab, and scripts can be evaluated in it.
 */
export class FirefoxWithExtension {
  private constructor(
    readonly browser: Browser,
    private readonly bidi: Bidi,
    private readonly extensionId: string,
    private readonly chromeContext: string,
  ) {}

  static async launch(): Promise<FirefoxWithExtension> {
    if (!fs.existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build first');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, args: ['--remote-allow-system-access'] });
    const extensionId = await browser.installExtension(FIREFOX_BUILD);
    const bidi = (browser as unknown as { connection?: Bidi }).connection;
    if (!bidi) throw new Error("puppeteer internals changed: Browser.connection (its BiDi connection) is gone; pin puppeteer-core");
    const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { url: string; context: string }[] } };
    const chrome = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!chrome) throw new Error('Firefox internals changed: no chrome://browser/content/browser.xhtml context in the chrome scope');
    return new FirefoxWithExtension(browser, bidi, extensionId, chrome.context);
  }

  /** Clicks Readcite's toolbar button in the front window, as a person would (activeTab is granted). */
  async clickAction(page: Page): Promise<void> {
    await page.bringToFront();
    const answer = (await this.bidi.send('script.callFunction', {
      target: { context: this.chromeContext },
      awaitPromise: true,
      arguments: [{ type: 'string', value: this.extensionId }],
      functionDeclaration: `(id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(id).extension).triggerAction(win);
      }`,
    })) as { result: BidiResult };
    if (answer.result.type !== 'success') {
      throw new Error(`Firefox internals changed: ExtensionParent browserActionFor().triggerAction failed: ${answer.result.exceptionDetails?.text ?? ''}`);
    }
  }

  private async contextOf(page: Page): Promise<string> {
    const { result } = (await this.bidi.send('browsingContext.getTree', {})) as { result: { contexts: { url: string; context: string }[] } };
    const ctx = result.contexts.find((c) => c.url === page.url());
    if (!ctx) throw new Error(`no browsing context at ${page.url()}`);
    return ctx.context;
  }

  /** The reader frame's browsing context in this page, when a view is open. */
  private async readerContext(page: Page): Promise<string | null> {
    const root = await this.contextOf(page);
    const { result } = (await this.bidi.send('browsingContext.getTree', { root })) as { result: { contexts: Tree[] } };
    const find = (nodes: Tree[]): string | null => {
      for (const node of nodes) {
        if (/^moz-extension:\/\/[^/]+\/reader\.html/.test(node.url)) return node.context;
        const inner = find(node.children ?? []);
        if (inner) return inner;
      }
      return null;
    };
    return find(result.contexts);
  }

  /** Runs `fn(document, arg)` in the reader page (the view's frame), awaiting a promise; null when no view is open. */
  async evalInView<T>(page: Page, fn: string, arg: unknown = null): Promise<T | null> {
    const context = await this.readerContext(page);
    if (!context) return null;
    const answer = (await this.bidi.send('script.callFunction', {
      target: { context },
      awaitPromise: true,
      functionDeclaration: `(arg) => Promise.resolve((${fn})(document, JSON.parse(arg))).then((value) => JSON.stringify(value ?? null))`,
      arguments: [{ type: 'string', value: JSON.stringify(arg) }],
    })) as { result: BidiResult };
    if (answer.result.type !== 'success') throw new Error(`in the view: ${answer.result.exceptionDetails?.text ?? 'failed'}`);
    const value = answer.result.result?.value;
    return (typeof value === 'string' ? JSON.parse(value) : null) as T | null;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
