import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumPath, OFFLINE_ARGS } from './chromium.js';

export const CHROME_BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'chrome');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Clicks Readcite's toolbar button for the page's tab, as a person would: activeTab is granted. */
  clickAction(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * Real Chromium with the built extension loaded (persistent context: extensions do not run in
 * incognito-like contexts). The toolbar click is CDP's Extensions.triggerAction on the tab target,
 * the one way to fire action.onClicked headless (../shared/e2e.md §1).
 */
export async function launchWithExtension(options: { headless?: boolean; colorScheme?: 'light' | 'dark'; lang?: string; userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(CHROME_BUILD, 'manifest.json'))) throw new Error('dist/chrome is missing: run npm run build first');
  // A profile given by the caller is kept on close (a restart with the same profile); our own is removed.
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    // The UI language (extensions' i18n follows it) needs Debian's chromium-l10n for anything but en-US.
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--enable-unsafe-extension-debugging', ...(options.lang ? [`--lang=${options.lang}`] : []), ...OFFLINE_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker target exists before its script has run; an action click in that window is lost
  // (measured: 10 of 40 first clicks). One evaluation waits until its listeners are registered.
  await worker.evaluate(() => true);
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('no browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();

  return {
    context,
    worker,
    extensionId,
    async clickAction(page) {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tabs = targetInfos.filter((t) => t.url === page.url());
      if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]?.targetId } as never);
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await context.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
