import { allNotes, removeAllNotes, removeNotes, updateNotes } from '../browser/notes-store.js';
import { t, uiLanguage } from '../browser/i18n.js';
import type { Settings } from '../browser/settings.js';
import { allNotesMarkdown } from '../core/notes/export.js';
import { citationItemOf } from '../core/notes/model.js';
import { fromWebAnnotations, mergeArticle, toWebAnnotations } from '../core/notes/web-annotation.js';
import { h } from '../reader/dom.js';

/** Saves a file from this extension page: an <a download> on a blob: URL (no downloads permission). */
function download(doc: Document, name: string, type: string, text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = h(doc, 'a', { href, download: name, hidden: '' });
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after this task; a minute later it is certainly done with it.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * The options page's notes (issue 15, items 5 and 8): every article with notes and the storage it
 * takes, deleting one or all, exporting all as Markdown and as W3C Web Annotation JSON-LD, and
 * importing JSON-LD back, merged (what is already there is not added twice).
 */
export function notesSection(doc: Document, settings: () => Settings): HTMLElement {
  const list = h(doc, 'ul', { class: 'rc-opt-notes' });
  const summary = h(doc, 'p', { class: 'rc-hint rc-opt-notes-summary' });
  const status = h(doc, 'p', { class: 'rc-opt-notes-status', role: 'status' });
  const exportMd = h(doc, 'button', { type: 'button', class: 'rc-button rc-export-md' }, t('exportMarkdown'));
  const exportJson = h(doc, 'button', { type: 'button', class: 'rc-button rc-export-jsonld' }, t('exportJsonLd'));
  const deleteAll = h(doc, 'button', { type: 'button', class: 'rc-button rc-delete-all' }, t('deleteAllNotes'));
  const file = h(doc, 'input', { type: 'file', id: 'rc-import', accept: '.json,.jsonld,application/ld+json,application/json' });
  const n = (x: number) => x.toLocaleString(uiLanguage());

  const refresh = async () => {
    const all = await allNotes();
    const total = all.reduce((sum, a) => sum + a.bytes, 0);
    summary.textContent = all.length ? t(all.length === 1 ? 'notesStoredOne' : 'notesStored', n(all.length), n(total)) : t('notesNone');
    list.replaceChildren(
      ...all.map(({ notes, bytes }) => {
        const del = h(doc, 'button', { type: 'button', class: 'rc-button rc-delete-notes', 'aria-label': t('deleteNotesOf', notes.work.title) }, t('deleteHighlight'));
        del.addEventListener('click', () => void removeNotes(notes.url).then(refresh));
        const link = h(doc, 'a', { href: notes.url, target: '_blank', rel: 'noopener noreferrer' }, notes.work.title || notes.url);
        return h(doc, 'li', {}, link, ' ', h(doc, 'span', { class: 'rc-hint' }, t(notes.highlights.length === 1 ? 'notesOfArticleOne' : 'notesOfArticle', n(notes.highlights.length), n(bytes))), ' ', del);
      }),
    );
    for (const b of [exportMd, exportJson, deleteAll]) b.disabled = !all.length;
    return all;
  };

  exportMd.addEventListener('click', () => {
    void allNotes().then((all) => download(doc, 'readcite-notes.md', 'text/markdown;charset=utf-8', allNotesMarkdown(all.map(({ notes }) => ({ item: citationItemOf(notes.work), highlights: notes.highlights })), settings().academicStyle)));
  });
  exportJson.addEventListener('click', () => {
    void allNotes().then((all) => download(doc, 'readcite-notes.jsonld', 'application/ld+json', `${JSON.stringify(toWebAnnotations(all.map((a) => a.notes)), null, 2)}\n`));
  });
  deleteAll.addEventListener('click', () => void removeAllNotes().then(refresh).then(() => (status.textContent = t('notesDeleted'))));
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void chosen
      .text()
      .then(async (text) => {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          status.textContent = t('importNotJson');
          return;
        }
        const { articles, skipped } = fromWebAnnotations(raw);
        for (const article of articles) await updateNotes(article.url, (stored) => mergeArticle(stored, article));
        status.textContent = t('imported', n(articles.reduce((s, a) => s + a.highlights.length, 0)), n(articles.length), n(skipped));
        await refresh();
      })
      .finally(() => (file.value = ''));
  });
  void refresh();

  return h(
    doc,
    'section',
    { 'aria-labelledby': 'rc-opt-notes' },
    h(doc, 'h2', { id: 'rc-opt-notes' }, t('notesLabel')),
    h(doc, 'p', { class: 'rc-hint' }, t('notesStorageHint')),
    summary,
    list,
    h(doc, 'p', { class: 'rc-opt-notes-actions' }, exportMd, ' ', exportJson, ' ', deleteAll),
    h(doc, 'p', {}, h(doc, 'label', { for: 'rc-import' }, t('importJsonLd')), ' ', file),
    status,
  );
}
