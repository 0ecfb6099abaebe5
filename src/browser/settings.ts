import browser from 'webextension-polyfill';
import { isStyleId, type StyleId } from '../core/citation/index.js';

/** Every setting with its default; the type is the schema (webext-options-sync's lesson). */
export const DEFAULTS = {
  /** The academic style used where no reuse licence calls for the CC attribution. */
  academicStyle: 'apa' as Exclude<StyleId, 'tasl'>,
};

export type Settings = typeof DEFAULTS;

const KEY = 'readcite';

/** Validates what storage holds: a corrupt or old value falls back to its default, never breaks the view. */
export function validate(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const style = stored['academicStyle'];
  return { academicStyle: isStyleId(style) && style !== 'tasl' ? style : DEFAULTS.academicStyle };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(KEY);
    return validate(got[KEY]);
  } catch {
    return { ...DEFAULTS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const current = await loadSettings();
  await browser.storage.sync.set({ [KEY]: { ...current, ...patch } });
}
