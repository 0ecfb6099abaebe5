import type { Article } from '../core/types.js';
import { STYLE_IDS, formatCitation, isStyleId, tasl, toCitationItem, type CitationItem, type StyleId } from '../core/citation/index.js';
import { t, styleName, uiDir, uiLanguage } from '../browser/i18n.js';
import { saveSettings } from '../browser/settings.js';
import { copyToClipboard } from './clipboard.js';
import { escapeHtml } from '../core/citation/words.js';
import { licenceFromText } from '../core/licence-registry.js';
import { h } from './dom.js';
import { authorsCopy } from './highlight-paint.js';

/** Licences that let a reader share the whole work. */
const sharable = (item: CitationItem) => !!item.licence && item.licence.kind !== 'custom' && (item.licence.kind !== 'cc' || !!item.licence.version);

/** The reader's calendar date, for "accessed" and "retrieved". */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What each CC element asks of the reader, in the UI language. */
const CC_USES: Record<string, string | undefined> = { get nc() { return t('licenceNc'); }, get nd() { return t('licenceNd'); }, get sa() { return t('licenceSa'); } };

function licenceLine(doc: Document, article: Article): HTMLElement {
  const { licence, syndicated, allRightsReserved } = article.licence;
  const line = h(doc, 'p', { class: 'rc-licence' });
  if (!licence) {
    line.append(syndicated ? t('licenceSyndicated') : allRightsReserved ? t('licenceReserved') : t('licenceNone'));
    line.dataset['licence'] = 'none';
    return line;
  }
  line.dataset['licence'] = licence.id;
  const name = licence.url ? h(doc, 'a', { href: licence.url, target: '_blank', rel: 'noopener noreferrer' }, licence.shortName) : h(doc, 'span', {}, licence.shortName);
  if (licence.kind === 'custom') line.append(t('licenceCustom'), ' (', h(doc, 'a', { href: licence.url, target: '_blank', rel: 'noopener noreferrer' }, licence.url), ')');
  else if (licence.kind === 'cc0') line.append(name, `: ${t('licenceCc0')}`);
  else if (licence.kind === 'pdm') line.append(name, `: ${t('licencePdm')}`);
  else if (!licence.version) line.append(name, `: ${t('licenceNoVersion')}`);
  else line.append(name, `: ${[t('licenceReuse'), ...licence.elements.map((e) => CC_USES[e]).filter(Boolean)].join(', ')}`);
  return line;
}

export interface CitePanel {
  element: HTMLElement;
  /** Copy buttons and the status line, for the view's sticky toolbar: reachable wherever the reader is. */
  actions: HTMLElement;
  /** The primary action: copy the citation in the current style (also the `c` key). */
  copyCitation(): Promise<void>;
  copyQuote(): Promise<void>;
  /** What is cited, and the style the reader chose: the notes cite the same way. */
  item: CitationItem;
  style(): StyleId;
}

/**
 * The cite panel: a licence line, a style menu with a live preview of exactly what will be copied, and
 * one-click copy of the citation (text/plain + text/html), of a selected quote with its attribution,
 * and, where the licence allows, of the whole article for republishing. Announced via aria-live.
 */
export function createCitePanel(doc: Document, article: Article, academicStyle: Exclude<StyleId, 'tasl'>, selection: () => string, body: () => HTMLElement): CitePanel {
  const win = doc.defaultView as Window & typeof globalThis;
  const item = toCitationItem(article, today());
  const canTasl = !!tasl(item);
  // A reuse licence calls for the attribution; elsewhere the reader's academic style.
  let style: StyleId = canTasl ? 'tasl' : academicStyle;

  const select = h(doc, 'select', { class: 'rc-style', id: 'rc-style' });
  for (const id of STYLE_IDS) if (id !== 'tasl' || canTasl) select.append(h(doc, 'option', { value: id }, styleName(id)));
  const copyButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-primary rc-copy' });
  const quoteButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-quote' }, t('copyQuote'));
  const republishButton = sharable(item) ? h(doc, 'button', { type: 'button', class: 'rc-button rc-republish' }, t('republish')) : null;
  // Citations are in their style's language (English), whatever the article's or the browser's.
  // A named region: it scrolls, so it takes focus for keyboard scrolling and needs a name.
  const preview = h(doc, 'pre', { class: 'rc-preview', id: 'rc-preview', role: 'region', 'aria-label': t('preview'), lang: 'en', dir: 'ltr', tabindex: '0' });
  const status = h(doc, 'p', { class: 'rc-status', role: 'status', 'aria-live': 'polite' });

  const current = () => formatCitation(item, style) ?? formatCitation(item, 'apa')!;
  const refresh = () => {
    select.value = style;
    copyButton.textContent = style === 'tasl' ? t('copyAttribution') : t('copyCitation');
    preview.textContent = current().text;
  };
  refresh();

  select.addEventListener('change', () => {
    if (!isStyleId(select.value)) return;
    style = select.value;
    refresh();
    if (style !== 'tasl') void saveSettings({ academicStyle: style }).catch(() => undefined);
  });

  const copy = async (text: string, html: string, what: string) => {
    try {
      const how = await copyToClipboard(win, text, html);
      status.textContent = how === 'rich' ? t('copied', what) : t('copiedPlain', what);
      status.dataset['state'] = 'ok';
    } catch (error) {
      status.textContent = t('copyFailed', error instanceof Error ? error.message : String(error));
      status.dataset['state'] = 'error';
    }
  };

  const copyCitation = async () => {
    const c = current();
    await copy(c.text, c.html, styleName(style));
  };

  /** The selection verbatim (only surrounding white space trimmed: ND licences allow no edits), then the attribution. */
  const copyQuote = async () => {
    const quoted = selection().trim();
    if (!quoted) {
      status.textContent = t('selectFirst');
      status.dataset['state'] = 'error';
      return;
    }
    const attribution = tasl(item, 'excerpt') ?? formatCitation(item, style === 'tasl' ? 'apa' : style)!;
    const lead = attribution.text.startsWith('Excerpt from ') ? '' : 'Excerpt from ';
    await copy(`“${quoted}”\n\n${lead}${attribution.text}`, `<blockquote>${escapeHtml(quoted).replace(/\n/g, '<br>')}</blockquote>${lead ? `<p>${lead}${attribution.html}</p>` : attribution.html}`, t('quoteLabel'));
  };

  /** The whole article, sanitised as shown, without images (their credits are not the article's licence). */
  const republish = async () => {
    const attribution = tasl(item, 'republish');
    if (!attribution || !item.licence) return;
    // The author's words only: not the view's own buttons, labels, previews or highlight marks.
    const copyOf = authorsCopy(body());
    // An image goes along only when its own credit names the article's licence (citation.md §0.5).
    const ours = (fig: Element) => {
      const credited = licenceFromText(fig.querySelector('figcaption')?.textContent ?? '');
      return !!credited && credited.elements.join() === item.licence?.elements.join();
    };
    copyOf.querySelectorAll('figure').forEach((fig) => {
      if (!ours(fig)) fig.remove();
    });
    copyOf.querySelectorAll('img, picture').forEach((el) => {
      if (!el.closest('figure')) el.remove();
    });
    const els = item.licence.elements;
    const terms = [els.includes('nc') ? 'Non-commercial use only.' : '', els.includes('nd') ? 'Share unchanged: no edits, cuts or translations.' : ''].filter(Boolean).join(' ');
    const heading = [article.title, [article.byline, article.siteName].filter(Boolean).join(', ')].filter(Boolean);
    const text = [...heading, '', article.text, '', attribution.text, terms].filter((l, i, all) => l || all[i - 1]).join('\n').trim();
    const html = `<h1>${escapeHtml(article.title)}</h1>${heading[1] ? `<p>${escapeHtml(heading[1])}</p>` : ''}${copyOf.innerHTML}${attribution.html}${terms ? `<p>${escapeHtml(terms)}</p>` : ''}`;
    await copy(text, html, t('republishLabel'));
  };

  copyButton.addEventListener('click', () => void copyCitation());
  // Pressing a button would collapse the reader's selection before the click: keep it.
  quoteButton.addEventListener('mousedown', (event) => event.preventDefault());
  quoteButton.addEventListener('click', () => void copyQuote());
  republishButton?.addEventListener('click', () => void republish());

  // Compact by default (issue 15, item 7): one line with the licence, the style and Copy, so the first
  // screen shows the headline, byline and the start of the article; the preview and Republish on demand.
  const inlineCopy = h(doc, 'button', { type: 'button', class: 'rc-button rc-cite-copy' }, t('copyShort'));
  inlineCopy.addEventListener('click', () => void copyCitation());
  const more = h(doc, 'button', { type: 'button', class: 'rc-button rc-cite-more', 'aria-expanded': 'false', 'aria-controls': 'rc-cite-details' }, t('showCitation'));
  const details = h(doc, 'div', { class: 'rc-cite-details', id: 'rc-cite-details', hidden: '' }, republishButton && h(doc, 'div', { class: 'rc-cite-row rc-cite-extra' }, republishButton), preview);
  more.addEventListener('click', () => {
    const open = !!details.hidden;
    details.hidden = !open;
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? t('hideCitation') : t('showCitation');
  });
  const element = h(
    doc,
    'section',
    // The panel speaks the browser's language, whatever the article's (the preview sets its own).
    { class: 'rc-cite', 'aria-labelledby': 'rc-cite-heading', lang: uiLanguage(), dir: uiDir() },
    h(doc, 'h2', { class: 'rc-visually-hidden', id: 'rc-cite-heading' }, t('citeSection')),
    h(doc, 'div', { class: 'rc-cite-line' }, licenceLine(doc, article), h(doc, 'div', { class: 'rc-cite-row' }, h(doc, 'label', { for: 'rc-style' }, t('styleLabel')), select, inlineCopy, more)),
    details,
  );
  const actions = h(doc, 'div', { class: 'rc-actions-inner' }, copyButton, quoteButton, status);
  return { element, actions, copyCitation, copyQuote, item, style: () => style };
}
