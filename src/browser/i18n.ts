import browser from 'webextension-polyfill';
import type { StyleId } from '../core/citation/ids.js';

/** The message keys, typed from the English catalogue (a type import: the JSON is not bundled). */
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

/**
 * Every user-facing string goes through the browser's i18n (src/_locales); the browser picks the UI
 * language. A missing key shows the key itself, so a test notices instead of an empty label.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language, for numbers in the view's own words. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The UI name of a citation style. The citation itself stays in the style's language (English). */
export function styleName(id: StyleId): string {
  return t(`style_${id.replace(/-/g, '_')}` as MessageKey);
}

/** The UI language's direction. */
export function uiDir(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
