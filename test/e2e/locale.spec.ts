import { test, expect } from './fixtures.js';
import { CD_ATTRIBUTION } from './common-dreams.js';
import { firefoxLanguagePack } from '../../scripts/firefox-browser.js';

/**
 * The second locale: the browser started in German shows every word of the view in German (from
 * _locales/de), while the article keeps its language and the citation its style's (English).
 * Chromium needs Debian's chromium-l10n for it, Firefox its language pack, firefox-esr-l10n-de.
 */
test.use({ uiLanguage: 'de' });

test('with the browser in German, the view speaks German and the citation stays English', async ({ open, ext, browserName }) => {
  test.skip(browserName === 'firefox' && !firefoxLanguagePack('de'), 'Firefox: no German language pack on this machine (apt-get install -y firefox-esr-l10n-de), so its UI and extensions cannot be German');
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
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
  expect(await view.text('.rc-cite-more')).toBe('Zitat zeigen');
  expect(await view.text('.rc-notes-toggle')).toBe('Notizen');
  await view.click('.rc-cite-more');
  expect(await view.text('.rc-preview')).toBe(CD_ATTRIBUTION);
  expect(await view.attributes('.rc-preview', 'lang')).toEqual(['en']);

  await view.click('.rc-settings-toggle');
  expect(await view.texts('.rc-choice legend')).toEqual(['Farbschema', 'Schrift']);
  expect(await view.texts('.rc-theme label')).toEqual(['Automatisch', 'Hell', 'Sepia', 'Dunkel']);
  expect(await view.texts('.rc-value')).toEqual(['20 px', '1,65', '34 em']); // German decimal comma

  // The button's tooltip in the toolbar comes from the same catalogue.
  const title = await ext.inExtension(async () => chrome.action.getTitle({}));
  expect(title).toBe('Readcite: Leseansicht öffnen');
});

test('in German, the embed cards offer "Video laden", named with the video', async ({ open, ext, browserName }) => {
  test.skip(browserName === 'firefox' && !firefoxLanguagePack('de'), 'Firefox: no German language pack on this machine (apt-get install -y firefox-esr-l10n-de), so its UI and extensions cannot be German');
  const { tab, view } = await open('embeds', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.texts('.rc-body .rc-embed-load')).toEqual(['Video laden', 'Video laden']);
  expect(await view.attributes('.rc-body .rc-embed-load', 'aria-label')).toEqual(['Video laden: Whetstone sharpening for beginners', 'Video laden: The stroke from above']);
});
