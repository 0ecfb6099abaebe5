import type { Settings } from '../browser/settings-schema.js';

/**
 * Applies display settings to a reader or options document: theme and font as data attributes the
 * stylesheet keys on, sizes as custom properties (set through CSSOM, which the strict extension-page CSP
 * allows where a style attribute would be blocked).
 */
export function applyAppearance(doc: Document, settings: Settings): void {
  const root = doc.documentElement;
  root.dataset['theme'] = settings.theme;
  root.dataset['font'] = settings.font;
  root.style.setProperty('--rc-size', `${settings.size}px`);
  root.style.setProperty('--rc-leading', String(settings.lineHeight));
  root.style.setProperty('--rc-measure', `${settings.width}em`);
}
