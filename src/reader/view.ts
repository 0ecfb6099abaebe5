import type { Article } from '../core/types.js';
import { formatLongDate } from '../core/dates.js';
import { readingMinutes, readingRate } from '../core/reading-time.js';
import { STRINGS } from '../browser/strings.js';
import { h } from './dom.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { VIEW_CSS, applyStyles } from './styles.js';
import { createCitePanel, type CitePanel } from './cite-panel.js';

/** The host's tag: unknown to pages, so no page rule for div, section… can reach it. */
const HOST_TAG = 'readcite-view';

export interface MountedView {
  /** Closes the view; `onClosed` runs once the page is back as it was. */
  close(): void;
}

export type ViewContent = { kind: 'article'; article: Article } | { kind: 'message'; title: string; detail: string };

/**
 * Shows the view: a modal <dialog> (top layer, page inert, focus kept inside, Esc closes) in a closed
 * shadow root, so page scripts cannot reach into it and page CSS cannot style it. The page's DOM is not
 * touched apart from the one host element, which is removed on close.
 */
export function mountView(doc: Document, content: ViewContent, onClosed: () => void): MountedView {
  const host = doc.createElement(HOST_TAG);
  // Inline !important beats any page rule, so the host cannot be hidden or moved by the page's CSS.
  host.setAttribute('style', 'all: initial !important; display: contents !important;');
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, VIEW_CSS);

  // The view's own words are English and left to right, whatever the page's direction (which the host
  // would otherwise inherit); the article carries its own lang and dir.
  const dialog = h(doc, 'dialog', { 'aria-label': STRINGS.viewLabel, tabindex: '-1', lang: 'en', dir: 'ltr' });
  const closeButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-close', 'aria-label': STRINGS.close }, STRINGS.closeShort);
  dialog.append(h(doc, 'div', { class: 'rc-toolbar', role: 'toolbar', 'aria-label': STRINGS.viewLabel }, closeButton));

  if (content.kind === 'article') {
    // Selections inside a shadow root: Chromium exposes them on the root, Firefox on the document.
    const selection = () => ((root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection())?.toString() ?? '';
    const rendered = renderArticle(doc, content.article, selection);
    closeButton.before(rendered.cite.actions);
    dialog.append(rendered.element);
    dialog.addEventListener('keydown', (event) => {
      const target = event.composedPath()[0];
      const typing = target instanceof Element && target.matches('select, input, textarea, [contenteditable]');
      if (event.key === 'c' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing) {
        event.preventDefault();
        void rendered.cite.copyCitation();
      }
    });
    dialog.setAttribute('aria-labelledby', 'rc-title');
    dialog.removeAttribute('aria-label');
  } else {
    dialog.append(
      h(doc, 'div', { class: 'rc-message', role: 'alert' }, h(doc, 'h1', { id: 'rc-title' }, content.title), h(doc, 'p', {}, content.detail)),
    );
  }
  root.append(dialog);

  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    host.remove();
    onClosed();
  };
  // Every way out (Esc, the button, the toolbar action) ends in the dialog's close event.
  dialog.addEventListener('close', finish);
  closeButton.addEventListener('click', () => dialog.close());

  doc.documentElement.append(host);
  dialog.showModal();
  // The article, not the close button, gets focus, so reading and scrolling start at once.
  dialog.focus({ preventScroll: true });

  return {
    close() {
      if (dialog.open) dialog.close();
      else finish();
    },
  };
}

function renderArticle(doc: Document, a: Article, selection: () => string): { element: HTMLElement; cite: CitePanel } {
  const date = a.published ? formatLongDate(a.published, a.lang) : '';
  const meta = h(
    doc,
    'p',
    { class: 'rc-meta' },
    a.byline && h(doc, 'span', { class: 'rc-byline' }, a.byline),
    a.byline && date && h(doc, 'span', { class: 'rc-meta-sep', 'aria-hidden': 'true' }, '·'),
    date && a.published && h(doc, 'time', { class: 'rc-date', datetime: a.published }, date),
    (a.byline || date) && h(doc, 'span', { class: 'rc-meta-sep', 'aria-hidden': 'true' }, '·'),
    h(doc, 'span', { class: 'rc-reading', lang: 'en', dir: 'ltr', title: STRINGS.readingRate(readingRate(a.lang)) }, STRINGS.reading(readingMinutes(a.wordCount, a.lang), a.wordCount)),
  );
  const header = h(
    doc,
    'header',
    { class: 'rc-header' },
    a.siteName && h(doc, 'p', { class: 'rc-site' }, a.siteName),
    h(doc, 'h1', { class: 'rc-title', id: 'rc-title' }, a.title),
    a.standfirst && h(doc, 'p', { class: 'rc-standfirst' }, a.standfirst),
    meta,
  );
  const lead = a.leadImage;
  const figure =
    lead &&
    /^https?:/i.test(lead.src) &&
    h(
      doc,
      'figure',
      { class: 'rc-lead' },
      h(doc, 'img', { src: lead.src, alt: lead.alt || lead.caption, decoding: 'async', referrerpolicy: 'no-referrer' }),
      (lead.caption || lead.credit) &&
        h(
          doc,
          'figcaption',
          {},
          lead.caption && h(doc, 'span', { class: 'rc-caption' }, lead.caption),
          lead.credit && h(doc, 'span', { class: 'rc-credit' }, lead.credit),
        ),
    );
  const body = h(doc, 'div', { class: 'rc-body' });
  body.append(sanitizeArticleHtml(a.contentHtml, doc.defaultView as Window & typeof globalThis));
  const cite = createCitePanel(doc, a, selection, () => body);
  return { element: h(doc, 'article', { class: 'rc-article', lang: a.lang, dir: a.dir }, header, cite.element, figure, body), cite };
}
