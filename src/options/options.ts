import browser from 'webextension-polyfill';
import { STYLE_IDS, isStyleId } from '../core/citation/ids.js';
import { t, styleName, uiDir, uiLanguage } from '../browser/i18n.js';
import { toggleShortcut } from '../browser/shortcut.js';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../browser/settings.js';
import { applyAppearance } from '../reader/appearance.js';
import { createSettingsForm } from '../reader/controls.js';
import { h } from '../reader/dom.js';
import { notesSection } from './notes-section.js';

/**
 * The options page (options_ui): the reader's display settings with a live sample, the citation style
 * for articles without a reuse licence, and where to change the keyboard shortcut. Saved at once.
 */
async function main(): Promise<void> {
  const doc = document;
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDir();
  doc.title = t('optionsTitle');
  let settings = await loadSettings();
  applyAppearance(doc, settings);

  // Saved changes come back as change events, like those from a view; both are shown the same way.
  const saved = h(doc, 'p', { class: 'rc-saved', role: 'status' });
  const change = (patch: Partial<Settings>) => void saveSettings(patch).then(() => (saved.textContent = t('saved')));
  const form = createSettingsForm(doc, settings, change, 'rc-opt');

  const academic = h(doc, 'select', { id: 'rc-academic', 'aria-describedby': 'rc-academic-hint' });
  for (const id of STYLE_IDS) if (id !== 'tasl') academic.append(h(doc, 'option', { value: id }, styleName(id)));
  academic.value = settings.academicStyle;
  academic.addEventListener('change', () => {
    if (isStyleId(academic.value) && academic.value !== 'tasl') change({ academicStyle: academic.value });
  });

  const keys = await toggleShortcut();
  const firefox = browser.runtime.getURL('').startsWith('moz-extension:');

  doc.body.replaceChildren(
    h(
      doc,
      'main',
      { class: 'rc-options' },
      h(doc, 'h1', {}, t('optionsTitle')),
      h(doc, 'section', { 'aria-labelledby': 'rc-opt-reading' }, h(doc, 'h2', { id: 'rc-opt-reading' }, t('optionsAppearance')), form.element, h(doc, 'p', { class: 'rc-sample', lang: uiLanguage() }, t('optionsSample'))),
      h(
        doc,
        'section',
        { 'aria-labelledby': 'rc-opt-citation' },
        h(doc, 'h2', { id: 'rc-opt-citation' }, t('optionsCitation')),
        h(doc, 'label', { for: 'rc-academic' }, t('academicStyle')),
        academic,
        h(doc, 'p', { class: 'rc-hint', id: 'rc-academic-hint' }, t('academicStyleHint')),
      ),
      notesSection(doc, () => settings),
      h(
        doc,
        'section',
        { 'aria-labelledby': 'rc-opt-shortcut' },
        h(doc, 'h2', { id: 'rc-opt-shortcut' }, t('optionsShortcut')),
        h(doc, 'p', { class: 'rc-shortcut' }, keys ? t('shortcutCurrent', keys) : t('shortcutUnset')),
        h(doc, 'p', { class: 'rc-hint' }, t('shortcutChange', t(firefox ? 'shortcutPlaceFirefox' : 'shortcutPlaceChrome'))),
      ),
      saved,
    ),
  );

  onSettingsChanged((next) => {
    settings = next;
    applyAppearance(doc, next);
    form.update(next);
    academic.value = next.academicStyle;
  });
}

void main();
