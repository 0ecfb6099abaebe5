import browser from 'webextension-polyfill';
import { READER_KEY, type StateReport, type ViewState } from '../browser/messages.js';
import { createReader, type Reader } from './controller.js';

/**
 * Content script entry, injected on demand into the active tab's top frame. It lives in the extension's
 * isolated world, whose globals page scripts cannot see; it keeps its one reader there for the background
 * to toggle. Injected a second time, it toggles that reader, so two views never stack.
 */
const KEY = Symbol.for(READER_KEY);
const scope = globalThis as unknown as Record<symbol, Reader | undefined>;

const report = (state: ViewState) => {
  const message: StateReport = { type: 'readcite/state', state };
  browser.runtime.sendMessage(message).catch(() => undefined);
};

const reader = scope[KEY] ?? (scope[KEY] = createReader(window, report));
reader.toggle();
