/**
 * What crosses between the background and the content script, typed with its direction
 * (darkreader's Message<From>to<To> lesson: no `any` payloads, no string routers).
 *
 * background -> content: the background toggles the view by injecting a function that calls the reader
 *   the content script keeps under READER_KEY in the extension's isolated world, or returns null when
 *   there is none yet. (A runtime message needs a listener to exist and can hang on pages that are still
 *   loading; an injection either runs or fails at once.)
 * content -> background: StateReport, whenever the view changes state (also when Esc closes it).
 */

/** What the reader view is showing in a tab. */
export type ViewState = 'open' | 'closed' | 'no-article' | 'error';

/**
 * The key under which the content script keeps its reader on the isolated world's global. A symbol, not a
 * name: elements with an id or name are named properties of window in every world, so a page with
 * <a id="__readcite"> would otherwise hand the content script its own element (a test fixture does).
 */
export const READER_KEY = 'readcite.reader';

export interface StateReport {
  type: 'readcite/state';
  state: ViewState;
}

const STATES: readonly unknown[] = ['open', 'closed', 'no-article', 'error'] satisfies ViewState[];

export const isViewState = (v: unknown): v is ViewState => STATES.includes(v);

export const isStateReport = (m: unknown): m is StateReport =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'readcite/state' && isViewState((m as StateReport).state);
