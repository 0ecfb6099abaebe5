import type { ViewState } from '../browser/messages.js';
import { mountOverlay, type MountedView } from './overlay.js';
import { readPage } from './read-page.js';

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

  const open = (): void => {
    const doc = win.document;
    const place: PagePlace = { focus: deepActiveElement(doc), x: win.scrollX, y: win.scrollY };
    // Closing the view (Esc, its Cancel or Close button, the toolbar) also stops an extraction under way.
    const reading = new AbortController();
    // The frame starts loading first, in its own process, while the article is extracted here.
    const mounted = mountOverlay(doc, () => {
      view = null;
      reading.abort();
      const focus = place.focus;
      if (focus?.isConnected && 'focus' in focus && typeof focus.focus === 'function') (focus as HTMLElement).focus({ preventScroll: true });
      if (win.scrollX !== place.x || win.scrollY !== place.y) win.scrollTo(place.x, place.y);
      report('closed');
    });
    view = mounted;
    // Extraction gives the page its thread back between steps; meanwhile the frame says it is reading.
    readPage(doc, win.location.href, { signal: reading.signal }).then(
      ({ content, state }) => {
        if (reading.signal.aborted) return;
        mounted.show(content);
        report(state);
      },
      () => undefined, // cancelled: the view is already closed
    );
  };

  return {
    toggle() {
      if (view) {
        view.close();
        return 'closed';
      }
      open();
      return 'open';
    },
  };
}
