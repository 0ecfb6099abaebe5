/**
 * "Save as Markdown": the article as the view shows it, with the notes file's front matter, then its
 * attribution and what the licence allows (ND: verbatim, share only unchanged; all rights reserved:
 * personal use). The body goes through Turndown as shown (sanitised, without the view's additions).
 */
import { tasl, type CitationItem, type StyleId } from '../citation/index.js';
import { createTurndown } from '../markdown.js';
import { markdownText } from './escape.js';
import { frontMatter, fullReference } from './export.js';

/** What the file says a reader may do with it. */
export function usageTerms(item: CitationItem): string {
  const l = item.licence;
  if (!l) return item.allRightsReserved ? 'All rights reserved: this copy is for personal use only.' : 'No reuse licence found: this copy is for personal use only; cite it, do not republish it.';
  if (l.kind === 'cc0' || l.kind === 'pdm') return `${l.shortName}: free to reuse.`;
  const terms = [`Licensed under ${l.shortName}: reuse with attribution.`];
  if (l.elements.includes('nc')) terms.push('Non-commercial use only.');
  if (l.elements.includes('nd')) terms.push('The text is verbatim and may be shared only unchanged: no edits, cuts or translations.');
  if (l.elements.includes('sa')) terms.push('Adaptations must be shared under the same licence.');
  return terms.join(' ');
}

export interface ShownHeader {
  title: string;
  standfirst: string;
  byline: string;
  siteName: string;
  published: string | null;
}

export function articleMarkdown(item: CitationItem, header: ShownHeader, body: Element, style: StyleId): string {
  const facts = [header.byline, header.published?.slice(0, 10), header.siteName].filter(Boolean) as string[];
  const parts = [frontMatter(item, style), `# ${markdownText(header.title)}`];
  if (header.standfirst) parts.push(`*${markdownText(header.standfirst)}*`);
  if (facts.length) parts.push(markdownText(facts.join(' · ')));
  parts.push(createTurndown().turndown(body as HTMLElement), '---', fullReference(item, tasl(item) ? 'tasl' : style).markdown, markdownText(usageTerms(item)));
  return `${parts.join('\n\n')}\n`;
}
