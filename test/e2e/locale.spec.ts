import { test as base, expect } from './fixtures.js';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/extension-browser.js';
import { ReaderView } from '../../scripts/reader-view.js';
import { CD_ATTRIBUTION } from './common-dreams.js';

/**
 * The second locale: Chromium started in German shows every word of the view in German (from
 * _locales/de), while the article keeps its language and the citation its style's (English).
 */
const test = base.extend<{ german: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern
  german: async ({}, use) => {
    const browser = await launchWithExtension({ lang: 'de' });
    await use(browser);
    await browser.close();
  },
});

test('with the browser in German, the view speaks German and the citation stays English', async ({ german, siteOrigin }) => {
  const page = german.context.pages()[0] ?? (await german.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${siteOrigin}/page/commondreams-doj`);
  const view = new ReaderView(page);
  await german.clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);

  expect(await view.eval((root) => root.documentElement.lang)).toBe('de');
  expect(await view.text('.rc-copy')).toBe('Namensnennung kopieren');
  expect(await view.text('.rc-quote')).toBe('Textstelle kopieren');
  expect(await view.text('.rc-print')).toBe('Drucken');
  expect(await view.text('.rc-close')).toBe('Schließen');
  expect(await view.text('.rc-reading')).toBe('2 Min. Lesezeit · 440 Wörter');
  expect(await view.text('.rc-licence')).toBe('CC BY-NC-ND 3.0: Weiterverwendung mit Namensnennung, nur nicht kommerziell, nur unverändert');
  expect(await view.text('.rc-cite-row label')).toBe('Zitierstil');
  expect(await view.eval((root) => root.querySelector<HTMLSelectElement>('.rc-style')!.selectedOptions[0]!.textContent)).toBe('CC-Namensnennung (TASL)');
  // The article is English and says so; the citation is in its style's language.
  expect(await view.attributes('.rc-article', 'lang')).toEqual(['en']);
  expect(await view.text('.rc-preview')).toBe(CD_ATTRIBUTION);
  expect(await view.attributes('.rc-preview', 'lang')).toEqual(['en']);

  await view.click('.rc-settings-toggle');
  expect(await view.texts('.rc-choice legend')).toEqual(['Farbschema', 'Schrift']);
  expect(await view.texts('.rc-theme label')).toEqual(['Automatisch', 'Hell', 'Sepia', 'Dunkel']);
  expect(await view.texts('.rc-value')).toEqual(['20 px', '1,65', '34 em']); // German decimal comma

  // The button's tooltip in the toolbar comes from the same catalogue.
  const title = await german.worker.evaluate(async () => chrome.action.getTitle({}));
  expect(title).toBe('Readcite: Leseansicht öffnen');
  expect(errors).toEqual([]);
});
