import browser from 'webextension-polyfill';
import { validate, DEFAULTS, type Settings } from './settings-schema.js';

export * from './settings-schema.js';

const STORAGE_KEY = 'readcite';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(STORAGE_KEY);
    return validate(got[STORAGE_KEY]);
  } catch {
    return { ...DEFAULTS };
  }
}

/** Writes in this context, one after another: two quick changes never read the same old value. */
let writes: Promise<unknown> = Promise.resolve();

/** Merges a change into the stored settings (read, validate, write), after any write still under way. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = writes.then(async () => {
    const next = validate({ ...(await loadSettings()), ...patch });
    await browser.storage.sync.set({ [STORAGE_KEY]: next });
    return next;
  });
  writes = run.catch(() => undefined);
  return run;
}

/** Calls `listener` with the validated settings whenever any tab or the options page changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && STORAGE_KEY in changes) listener(validate(changes[STORAGE_KEY].newValue));
  });
}
