import browser from 'webextension-polyfill';
import { isFrameCancel, isFrameReport, type FrameInit, type ViewContent } from '../browser/messages.js';
import { t } from '../browser/i18n.js';

/** The host's tag: unknown to pages, so no page rule for div, section… can reach it. */
export const HOST_TAG = 'readcite-view';

/**
 * The overlay's own styles: a full-window modal dialog holding the reader frame. Adopted as a constructable
 * stylesheet in the closed shadow root, so neither page CSS nor a strict page CSP can break them.
 */
const OVERLAY_CSS = `
:host { all: initial !important; display: contents !important; }
dialog {
  position: fixed; inset: 0; box-sizing: border-box; width: 100%; height: 100%; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; overflow: hidden; background: #fbfaf7; color-scheme: light;
}
dialog::backdrop { background: #fbfaf7; }
@media (prefers-color-scheme: dark) { dialog, dialog::backdrop { background: #1b1a19; } }
dialog:focus { outline: none; }
iframe { display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal; }
`;

function applyStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** 128 random bits as hex: the frame's proof that a message comes from this content script. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A view closed from inside its frame, still to be removed (see `finish`). */
let pendingRemoval: (() => void) | null = null;

function flushPendingRemoval(): void {
  const remove = pendingRemoval;
  pendingRemoval = null;
  remove?.();
}

export interface MountedView {
  /** Gives the frame what to show (sent as soon as it has loaded). */
  show(content: ViewContent): void;
  /** Closes the view; `onClosed` runs once the page is back as it was. */
  close(): void;
}

/**
 * Shows the view: a modal <dialog> (top layer, page inert, Esc closes) in a closed shadow root, holding
 * the reader page (an extension page) in an iframe. The page's DOM is not touched apart from the one
 * host element, removed on close. Every way out ends in `finish`: Esc, the view's close button (over the
 * port), the toolbar action, and a page removing the host or navigating the frame away.
 */
export function mountOverlay(doc: Document, onClosed: () => void): MountedView {
  flushPendingRemoval();
  const host = doc.createElement(HOST_TAG);
  // Inline !important beats any page rule, so the host cannot be hidden or moved by the page's CSS.
  host.setAttribute('style', 'all: initial !important; display: contents !important;');
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, OVERLAY_CSS);

  const token = newToken();
  const readerUrl = browser.runtime.getURL('reader.html');
  const dialog = doc.createElement('dialog');
  dialog.setAttribute('aria-label', t('viewLabel'));
  const frame = doc.createElement('iframe');
  frame.setAttribute('title', t('viewLabel'));
  // The view copies citations from its own frame, in the reader's click.
  frame.setAttribute('allow', 'clipboard-write');
  frame.src = `${readerUrl}#${token}`;
  dialog.append(frame);
  root.append(dialog);

  let closed = false;
  let loaded = false;
  let port: MessagePort | null = null;
  const observer = new MutationObserver(() => {
    if (!host.isConnected) finish();
  });
  const remove = () => host.remove();
  /**
   * Closes at once; removes the frame at once too, unless the frame itself asked to close. Then it is in
   * the middle of handling the key or click that asked, and Chromium can leave that input unacknowledged
   * if its frame disappears under it (the next key press would then hang). So the dialog closes now and
   * focus goes back to the page, and the hidden frame is removed a moment later, or before the next view.
   */
  const finish = (fromFrame = false) => {
    if (closed) return;
    closed = true;
    observer.disconnect();
    doc.defaultView?.removeEventListener('message', onCancel);
    port?.close();
    if (dialog.open) dialog.close();
    if (fromFrame) {
      pendingRemoval = remove;
      setTimeout(() => {
        if (pendingRemoval === remove) flushPendingRemoval();
      }, 100);
    } else remove();
    onClosed();
  };

  let content: ViewContent | null = null;
  const send = () => {
    if (!loaded || !content || closed || port) return;
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (event: MessageEvent<unknown>) => {
      if (isFrameReport(event.data)) finish(true);
    };
    const init: FrameInit = { type: 'readcite/init', token, content };
    frame.contentWindow?.postMessage(init, new URL(readerUrl).origin, [channel.port2]);
    frame.focus({ preventScroll: true });
  };
  frame.addEventListener('load', () => {
    // A second load means something navigated the frame away from the reader: never show that.
    if (loaded) return finish();
    loaded = true;
    send();
  });
  dialog.addEventListener('close', () => finish());
  // Cancel on the frame's own "Reading…" notice, before the port exists: only from this view's frame.
  const onCancel = (event: MessageEvent<unknown>) => {
    if (event.source === frame.contentWindow && event.origin === new URL(readerUrl).origin && isFrameCancel(event.data)) finish(true);
  };
  doc.defaultView?.addEventListener('message', onCancel);

  doc.documentElement.append(host);
  observer.observe(doc.documentElement, { childList: true });
  dialog.showModal();
  dialog.focus({ preventScroll: true });

  return {
    show(what) {
      content = what;
      send();
    },
    close: () => finish(),
  };
}
