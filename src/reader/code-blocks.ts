import { t } from '../browser/i18n.js';
import { copyToClipboard } from './clipboard.js';
import { h, VIEW_ONLY } from './dom.js';

/**
 * Each code block of the article gets a Copy button that puts its text on the clipboard exactly as
 * written (white space and line breaks kept), and its language as a label when the page named it. Both are
 * the view's own, added after sanitising.
 */
export function addCodeCopy(doc: Document, body: Element): void {
  const win = doc.defaultView;
  if (!win) return;
  for (const pre of Array.from(body.querySelectorAll('pre'))) {
    const code = pre.textContent;
    if (!code.trim()) continue;
    const button = h(doc, 'button', { type: 'button', class: `rc-code-copy ${VIEW_ONLY}` }, t('copyCode'));
    button.addEventListener('click', () => {
      copyToClipboard(win, code, '').then(
        () => (button.textContent = t('codeCopied')),
        () => (button.textContent = t('copyFailedShort')),
      );
    });
    const box = h(doc, 'div', { class: 'rc-code' });
    pre.replaceWith(box);
    // The language the page named, as text (a page string never becomes markup).
    const lang = pre.getAttribute('data-lang');
    if (lang) box.append(h(doc, 'span', { class: `rc-code-lang ${VIEW_ONLY}` }, lang));
    box.append(button, pre);
  }
}
