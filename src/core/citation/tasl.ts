import { MONTHS } from '../dates.js';
import { dateOf, writtenName, type CitationItem } from './item.js';
import { escapeMarkdown, type Formatted } from './rich.js';
import { curly, escapeHtml, nestQuotes } from './words.js';

/** cite: a reference with the licence; excerpt: "Excerpt from …"; republish: the whole work, with its notice. */
export type TaslMode = 'cite' | 'excerpt' | 'republish';

function licencePhrase(item: CitationItem): string | null {
  const l = item.licence;
  if (!l || l.kind === 'custom') return null;
  if (l.kind === 'cc0') return `is dedicated to the public domain under ${l.shortName}`;
  if (l.kind === 'pdm') return `is marked with the ${l.shortName}`;
  return l.version ? `is licensed under ${l.shortName}` : `is licensed under ${l.shortName} (the page states no version)`;
}

/**
 * The Creative Commons attribution (TASL: Title, Author, Source, Licence; citation.md §1.3, §1.5):
 * the title verbatim, every author, the source link, the licence's short name and link, then the site's
 * own notice verbatim. In HTML the licence is scoped to the cited work with RDFa (about= + rel="cc:license"),
 * never a bare rel="license", which would license the page it is pasted into; republishing, where the
 * page *is* the work, uses rel="license".
 */
export function tasl(item: CitationItem, mode: TaslMode = 'cite'): Formatted | null {
  const phrase = licencePhrase(item);
  const licence = item.licence;
  if (!phrase || !licence) return null;
  const title = nestQuotes(item.title, 'double');
  const names = item.names.map(writtenName);
  const by = names.length === 0 ? item.site : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  // Every part the page gives: "4 August 2017", "March 2026", "2026".
  const p = dateOf(item.published);
  const date = p ? [p.month && p.day ? p.day : '', p.month ? MONTHS[p.month - 1] : '', p.year].filter(Boolean).join(' ') : '';
  const iso = p ? [String(p.year), ...(p.month ? [String(p.month).padStart(2, '0')] : []), ...(p.month && p.day ? [String(p.day).padStart(2, '0')] : [])].join('-') : '';
  const prefix = mode === 'excerpt' ? 'Excerpt from ' : '';
  const site = names.length ? `, ${item.site}` : '';
  const when = date ? ` (${date})` : '';

  const lines = [`${prefix}“${title}” by ${by}${site}${when}, ${phrase}.`, `Source: ${item.url}`];
  if (licence.url) lines.push(`Licence: ${licence.url}`);
  if (item.notice) lines.push(`Publisher's notice: “${curly(item.notice).replace(/“/g, '‘').replace(/”/g, '’')}”`);
  if (item.copyright) lines.push(item.copyright);

  const e = escapeHtml;
  const rel = mode === 'republish' ? 'license' : 'cc:license';
  const licenceHtml = licence.url ? `<a rel="${rel}" href="${e(licence.url)}">${e(licence.shortName)}</a>` : e(licence.shortName);
  const byHtml = names.length ? `<span property="cc:attributionName">${e(by)}</span>, <cite property="dct:publisher">${e(item.site)}</cite>` : `<cite property="dct:publisher">${e(item.site)}</cite>`;
  const whenHtml = date ? ` (<time property="dct:date" datetime="${iso}">${e(date)}</time>)` : '';
  let html =
    `<p class="cc-attribution" prefix="cc: http://creativecommons.org/ns# dct: http://purl.org/dc/terms/" about="${e(item.url)}">` +
    `${e(prefix)}“<a href="${e(item.url)}" property="dct:title" rel="cc:attributionURL">${e(title)}</a>” by ${byHtml}${whenHtml}, ${e(phrase.replace(licence.shortName, '').trimEnd())} ${licenceHtml}${e(phrase.endsWith('no version)') ? ' (the page states no version)' : '')}.`;
  if (item.notice) html += `<br>Publisher's notice: “${e(lines.find((l) => l.startsWith("Publisher's notice: "))!.slice(21, -1))}”`;
  if (item.copyright) html += `<br>${e(item.copyright)}`;
  html += '</p>';

  const m = escapeMarkdown;
  const md = [
    `${prefix}“[${m(title)}](<${item.url}>)” by ${m(by)}${m(site)}${m(when)}, ${m(phrase).replace(m(licence.shortName), licence.url ? `[${m(licence.shortName)}](<${licence.url}>)` : m(licence.shortName))}.`,
    ...lines.slice(1).map(m),
  ];
  return { text: lines.join('\n'), markdown: md.join('  \n'), html };
}
