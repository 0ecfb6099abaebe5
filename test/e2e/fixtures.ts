import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test as base, expect as baseExpect } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/extension-browser.js';
import { startServer } from '../../scripts/fixture-server.js';
import { hostilePages } from '../hostile/pages.js';
import { extremePages, type Served } from '../extreme/pages.js';
import { ReaderView } from '../../scripts/reader-view.js';

interface Fixtures {
  browserWithExtension: ExtensionBrowser;
  context: BrowserContext;
  serviceWorker: Worker;
  /** Clicks the toolbar button for this page's tab, exactly as a person would (activeTab is granted). */
  clickAction: (page: Page) => Promise<void>;
  /** Opens a fixture page at a unique URL, so its tab can be told apart by URL. */
  openFixture: (slug: string, options?: { strict?: boolean; generated?: boolean; page?: Page }) => Promise<{ page: Page; view: ReaderView }>;
}

interface WorkerFixtures {
  siteOrigin: string;
}

let unique = 0;

export const test = base.extend<Fixtures, WorkerFixtures>({
  siteOrigin: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer(new Map<string, string | Served>([...hostilePages(), ...extremePages()]));
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // A fresh browser and profile for every test: no state leaks from one test to the next.
  // eslint-disable-next-line no-empty-pattern
  browserWithExtension: async ({}, use) => {
    const browser = await launchWithExtension();
    // Uncaught errors and rejections in the background worker fail the test too.
    await browser.worker.evaluate(() => {
      const scope = self as unknown as { __errors: string[] } & typeof self;
      scope.__errors = [];
      self.addEventListener('error', (e) => scope.__errors.push(e.message));
      self.addEventListener('unhandledrejection', (e) => scope.__errors.push(String(e.reason)));
    });
    await use(browser);
    const workerErrors = await browser.worker.evaluate(() => (self as unknown as { __errors?: string[] }).__errors ?? []).catch(() => []);
    await browser.close();
    baseExpect(workerErrors, 'errors in the background worker').toEqual([]);
  },
  context: async ({ browserWithExtension }, use) => use(browserWithExtension.context),
  serviceWorker: async ({ browserWithExtension }, use) => use(browserWithExtension.worker),
  clickAction: async ({ browserWithExtension }, use) => use((page) => browserWithExtension.clickAction(page)),
  openFixture: async ({ context, siteOrigin }, use) => {
    // Every error a page or the content script reports fails the test (the fixtures themselves are clean).
    const errors: string[] = [];
    await use(async (slug, options = {}) => {
      const page = options.page ?? context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // Offline by design: other hosts do not resolve, so their images fail to load; that is not an error of ours.
        const expected = /ERR_NAME_NOT_RESOLVED/.test(m.text()) || (options.strict && /Content Security Policy/.test(m.text()));
        if (m.type() === 'error' && !expected) errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${siteOrigin}/${options.generated ? 'gen' : options.strict ? 'strict' : 'page'}/${slug}?t=${++unique}`);
      const view = new ReaderView(page);
      return { page, view };
    });
    baseExpect(errors, 'errors reported by the page or the content script').toEqual([]);
  },
});

export const expect = test.expect;
