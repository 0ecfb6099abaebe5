import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect as baseExpect } from '@playwright/test';
import { startServer } from '../../scripts/fixture-server.js';
import { hostilePages } from '../hostile/pages.js';
import { extremePages, type Served } from '../extreme/pages.js';
import type { ReaderView } from '../../scripts/reader-view.js';
import type { BrowserName, ExtensionBrowser, Tab } from './driver.js';
import { launchChromium } from './chromium-driver.js';
import { launchFirefox } from './firefox-driver.js';
import { CD_ADDED, CD_THIRD } from './common-dreams.js';

/**
 * One list of scenarios, two browsers: every spec file runs in the "chromium" and the "firefox" project
 * (playwright.config.ts), so each test is reported as "[chromium] › …" and "[firefox] › …". Tests use
 * the browser-neutral driver (driver.ts) and never a browser's own API; where Firefox lacks something a
 * test needs, the test says so with `test.skip(browserName === 'firefox', 'Firefox: … because …')`.
 */
interface Fixtures {
  /** The browser's UI language (default: the machine's, en-US). */
  uiLanguage: string | undefined;
  /** A fresh browser and profile with Readcite installed, for this test alone. */
  ext: ExtensionBrowser;
  /** Opens a fixture page at a unique URL in the first tab (or the one given), with its errors watched. */
  open: (slug: string, options?: { strict?: boolean; generated?: boolean; tab?: Tab }) => Promise<{ tab: Tab; view: ReaderView }>;
}

interface WorkerFixtures {
  siteOrigin: string;
}

let unique = 0;

/** Errors no page of ours makes: the network is off by design (other hosts fail), a strict CSP refuses. */
function expected(text: string, strict: boolean): boolean {
  return /ERR_NAME_NOT_RESOLVED|ERR_PROXY_CONNECTION_FAILED/.test(text) || (strict && /Content[- ]Security[- ]Policy/i.test(text));
}

/** Pages of the structure benchmark (test/fidelity) that end-to-end tests read in the view. */
function readingPages(): [string, Served][] {
  const page = (name: string): Served => ({ type: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(import.meta.dirname, '..', 'fidelity', 'pages', `${name}.html`), 'utf8') });
  // The code page again, under a licence that allows republishing (its notice added before </article>).
  const licensed = page('code-prism').body.replace('</article>', '<p>This post is licensed under <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></article>');
  // The YouTube page with a Vimeo player, a player of an unknown site (inside a sentence) and the chart
  // of drawing-chart added before its end.
  const chart = /<figure class="chart">[\s\S]*?<\/figure>/.exec(page('drawing-chart').body)![0];
  const embeds = page('embed-youtube').body.replace(
    '</div>\n</article>',
    `<p>The same stroke filmed from above:</p><div style="padding:56.25% 0 0 0;position:relative;"><iframe src="https://player.vimeo.com/video/824804225?badge=0" title="The stroke from above"></iframe></div>
<p>A reader sent us her grandfather's workshop, <iframe src="https://www.dailymotion.com/embed/video/x8q2k1z" title="Grandfather's workshop"></iframe> where the stones were kept in water.</p>${chart}</div>\n</article>`,
  );
  // The Common Dreams article as its site might change it (same canonical URL): a sentence added at the
  // start, or the third paragraph cut; for the notes' re-anchoring.
  const cd = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'commondreams-doj', 'source.html'), 'utf8');
  const html = (body: string): Served => ({ type: 'text/html; charset=utf-8', body });
  const first = 'The American Civil Liberties Union (ACLU) is accusing';
  if (!cd.includes(first) || !cd.includes(CD_THIRD)) throw new Error('the Common Dreams fixture changed: update the notes pages');
  return [
    ['fn-pandoc', page('fn-pandoc')],
    ['code-prism', page('code-prism')],
    ['code-prism-cc-by', html(licensed)],
    ['commondreams-doj-changed', html(cd.replace(first, `${CD_ADDED}${first}`))],
    ['commondreams-doj-cut', html(cd.replace(CD_THIRD, ''))],
    ['embeds', html(embeds)],
  ];
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  siteOrigin: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer(new Map<string, string | Served>([...hostilePages(), ...extremePages(), ...readingPages()]));
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  uiLanguage: [undefined, { option: true }],
  // A fresh browser and profile for every test: no state leaks from one test to the next. Errors of the
  // extension's own scripts and pages (background, content script, reader frame, options) fail the test.
  ext: async ({ browserName, siteOrigin, uiLanguage }, use) => {
    const name = browserName as BrowserName;
    const lang = uiLanguage ? { lang: uiLanguage } : {};
    const ext = name === 'firefox' ? await launchFirefox(lang) : await launchChromium({ ...lang, siteOrigin });
    try {
      await use(ext);
      const errors = await ext.extensionErrors();
      baseExpect(errors, 'errors of the extension (background, content script, reader and options pages)').toEqual([]);
    } finally {
      await ext.close();
    }
  },
  open: async ({ ext, siteOrigin }, use) => {
    // Every error a page or the content script reports fails the test (the fixtures themselves are clean).
    // What each page showed while it was open: from its opening to the next page opened in that tab.
    const watched: { tab: Tab; strict: boolean; from: number; to?: number }[] = [];
    await use(async (slug, options = {}) => {
      const tab = options.tab ?? (await ext.firstTab());
      const route = options.generated ? 'gen' : options.strict ? 'strict' : 'page';
      for (const w of watched) if (w.tab === tab) w.to ??= tab.errors.length;
      watched.push({ tab, strict: !!options.strict, from: tab.errors.length });
      await tab.goto(`${siteOrigin}/${route}/${slug}?t=${++unique}`);
      return { tab, view: tab.view };
    });
    const errors = watched.flatMap(({ tab, strict, from, to }) =>
      tab.errors
        .slice(from, to)
        .filter((e) => !expected(e.text, strict))
        .map((e) => `${e.kind}: ${e.text}`),
    );
    baseExpect(errors, 'errors reported by the page or the content script').toEqual([]);
  },
});

export const expect = test.expect;
