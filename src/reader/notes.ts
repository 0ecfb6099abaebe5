import type { Article } from '../core/types.js';
import { describe, match } from '../core/notes/anchor.js';
import { offsetsOf } from '../core/notes/text-map.js';
import { COLOURS, byPosition, validateArticleNotes, workOf, type ArticleNotes, type Colour, type Highlight } from '../core/notes/model.js';
import { fileName, notesForClipboard, notesMarkdown } from '../core/notes/export.js';
import { articleMarkdown } from '../core/notes/article-markdown.js';
import { loadNotes, onNotesChanged, writeNotes } from '../browser/notes-store.js';
import { t, uiDir, uiLanguage, type MessageKey } from '../browser/i18n.js';
import { copyToClipboard } from './clipboard.js';
import { h, selectionIn } from './dom.js';
import { articleText, authorsCopy, MARK, paint } from './highlight-paint.js';
import type { CitePanel } from './cite-panel.js';

export interface NotesView {
  /** The bar's Notes button. */
  toggle: HTMLButtonElement;
  /** `h` (and `n`, with the note editor): highlights the selection. */
  highlightSelection(withNote: boolean): void;
  togglePanel(): void;
  /** Esc: closes the panel if it is open; says whether it did. */
  closePanel(): boolean;
  /** The note editor is open (its own Esc closes it). */
  editing(): boolean;
  /** Stored highlights anchored and painted. */
  ready: Promise<void>;
}

const COLOUR_NAMES: Record<Colour, MessageKey> = { yellow: 'colourYellow', green: 'colourGreen', blue: 'colourBlue', pink: 'colourPink' };
const now = () => new Date().toISOString();

/**
 * Highlights and notes in the view (issue 15): select text, press `h` or a colour by the selection; `n`
 * or a click on a highlight opens its note. Stored per canonical URL in storage.local, re-anchored in
 * the article's current text when the view opens (those that cannot be placed are listed as not found,
 * never dropped), and listed in the Notes panel in reading order with Copy notes, Download notes and
 * Save as Markdown, each carrying the citation.
 */
export function createNotes(doc: Document, article: Article, body: HTMLElement, cite: CitePanel): NotesView {
  const win = doc.defaultView as Window & typeof globalThis;
  const url = article.url;
  let highlights: Highlight[] = [];
  /** Where each highlight is in the current text; absent: not found in this version. */
  let placed = new Map<string, { start: number; end: number }>();
  let marks = new Map<string, HTMLElement[]>();
  let colour: Colour = 'yellow';
  let ready: Promise<void> = Promise.resolve();

  // --- storage: the view holds the record and writes it whole after each change, in the same task
  // (writeNotes), so closing the view right after a change loses nothing. Before the stored record
  // has been read, changes wait for it (a write then would replace notes not yet seen).
  let work = workOf(cite.item);
  /**
   * What our own writes stored, as the change events will carry it. Each write's event is recognised by
   * its content, not by timing: an event can arrive after its write's promise has settled and after a
   * later write began, and following it then would bring back an older state.
   */
  const ours = new Set<string>();
  const shape = (notes: ArticleNotes | null) => JSON.stringify(notes?.highlights ?? []);
  const record = (): ArticleNotes => ({ url, work, highlights: [...highlights].sort(byPosition) });
  const commit = () => {
    const current = record();
    ours.add(shape(validateArticleNotes(current)));
    void writeNotes(current).catch((error: unknown) => say(t('notesSaveFailed', error instanceof Error ? error.message : String(error)), 'error'));
  };

  // --- the panel
  const toggle = h(doc, 'button', { type: 'button', class: 'rc-button rc-notes-toggle', 'aria-expanded': 'false', 'aria-controls': 'rc-notes' }, t('notes'), h(doc, 'span', { class: 'rc-notes-count' }, ''));
  const status = h(doc, 'p', { class: 'rc-notes-status', role: 'status', 'aria-live': 'polite' });
  const list = h(doc, 'ol', { class: 'rc-notes-list' });
  const empty = h(doc, 'p', { class: 'rc-notes-empty' }, t('notesEmpty'));
  const missingList = h(doc, 'ol', { class: 'rc-notes-list' });
  const missing = h(doc, 'section', { class: 'rc-notes-missing', 'aria-labelledby': 'rc-notes-missing-title', hidden: '' }, h(doc, 'h3', { id: 'rc-notes-missing-title' }, t('notFound')), h(doc, 'p', { class: 'rc-hint' }, t('notFoundHint')), missingList);
  const copyButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-copy-notes' }, t('copyNotes'));
  const downloadButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-download-notes' }, t('downloadNotes'));
  const saveButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-save-markdown' }, t('saveMarkdown'));
  const closeButton = h(doc, 'button', { type: 'button', class: 'rc-button rc-notes-close', 'aria-label': t('closeShort') }, '×');
  const panel = h(
    doc,
    'aside',
    { class: 'rc-notes', id: 'rc-notes', 'aria-labelledby': 'rc-notes-title', lang: uiLanguage(), dir: uiDir(), hidden: '' },
    h(doc, 'div', { class: 'rc-notes-head' }, h(doc, 'h2', { id: 'rc-notes-title' }, t('notesLabel')), closeButton),
    h(doc, 'p', { class: 'rc-hint' }, t('notesStorageHint')),
    h(doc, 'div', { class: 'rc-notes-actions' }, copyButton, downloadButton, saveButton),
    status,
    empty,
    list,
    missing,
  );
  doc.body.append(panel);

  const say = (text: string, state: 'ok' | 'error' = 'ok', undo?: () => void) => {
    status.replaceChildren(text);
    status.dataset['state'] = state;
    if (undo) {
      const button = h(doc, 'button', { type: 'button', class: 'rc-button rc-undo' }, t('undo'));
      button.addEventListener('click', () => {
        undo();
        status.replaceChildren();
        toggle.focus();
      });
      status.append(' ', button);
    }
  };

  const showPanel = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    doc.documentElement.toggleAttribute('data-notes-open', open);
    if (!open) return;
    const heading = panel.querySelector<HTMLElement>('h2')!;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };
  toggle.addEventListener('click', () => showPanel(!!panel.hidden));
  closeButton.addEventListener('click', () => {
    showPanel(false);
    toggle.focus();
  });

  const ordered = () => [...highlights].sort((a, b) => (placed.get(a.id)?.start ?? a.position.start) - (placed.get(b.id)?.start ?? b.position.start) || byPosition(a, b));

  const show = (id: string) => {
    const first = marks.get(id)?.[0];
    if (!first) return;
    if (win.matchMedia('(max-width: 60em)').matches) showPanel(false);
    first.setAttribute('tabindex', '-1');
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  };

  const item = (hl: Highlight, found: boolean) => {
    const quote = found
      ? h(doc, 'button', { type: 'button', class: 'rc-note-quote', 'data-colour': hl.colour, lang: article.lang, dir: 'auto', title: t('showInArticle') }, `“${hl.quote.exact}”`)
      : h(doc, 'blockquote', { class: 'rc-note-quote', 'data-colour': hl.colour, lang: article.lang, dir: 'auto' }, `“${hl.quote.exact}”`);
    if (found) quote.addEventListener('click', () => show(hl.id));
    const edit = h(doc, 'button', { type: 'button', class: 'rc-button rc-note-edit' }, t('editNote'));
    const del = h(doc, 'button', { type: 'button', class: 'rc-button rc-note-delete' }, t('deleteHighlight'));
    edit.addEventListener('click', () => openEditor(hl.id));
    del.addEventListener('click', () => remove(hl.id));
    return h(doc, 'li', { 'data-id': hl.id }, quote, hl.note && h(doc, 'p', { class: 'rc-note-text' }, hl.note), h(doc, 'div', { class: 'rc-note-buttons' }, found && edit, del));
  };

  const render = () => {
    const all = ordered();
    list.replaceChildren(...all.filter((x) => placed.has(x.id)).map((x) => item(x, true)));
    const lost = all.filter((x) => !placed.has(x.id));
    missingList.replaceChildren(...lost.map((x) => item(x, false)));
    missing.hidden = !lost.length;
    empty.hidden = !!all.length;
    const count = toggle.querySelector('.rc-notes-count')!;
    count.textContent = all.length ? ` ${all.length}` : '';
    toggle.setAttribute('aria-label', `${t('notes')}: ${t(all.length === 1 ? 'notesCountOne' : 'notesCount', all.length)}`);
    for (const b of [copyButton, downloadButton]) b.disabled = !all.length;
  };

  const repaint = () => {
    marks = paint(
      body,
      highlights.filter((x) => placed.has(x.id)).map((x) => ({ id: x.id, colour: x.colour, ...placed.get(x.id)! })),
    );
    render();
  };

  /** Places every stored highlight in the article's current text; the moved ones are stored anew. */
  const anchorAll = (stored: ArticleNotes | null) => {
    // For the benchmark (npm run bench:notes): re-anchoring and painting, then the frame that shows it.
    const started = performance.now();
    highlights = stored?.highlights ?? [];
    if (stored) work = stored.work;
    placed = new Map();
    const text = articleText(body).text;
    const moved: Highlight[] = [];
    for (const x of highlights) {
      const m = match(text, x.quote, x.position);
      if (!m) continue;
      placed.set(x.id, { start: m.start, end: m.end });
      if (m.how !== 'position') moved.push({ ...x, ...describe(text, m.start, m.end) });
    }
    if (moved.length) {
      // Stored anew where they are now (a re-anchoring is not an edit: modified stays).
      highlights = highlights.map((x) => moved.find((y) => y.id === x.id) ?? x);
      commit();
    }
    repaint();
    performance.measure('readcite:notes-anchored', { start: started, detail: highlights.length });
    requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('readcite:notes-painted', { start: started, detail: highlights.length })));
  };

  const add = (hl: Highlight) => {
    highlights = [...highlights.filter((x) => x.id !== hl.id), hl];
    placed.set(hl.id, { start: hl.position.start, end: hl.position.end });
    repaint();
    commit();
  };

  const update = (id: string, patch: Partial<Pick<Highlight, 'note' | 'colour'>>) => {
    const had = highlights.find((x) => x.id === id);
    if (!had) return;
    const next = { ...had, ...patch, modified: now() };
    highlights = highlights.map((x) => (x.id === id ? next : x));
    repaint();
    commit();
  };

  function remove(id: string) {
    const had = highlights.find((x) => x.id === id);
    if (!had) return;
    const where = placed.get(id);
    highlights = highlights.filter((x) => x.id !== id);
    placed.delete(id);
    repaint();
    commit();
    say(t('deleted'), 'ok', () => {
      highlights = [...highlights, had];
      if (where) placed.set(id, where);
      repaint();
      commit();
    });
  }

  // --- the note editor
  const textarea = h(doc, 'textarea', { id: 'rc-note-text', class: 'rc-note-input', rows: '5', lang: uiLanguage(), dir: 'auto' });
  const editorQuote = h(doc, 'blockquote', { class: 'rc-note-editor-quote', lang: article.lang, dir: 'auto' });
  const colourInputs = new Map<Colour, HTMLInputElement>();
  const colours = h(doc, 'fieldset', { class: 'rc-colours' }, h(doc, 'legend', {}, t('colourLabel')));
  for (const c of COLOURS) {
    const input = h(doc, 'input', { type: 'radio', name: 'rc-note-colour', id: `rc-note-colour-${c}`, value: c });
    colourInputs.set(c, input);
    colours.append(h(doc, 'span', { class: 'rc-option' }, input, h(doc, 'label', { for: input.id, 'data-colour': c }, t(COLOUR_NAMES[c]))));
  }
  const saveNote = h(doc, 'button', { type: 'submit', class: 'rc-button rc-primary rc-note-save' }, t('save'));
  const deleteNote = h(doc, 'button', { type: 'button', class: 'rc-button rc-note-editor-delete' }, t('deleteHighlight'));
  const cancelNote = h(doc, 'button', { type: 'button', class: 'rc-button rc-note-cancel' }, t('cancel'));
  const form = h(doc, 'form', { method: 'dialog' }, h(doc, 'h2', { id: 'rc-note-editor-title' }, t('noteEditorTitle')), editorQuote, h(doc, 'label', { for: 'rc-note-text' }, t('noteLabel')), textarea, colours, h(doc, 'div', { class: 'rc-note-buttons' }, saveNote, deleteNote, cancelNote));
  const editor = h(doc, 'dialog', { class: 'rc-note-editor', 'aria-labelledby': 'rc-note-editor-title', lang: uiLanguage(), dir: uiDir() }, form);
  doc.body.append(editor);
  let editing: string | null = null;

  function openEditor(id: string) {
    const hl = highlights.find((x) => x.id === id);
    if (!hl) return;
    editing = id;
    editorQuote.textContent = `“${hl.quote.exact}”`;
    textarea.value = hl.note;
    colourInputs.get(hl.colour)!.checked = true;
    editor.showModal();
    textarea.focus();
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = editing;
    editor.close();
    if (!id) return;
    const chosen = COLOURS.find((c) => colourInputs.get(c)!.checked) ?? 'yellow';
    colour = chosen;
    update(id, { note: textarea.value, colour: chosen });
  });
  cancelNote.addEventListener('click', () => editor.close());
  deleteNote.addEventListener('click', () => {
    const id = editing;
    editor.close();
    if (id) remove(id);
  });
  // The close event comes a task later: by then the editor may be open again for the next highlight
  // (save, then n at once), whose id must stay.
  editor.addEventListener('close', () => {
    if (!editor.open) editing = null;
  });

  // --- making a highlight
  const selectedRange = (): Range | null => selectionIn(doc, body)?.range ?? null;

  const highlightSelection = (withNote: boolean, chosen: Colour = colour) => {
    const range = selectedRange();
    if (!range) {
      say(t('selectFirst'), 'error');
      return;
    }
    const map = articleText(body);
    let { start, end } = offsetsOf(map, range);
    // White space at either end is not the passage.
    while (start < end && /\s/.test(map.text[start]!)) start++;
    while (end > start && /\s/.test(map.text[end - 1]!)) end--;
    if (end <= start) {
      say(t('selectFirst'), 'error');
      return;
    }
    doc.getSelection()?.removeAllRanges();
    tools.hidden = true;
    colour = chosen;
    const at = now();
    const hl: Highlight = { id: win.crypto.randomUUID(), colour: chosen, note: '', created: at, modified: at, ...describe(map.text, start, end) };
    // Offsets are in the text, which painting never changes: they hold after the stored ones are painted.
    void ready.then(() => {
      add(hl);
      if (withNote) openEditor(hl.id);
    });
  };

  // The small buttons by the selection: a colour each, and a note.
  const tools = h(doc, 'div', { class: 'rc-hl-tools', role: 'toolbar', 'aria-label': t('highlight'), hidden: '' });
  for (const c of COLOURS) {
    const b = h(doc, 'button', { type: 'button', class: 'rc-hl-colour', 'data-colour': c, 'aria-label': t('highlightIn', t(COLOUR_NAMES[c])), title: t('highlightIn', t(COLOUR_NAMES[c])) });
    b.addEventListener('click', () => highlightSelection(false, c));
    tools.append(b);
  }
  const noteTool = h(doc, 'button', { type: 'button', class: 'rc-hl-note', 'aria-label': t('addNoteLabel'), title: t('addNoteLabel') }, t('addNote'));
  noteTool.addEventListener('click', () => highlightSelection(true));
  tools.append(noteTool);
  // Pressing a button would collapse the selection before its click: keep it.
  tools.addEventListener('mousedown', (event) => event.preventDefault());
  doc.body.append(tools);
  doc.addEventListener('selectionchange', () => {
    const range = selectedRange();
    if (!range) {
      tools.hidden = true;
      return;
    }
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    tools.hidden = false;
    tools.style.top = `${Math.round(last.bottom + win.scrollY + 6)}px`;
    tools.style.left = `${Math.round(Math.max(8, Math.min(last.right + win.scrollX - tools.offsetWidth / 2, doc.documentElement.clientWidth - tools.offsetWidth - 8)))}px`;
  });

  // A click on a highlight opens its note (not while selecting, not on a link inside it).
  body.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const mark = target?.closest<HTMLElement>(`mark.${MARK}`);
    if (!mark || target?.closest('a') || !(doc.getSelection()?.isCollapsed ?? true)) return;
    openEditor(mark.dataset['id']!);
  });

  // --- exports
  const copyNotes = async () => {
    const { text, html } = notesForClipboard(cite.item, ordered(), cite.style());
    try {
      const how = await copyToClipboard(win, text, html);
      say(how === 'rich' ? t('copied', t('notesCopyLabel')) : t('copiedPlain', t('notesCopyLabel')));
    } catch (error) {
      say(t('copyFailed', error instanceof Error ? error.message : String(error)), 'error');
    }
  };
  /** A file saved from this extension page: an <a download> on a blob: URL (no downloads permission). */
  const download = (name: string, text: string) => {
    const href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    const a = h(doc, 'a', { href, download: name, hidden: '' });
    doc.body.append(a);
    a.click();
    a.remove();
    // The browser reads the blob after this task; a minute later it is certainly done with it.
    win.setTimeout(() => URL.revokeObjectURL(href), 60_000);
    say(t('savedFile', name));
  };
  copyButton.addEventListener('click', () => void copyNotes());
  downloadButton.addEventListener('click', () => download(fileName(`${article.title} notes`, 'md'), notesMarkdown(cite.item, ordered(), cite.style())));
  saveButton.addEventListener('click', () => download(fileName(article.title, 'md'), articleMarkdown(cite.item, article, authorsCopy(body), cite.style())));

  ready = loadNotes(url)
    .catch(() => null)
    .then(anchorAll);
  // Another tab or the options page changed this article's notes: follow (our own writes come back too).
  onNotesChanged(url, (next) => {
    const got = shape(next);
    if (ours.delete(got) || got === shape(record())) return;
    anchorAll(next);
  });

  return {
    toggle,
    highlightSelection: (withNote) => highlightSelection(withNote),
    togglePanel: () => showPanel(!!panel.hidden),
    closePanel: () => {
      if (panel.hidden) return false;
      showPanel(false);
      toggle.focus();
      return true;
    },
    editing: () => editor.open,
    ready,
  };
}
