import { escapeHtml } from './words.js';

/** A citation as segments, so one formatter yields plain text, Markdown and HTML alike. */
export type Segment = string | { italic: string } | { link: string; href: string; attrs?: Record<string, string> };

export interface Formatted {
  text: string;
  markdown: string;
  html: string;
}

/**
 * What can start Markdown syntax in CommonMark, GFM or Obsidian backslash-escaped, so a page's string stays
 * text in any Markdown it is put in (a title cannot become a link or emphasis): emphasis, code, links,
 * HTML, tables, strikes, #tags and "%" (Obsidian's %% comments); "!" only before a link (an image or an
 * embed) and "&" only where it opens an entity.
 */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>#|~%]|!(?=\[)|&(?=#?\w+;)/g, '\\$&');

export function render(segments: Segment[]): Formatted {
  let text = '';
  let markdown = '';
  let html = '';
  for (const s of segments) {
    if (typeof s === 'string') {
      text += s;
      markdown += escapeMarkdown(s);
      html += escapeHtml(s).replace(/\n/g, '<br>\n');
    } else if ('italic' in s) {
      text += s.italic;
      markdown += `*${escapeMarkdown(s.italic)}*`;
      html += `<i>${escapeHtml(s.italic)}</i>`;
    } else {
      text += s.link;
      markdown += s.link === s.href ? `<${s.href}>` : `[${escapeMarkdown(s.link)}](<${s.href}>)`;
      const attrs = Object.entries(s.attrs ?? {}).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
      html += `<a href="${escapeHtml(s.href)}"${attrs}>${escapeHtml(s.link)}</a>`;
    }
  }
  return { text, markdown, html };
}

/** A machine format (BibTeX, RIS, CSL-JSON): the same text everywhere, in <pre> for HTML. */
export function verbatim(text: string): Formatted {
  return { text, markdown: text, html: `<pre>${escapeHtml(text)}</pre>` };
}
