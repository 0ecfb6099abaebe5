import type { Article } from '../core/types.js';
import type { ViewContent } from '../browser/messages.js';
import type { Settings } from '../browser/settings-schema.js';
import { formatLongDate } from '../core/dates.js';
import { readingMinutes, readingRate } from '../core/reading-time.js';
import { t, uiLanguage } from '../browser/i18n.js';
import { h } from './dom.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { createCitePanel, type CitePanel } from './cite-panel.js';
import { addCodeCopy } from './code-blocks.js';
import { addNotePreviews } from './note-previews.js';
import { addEmbedPlayers } from './embed-players.js';
import { copyAsWritten } from './highlight-paint.js';
import { createNotes, type NotesView } from './notes.js';

/** What the view's keyboard shortcuts and controls act on. */
export interface Rendered {
  /** The bar: its buttons, in Tab order. */
  bar: HTMLElement;
  /** Present only when an article is shown. */
  cite: CitePanel | null;
  /** Highlights and notes: present only when an article is shown. */
  notes: NotesView | null;
  main: HTMLElement;
}

const MESSAGE_TITLES = { 'no-article': 'noArticle', 'too-large': 'tooLarge', 'too-slow': 'tooSlow', failed: 'failed' } as const;

/**
 * Builds the view in the reader page: a banner with the controls (copy, quote, settings, print, shortcuts,
 * close), then the article in <main>. Article HTML is sanitised at its one sink; every other page
 * string goes in as text.
 */
export function renderView(doc: Document, content: ViewContent, settings: Settings, tools: HTMLElement[]): Rendered {
  const actions = h(doc, 'div', { class: 'rc-actions' });
  const toolBox = h(doc, 'div', { class: 'rc-tools' }, ...tools);
  const bar = h(doc, 'header', { class: 'rc-bar' }, h(doc, 'div', { class: 'rc-bar-row', role: 'group', 'aria-label': t('toolbarLabel') }, actions, toolBox));
  let cite: CitePanel | null = null;
  let notes: NotesView | null = null;
  let body: HTMLElement | null = null;
  const main = h(doc, 'main', { class: 'rc-main', tabindex: '-1' });

  if (content.kind === 'article') {
    const rendered = renderArticle(doc, content.article, settings.academicStyle);
    cite = rendered.cite;
    actions.append(cite.actions);
    main.append(rendered.element);
    main.setAttribute('aria-labelledby', 'rc-title');
    doc.title = content.article.title;
    body = rendered.body;
  } else {
    const title = t(MESSAGE_TITLES[content.reason]);
    const n = (x: number) => x.toLocaleString(uiLanguage());
    const detail =
      content.reason === 'no-article'
        ? t('noArticleHint')
        : content.reason === 'too-large'
          ? t('tooLargeDetail', n(content.elements), n(content.limit))
          : content.reason === 'too-slow'
            ? t('tooSlowDetail', content.seconds)
            : content.detail;
    main.append(h(doc, 'div', { class: 'rc-message', role: 'alert' }, h(doc, 'h1', { id: 'rc-title' }, title), h(doc, 'p', {}, detail)));
    doc.title = title;
  }
  doc.body.replaceChildren(bar, main);
  // The notes come once the view is in the document: their panel goes beside <main>.
  if (body && cite && content.kind === 'article') {
    notes = createNotes(doc, content.article, body, cite);
    toolBox.prepend(notes.toggle);
  }
  return { bar, cite, notes, main };
}

function renderArticle(doc: Document, a: Article, academicStyle: Settings['academicStyle']): { element: HTMLElement; cite: CitePanel; body: HTMLElement } {
  const date = a.published ? formatLongDate(a.published, a.lang) : '';
  const meta = h(
    doc,
    'p',
    { class: 'rc-meta' },
    a.byline && h(doc, 'span', { class: 'rc-byline' }, a.byline),
    a.byline && date && h(doc, 'span', { class: 'rc-meta-sep', 'aria-hidden': 'true' }, '·'),
    date && a.published && h(doc, 'time', { class: 'rc-date', datetime: a.published }, date),
    (a.byline || date) && h(doc, 'span', { class: 'rc-meta-sep', 'aria-hidden': 'true' }, '·'),
    // The view's own words: in the browser's language, not the article's.
    h(
      doc,
      'span',
      { class: 'rc-reading', lang: uiLanguage(), dir: 'auto', title: t('readingRate', readingRate(a.lang)) },
      t('reading', readingMinutes(a.wordCount, a.lang), a.wordCount.toLocaleString(uiLanguage())),
    ),
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
      h(doc, 'img', {
        src: lead.src,
        alt: lead.alt || lead.caption,
        decoding: 'async',
        referrerpolicy: 'no-referrer',
        // The declared size gives the box its ratio before the photo arrives (CSS keeps it to the column).
        ...(lead.width && lead.height ? { width: String(lead.width), height: String(lead.height) } : {}),
      }),
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
  addCodeCopy(doc, body);
  addNotePreviews(doc, body);
  addEmbedPlayers(doc, body);
  copyAsWritten(doc, body);
  const selection = () => doc.getSelection()?.toString() ?? '';
  const cite = createCitePanel(doc, a, academicStyle, selection, () => body);
  return { element: h(doc, 'article', { class: 'rc-article', lang: a.lang, dir: a.dir }, header, cite.element, figure, body), cite, body };
}
