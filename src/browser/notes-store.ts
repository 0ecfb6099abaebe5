import browser from 'webextension-polyfill';
import { validateArticleNotes, type ArticleNotes } from '../core/notes/model.js';

/**
 * Highlights and notes in `storage.local` (never synced: nothing leaves the browser), one key per
 * article, "notes:" + its canonical URL, so one article's write never rewrites another's. The view
 * holds its article's record and writes it whole after each change (writeNotes); elsewhere a change is
 * read-modify-write behind the previous one in this context (updateNotes: the settings' lesson, two
 * quick edits must never both start from the same old record). Values are validated on read.
 */
export const NOTES_PREFIX = 'notes:';
const keyOf = (url: string) => `${NOTES_PREFIX}${url}`;

export async function loadNotes(url: string): Promise<ArticleNotes | null> {
  const key = keyOf(url);
  const got = await browser.storage.local.get(key);
  const notes = validateArticleNotes(got[key]);
  return notes && notes.url === url ? notes : null;
}

let writes: Promise<unknown> = Promise.resolve();

/** Runs after every write already queued in this context; a failure does not stop the next. */
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task);
  writes = run.catch(() => undefined);
  return run;
}

/**
 * Applies `change` to the stored record (null when there is none) and writes what it returns; an
 * article left without highlights is removed. Resolves with what was written.
 */
export function updateNotes(url: string, change: (stored: ArticleNotes | null) => ArticleNotes | null): Promise<ArticleNotes | null> {
  return queued(async () => {
    const next = change(await loadNotes(url));
    if (!next || !next.highlights.length) await browser.storage.local.remove(keyOf(url));
    else await browser.storage.local.set({ [keyOf(url)]: next });
    return next;
  });
}

/**
 * Writes one article's whole record at once, with no read before it: the storage call leaves this
 * context in this very task, so a highlight made just before the view closes is still written. Calls
 * from one context are carried out in order. (For the view, which holds the article's record.)
 */
export function writeNotes(notes: ArticleNotes): Promise<void> {
  return notes.highlights.length ? browser.storage.local.set({ [keyOf(notes.url)]: notes }) : browser.storage.local.remove(keyOf(notes.url));
}

/** Every article with notes, with the bytes its record takes (its key and JSON value, in UTF-8). */
export async function allNotes(): Promise<{ notes: ArticleNotes; bytes: number }[]> {
  const all = await browser.storage.local.get(null);
  const out: { notes: ArticleNotes; bytes: number }[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(NOTES_PREFIX)) continue;
    const notes = validateArticleNotes(value);
    if (notes) out.push({ notes, bytes: new TextEncoder().encode(key + JSON.stringify(value)).length });
  }
  return out.sort((a, b) => a.notes.work.title.localeCompare(b.notes.work.title));
}

export function removeNotes(url: string): Promise<void> {
  return queued(() => browser.storage.local.remove(keyOf(url)));
}

export function removeAllNotes(): Promise<void> {
  return queued(async () => {
    const all = await browser.storage.local.get(null);
    await browser.storage.local.remove(Object.keys(all).filter((k) => k.startsWith(NOTES_PREFIX)));
  });
}

/** Calls back when this article's notes change in another tab or the options page. */
export function onNotesChanged(url: string, listener: (notes: ArticleNotes | null) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[keyOf(url)];
    if (area === 'local' && change) listener(validateArticleNotes(change.newValue));
  });
}
