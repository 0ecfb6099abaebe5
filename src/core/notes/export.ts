/**
 * A reader's notes with their citation, for the clipboard and for a Markdown notes file: each passage
 * verbatim in quotation marks (nothing inside changed: ND licences allow no edits), its note, and the
 * in-text citation of the reader's style; the full reference (or the CC attribution) once at the end.
 * Citations are in their style's language (English), like every citation Readcite copies.
 */
import { formatCitation, inTextCitation, tasl, type CitationItem, type Formatted, type StyleId } from '../citation/index.js';
import { escapeHtml } from '../citation/words.js';
import { writtenName } from '../citation/item.js';
import { markdownText, yamlString } from './escape.js';
import type { Highlight } from './model.js';

/** Machine formats make no running notes: their notes cite in APA. */
const MACHINE: readonly StyleId[] = ['bibtex', 'ris', 'csl-json'];

/** The style notes use: the reader's, APA for a machine format, APA when there is no licence to attribute under. */
export function notesStyle(item: CitationItem, style: StyleId): StyleId {
  if (MACHINE.includes(style)) return 'apa';
  if (style === 'tasl' && !tasl(item)) return 'apa';
  return style;
}

/** The full reference: the CC attribution (TASL) or the style's reference. */
export function fullReference(item: CitationItem, style: StyleId): Formatted {
  const s = notesStyle(item, style);
  return (s === 'tasl' ? tasl(item) : formatCitation(item, s)) ?? formatCitation(item, 'apa')!;
}

const html = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>');

/** Copy notes: text/plain and text/html. */
export function notesForClipboard(item: CitationItem, highlights: Highlight[], style: StyleId): { text: string; html: string } {
  const s = notesStyle(item, style);
  const cite = inTextCitation(item, s);
  const ref = fullReference(item, s);
  const text = [...highlights.map((h) => `“${h.quote.exact}” ${cite.text}${h.note ? `\nNote: ${h.note}` : ''}`), ref.text].join('\n\n');
  const parts = highlights.map((h) => `<blockquote><p>“${html(h.quote.exact)}” ${cite.html}</p></blockquote>${h.note ? `<p>Note: ${html(h.note)}</p>` : ''}`);
  const refHtml = ref.html.startsWith('<p') || ref.html.startsWith('<pre') ? ref.html : `<p>${ref.html}</p>`;
  return { text, html: parts.join('') + refHtml };
}

/** What a licence lets a reader do with a saved copy, said in the file. */
export function licenceLine(item: CitationItem): string {
  const l = item.licence;
  if (l) return l.shortName;
  return item.allRightsReserved ? 'All rights reserved' : 'No reuse licence stated';
}

/** The publisher's calendar date as written ("2017-08-04", "2026-03"), without the time: what notes apps sort by. */
const calendarDate = (iso: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(iso)?.[0] ?? iso;

/** YAML front matter that Obsidian, Zotero notes and Logseq read: every value a double-quoted string. */
export function frontMatter(item: CitationItem, style: StyleId): string {
  const authors = item.names.map(writtenName);
  const lines = [
    '---',
    `title: ${yamlString(item.title)}`,
    authors.length ? `authors:\n${authors.map((a) => `  - ${yamlString(a)}`).join('\n')}` : 'authors: []',
    `site: ${yamlString(item.site)}`,
    `url: ${yamlString(item.url)}`,
    ...(item.published ? [`published: ${yamlString(calendarDate(item.published))}`] : []),
    `accessed: ${yamlString(item.accessed)}`,
    `licence: ${yamlString(licenceLine(item))}`,
    ...(item.licence?.url ? [`licence_url: ${yamlString(item.licence.url)}`] : []),
    `citation: ${yamlString(fullReference(item, style).text)}`,
    '---',
  ];
  return lines.join('\n');
}

/** Each line of a passage behind "> ", so a passage of several paragraphs stays one quotation. */
const blockquote = (s: string) => s.split(/\r?\n/).map((l) => (l ? `> ${l}` : '>')).join('\n');

/** The notes of one article as Markdown, without front matter (the all-articles export joins these). */
export function notesBody(item: CitationItem, highlights: Highlight[], style: StyleId, level = 1): string {
  const s = notesStyle(item, style);
  const cite = inTextCitation(item, s);
  const hashes = '#'.repeat(level);
  const parts = [`${hashes} ${markdownText(item.title)}`];
  for (const h of highlights) {
    parts.push(blockquote(`“${markdownText(h.quote.exact)}” ${cite.markdown}`));
    if (h.note) parts.push(markdownText(h.note));
  }
  parts.push(`${hashes}# Reference`, fullReference(item, s).markdown);
  return parts.join('\n\n');
}

/** Download notes: the Markdown notes file of one article. */
export function notesMarkdown(item: CitationItem, highlights: Highlight[], style: StyleId): string {
  return `${frontMatter(item, style)}\n\n${notesBody(item, highlights, style)}\n`;
}

/** A file name from the title: letters, digits and dashes, never a path. */
export function fileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${base || 'notes'}.${ext}`;
}

/**
 * The options page's export of every article's notes as one Markdown file: a heading per article, its
 * passages with their in-text citations and its reference; each article in the style Readcite would
 * cite it in (the CC attribution where its licence asks for one, else the reader's academic style).
 */
export function allNotesMarkdown(articles: { item: CitationItem; highlights: Highlight[] }[], academicStyle: StyleId): string {
  const parts = ['# Readcite notes', ...articles.map(({ item, highlights }) => `${notesBody(item, highlights, tasl(item) ? 'tasl' : academicStyle, 2)}\n\nSource: <${item.url}>`)];
  return `${parts.join('\n\n')}\n`;
}
