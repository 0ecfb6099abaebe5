import { t } from '../browser/i18n.js';

/**
 * Writes text/plain and text/html together in the click's gesture. Where the browser cannot write HTML
 * (no ClipboardItem, or it refuses), falls back to plain text; a failure is thrown for the view to show.
 */
export async function copyToClipboard(win: Window & typeof globalThis, text: string, html: string): Promise<'rich' | 'plain'> {
  const clipboard = win.navigator.clipboard as Clipboard | undefined;
  if (!clipboard) throw new Error(t('noClipboard'));
  await focused(win);
  if (typeof win.ClipboardItem === 'function' && html) {
    try {
      await clipboard.write([
        new win.ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Some browsers refuse text/html from content scripts: plain text is still a citation.
    }
  }
  await clipboard.writeText(text);
  return 'plain';
}

/**
 * The clipboard needs a focused document, and a page script may have just blurred the view's frame (its
 * focusin listener sees the click that focuses it): take focus back within the click's gesture, and wait
 * for it briefly (isolation.spec: without this, Copy fails about one click in eight on such a page).
 */
async function focused(win: Window): Promise<void> {
  if (win.document.hasFocus()) return;
  win.focus();
  if (win.document.hasFocus()) return;
  await new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, 250);
    win.addEventListener('focus', () => (win.clearTimeout(timer), resolve()), { once: true });
  });
}
