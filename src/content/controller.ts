import { PageTooLargeError, ExtractionTimeoutError, extractArticle } from '../core/extract.js';
import type { ViewContent, ViewState } from '../browser/messages.js';
import { mountOverlay, type MountedView } from './overlay.js';

/** Where the reader was on the page, to put them back there. */
interface PagePlace {
  focus: Element | null;
  x: number;
  y: number;
}

function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export interface Reader {
  toggle(): ViewState;
}

/** Extracts the article, or says why there is none; never throws. */
export function readPage(doc: Document, url: string): { content: ViewContent; state: ViewState } {
  try {
    const article = extractArticle(doc, url);
    if (article) return { content: { kind: 'article', article }, state: 'open' };
    return { content: { kind: 'message', reason: 'no-article', detail: '' }, state: 'no-article' };
  } catch (error) {
    const content: ViewContent =
      error instanceof PageTooLargeError
        ? { kind: 'message', reason: 'too-large', elements: error.elements, limit: error.limit }
        : error instanceof ExtractionTimeoutError
          ? { kind: 'message', reason: 'too-slow', seconds: Math.round(error.limitMs / 1000) }
          : { kind: 'message', reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    return { content, state: 'error' };
  }
}

/** One reader per page: opens the view on the current document, closes it, and restores the page. */
export function createReader(win: Window, report: (state: ViewState) => void): Reader {
  let view: MountedView | null = null;

  const open = (): ViewState => {
    const doc = win.document;
    const place: PagePlace = { focus: deepActiveElement(doc), x: win.scrollX, y: win.scrollY };
    // The frame starts loading first, in its own process, while the article is extracted here.
    const mounted = mountOverlay(doc, () => {
      view = null;
      const focus = place.focus;
      if (focus?.isConnected && 'focus' in focus && typeof focus.focus === 'function') (focus as HTMLElement).focus({ preventScroll: true });
      if (win.scrollX !== place.x || win.scrollY !== place.y) win.scrollTo(place.x, place.y);
      report('closed');
    });
    view = mounted;
    const { content, state } = readPage(doc, win.location.href);
    mounted.show(content);
    return state;
  };

  return {
    toggle() {
      if (view) {
        view.close();
        return 'closed';
      }
      const state = open();
      report(state);
      return state;
    },
  };
}
