import { PageTooLargeError, extractArticle } from '../core/extract.js';
import type { ViewState } from '../browser/messages.js';
import { STRINGS } from '../browser/strings.js';
import { mountView, type MountedView, type ViewContent } from './view.js';

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

/** One reader per page: opens the view on the current document, closes it, and restores the page. */
export function createReader(win: Window, report: (state: ViewState) => void): Reader {
  let view: MountedView | null = null;

  const open = (): ViewState => {
    const doc = win.document;
    const place: PagePlace = { focus: deepActiveElement(doc), x: win.scrollX, y: win.scrollY };
    let content: ViewContent;
    let state: ViewState;
    try {
      const article = extractArticle(doc, win.location.href);
      content = article
        ? { kind: 'article', article }
        : { kind: 'message', title: STRINGS.noArticle, detail: STRINGS.noArticleHint };
      state = article ? 'open' : 'no-article';
    } catch (error) {
      content = { kind: 'message', title: error instanceof PageTooLargeError ? STRINGS.tooLarge : STRINGS.failed, detail: error instanceof Error ? error.message : String(error) };
      state = 'error';
    }
    view = mountView(doc, content, () => {
      view = null;
      const focus = place.focus;
      if (focus?.isConnected && 'focus' in focus && typeof focus.focus === 'function') (focus as HTMLElement).focus({ preventScroll: true });
      if (win.scrollX !== place.x || win.scrollY !== place.y) win.scrollTo(place.x, place.y);
      report('closed');
    });
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
