import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { READER_KEY, isStateReport, isViewState, type ViewState } from './messages.js';
import { t } from './i18n.js';

/**
 * The background holds no state (MV3 workers come and go): three triggers, one path.
 * Toolbar button and the Alt+Shift+R shortcut (`_execute_action`) both fire action.onClicked;
 * the context menu calls the same function. activeTab grants the tab; no host permissions.
 */

const MENU_ID = 'readcite-open';
const CONTENT_SCRIPT = 'content.js';

async function setState(tabId: number, state: ViewState | 'blocked'): Promise<void> {
  const title = {
    open: t('actionTitleOpen'),
    closed: t('actionTitle'),
    'no-article': t('actionTitle'),
    error: t('actionTitleFailed'),
    blocked: t('actionTitleBlocked'),
  }[state];
  const badge = state === 'blocked' || state === 'error' ? '!' : '';
  await Promise.all([
    browser.action.setTitle({ tabId, title }),
    browser.action.setBadgeText({ tabId, text: badge }),
    badge ? browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }) : Promise.resolve(),
  ]);
}

/** Chromium's first injection into a fresh renderer sometimes fails with this; a retry works (../e2e.md §6). */
const TRANSIENT = /Cannot access contents of the page/i;
const RETRY_DELAYS_MS = [100, 250, 500];

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one injection, retrying only the transient failure above. */
async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (const wait of RETRY_DELAYS_MS) {
    try {
      return await run();
    } catch (error) {
      if (!TRANSIENT.test(String(error))) throw error;
      await delay(wait);
    }
  }
  return run();
}

/**
 * Injected as a function (serialised, so self-contained): toggles the reader the content script left in
 * the extension's isolated world, or reports that there is none yet.
 */
function toggleExisting(key: string): ViewState | null {
  const reader = (globalThis as unknown as Record<symbol, { toggle?: unknown } | undefined>)[Symbol.for(key)];
  return reader && typeof reader.toggle === 'function' ? (reader.toggle as () => ViewState)() : null;
}

/** Toggles the reader view in a tab: the reader already there if any, else injects the content script (which opens). */
export async function toggleReader(tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  try {
    const [probe] = await withRetry(() =>
      browser.scripting.executeScript({ target: { tabId }, func: toggleExisting, args: [READER_KEY] }),
    );
    // Firefox answers for pages extensions may not script (about:robots, about:addons) with no result
    // at all rather than an error; a page that can be scripted always gives one (null: no reader yet).
    if (!probe) {
      await setState(tabId, 'blocked');
      return;
    }
    // A reader was there and toggled; it reports its new state itself (StateReport), as it does for Esc.
    if (isViewState(probe.result)) return;
    await withRetry(() => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }));
  } catch {
    // Browser pages, extension stores, PDF viewers: say so on the button, keep the console clean.
    await setState(tabId, 'blocked').catch(() => undefined);
  }
}

browser.action.onClicked.addListener((tab) => void toggleReader(tab));

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void toggleReader(tab);
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(
    () => browser.contextMenus.create({ id: MENU_ID, title: t('menuOpen'), contexts: ['page'] }),
    () => undefined,
  );
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || !isStateReport(message)) return undefined;
  return setState(tabId, message.state).then(() => undefined);
});
