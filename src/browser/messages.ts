import type { Article } from '../core/types.js';

/**
 * What crosses between the background, the content script and the reader frame, typed with its direction
 * (darkreader's Message<From>to<To> lesson: no `any` payloads, no string routers).
 *
 * background -> content: the background toggles the view by injecting a function that calls the reader
 *   the content script keeps under READER_KEY in the extension's isolated world, or returns null when
 *   there is none yet. (A runtime message needs a listener to exist and can hang on pages that are still
 *   loading; an injection either runs or fails at once.)
 * content -> background: StateReport, whenever the view changes state (also when Esc closes it).
 * content -> reader frame: FrameInit, once; reader frame -> content: FrameReport, or FrameCancel before that (below).
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

/**
 * content -> reader frame. The view is an extension page (reader.html) in an iframe inside the closed
 * shadow root, so page scripts can neither read it nor see its keys and copy events. The content script
 * sends the article once, by postMessage to the frame with a MessagePort and the random token it put in the
 * frame's URL fragment: a page can post to the frame too, but cannot know the token. Everything after
 * that goes over the private port.
 */
export type ViewContent =
  | { kind: 'article'; article: Article }
  | { kind: 'message'; reason: 'no-article' | 'failed'; detail: string }
  | { kind: 'message'; reason: 'too-large'; elements: number; limit: number }
  | { kind: 'message'; reason: 'too-slow'; seconds: number };

export interface FrameInit {
  type: 'readcite/init';
  token: string;
  content: ViewContent;
}

/** reader frame -> content, over the port: the reader asked to close (its button or Esc). */
export interface FrameReport {
  type: 'readcite/close';
}

/**
 * reader frame -> content, by postMessage to the page's window before the port exists: Cancel on the
 * frame's own "Reading…" notice, shown while a long step keeps the page's thread (and so the init) busy.
 * It carries no secret (page scripts see it too); the content script accepts it only from its own frame.
 */
export interface FrameCancel {
  type: 'readcite/cancel';
}

/** After this long without the article, the frame says it is reading, with Cancel (reader/main.ts). */
export const READING_NOTICE_MS = 500;

export const isFrameCancel = (m: unknown): m is FrameCancel => typeof m === 'object' && m !== null && (m as Partial<FrameCancel>).type === 'readcite/cancel';

export function isFrameInit(m: unknown, token: string): m is FrameInit {
  if (typeof m !== 'object' || m === null || !token) return false;
  const { type, token: sent, content } = m as Record<string, unknown>;
  return type === 'readcite/init' && sent === token && typeof content === 'object' && content !== null;
}

export const isFrameReport = (m: unknown): m is FrameReport =>
  typeof m === 'object' && m !== null && (m as Partial<FrameReport>).type === 'readcite/close';
