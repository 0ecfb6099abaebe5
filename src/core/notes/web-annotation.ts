/**
 * All notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), and back. One
 * AnnotationCollection; each highlight an Annotation whose target is the article's URL with a
 * TextQuoteSelector and a TextPositionSelector, whose note is a TextualBody; the colour and the cited
 * work (for the citation) in Readcite's own terms. Import accepts what this writes and plain W3C
 * annotations from other tools; it merges by id, so importing twice adds nothing.
 */
import { LIMITS, mergeHighlights, validateArticleNotes, validateHighlight, validateWork, webUrl, type ArticleNotes, type CitedWork, type Highlight } from './model.js';

export const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { readcite: 'https://readcite.org/ns#' }] as const;

function annotation(url: string, h: Highlight): Record<string, unknown> {
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.modified,
    'readcite:colour': h.colour,
    ...(h.note ? { body: { type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' } } : {}),
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
        { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
      ],
    },
  };
}

export function toWebAnnotations(all: ArticleNotes[]): Record<string, unknown> {
  const items = all.flatMap((a) => a.highlights.map((h) => annotation(a.url, h)));
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'Readcite notes',
    total: items.length,
    'readcite:works': all.map((a) => a.work),
    first: { type: 'AnnotationPage', items },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Our id from an annotation's IRI: the uuid of urn:uuid:…, else the IRI's last segment, cut to what ids allow. */
function idOf(iri: unknown): string | null {
  if (typeof iri !== 'string') return null;
  const id = (iri.startsWith('urn:uuid:') ? iri.slice(9) : (iri.split(/[/#:]/).pop() ?? '')).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
  return id || null;
}

function highlightOf(raw: unknown): { url: string; highlight: Highlight } | null {
  if (!isObject(raw) || raw['type'] !== 'Annotation') return null;
  const target = list(raw['target']).find(isObject);
  if (!target) return null;
  const url = webUrl(target['source']);
  const selectors = list(target['selector']).filter(isObject);
  const quote = selectors.find((s) => s['type'] === 'TextQuoteSelector');
  const position = selectors.find((s) => s['type'] === 'TextPositionSelector');
  const body = list(raw['body']).find((b) => isObject(b) && b['type'] === 'TextualBody' && (b['purpose'] === undefined || b['purpose'] === 'commenting')) as Record<string, unknown> | undefined;
  if (!url || !quote) return null;
  const created = raw['created'];
  const highlight = validateHighlight({
    id: idOf(raw['id']),
    colour: raw['readcite:colour'],
    note: body?.['value'] ?? '',
    created,
    modified: raw['modified'] ?? created,
    quote: { exact: quote['exact'], prefix: quote['prefix'] ?? '', suffix: quote['suffix'] ?? '' },
    // Without a position the quote alone anchors it (a position past the text never matches).
    position: position ? { start: position['start'], end: position['end'] } : { start: 0, end: 0 },
  });
  return highlight ? { url, highlight } : null;
}

/** A work for an article the file names no work for: the address is all there is to cite. */
function bareWork(url: string, accessed: string): CitedWork {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return { title: url, names: [], site: host, published: null, accessed, url, lang: '', licenceUrl: null, notice: null, copyright: null, allRightsReserved: false };
}

/**
 * The articles in a JSON-LD file (this export, or W3C annotations of other tools); what is not valid is
 * left out and counted. Never throws on content.
 */
export function fromWebAnnotations(raw: unknown): { articles: ArticleNotes[]; skipped: number } {
  const root = isObject(raw) ? raw : {};
  const page = isObject(root['first']) ? root['first'] : {};
  const items = root['type'] === 'Annotation' ? [root] : Array.isArray(raw) ? raw : [...list(page['items']), ...list(root['items'])];
  const works = new Map<string, CitedWork>();
  for (const w of list(root['readcite:works']).slice(0, LIMITS.highlights)) {
    const url = isObject(w) ? webUrl(w['url']) : null;
    const work = url ? validateWork(w, url) : null;
    if (url && work) works.set(url, work);
  }
  const byUrl = new Map<string, Highlight[]>();
  let skipped = 0;
  for (const item of items.slice(0, LIMITS.highlights * 10)) {
    const got = highlightOf(item);
    if (!got) {
      skipped++;
      continue;
    }
    byUrl.set(got.url, [...(byUrl.get(got.url) ?? []), got.highlight]);
  }
  const articles: ArticleNotes[] = [];
  for (const [url, highlights] of byUrl) {
    const work = works.get(url) ?? bareWork(url, highlights[0]!.created.slice(0, 10));
    const article = validateArticleNotes({ url, work, highlights });
    if (article) articles.push(article);
  }
  return { articles, skipped };
}

/** An imported article merged into what is stored: one highlight per id; the stored work is kept. */
export function mergeArticle(stored: ArticleNotes | null, imported: ArticleNotes): ArticleNotes {
  if (!stored) return imported;
  return { url: stored.url, work: stored.work, highlights: mergeHighlights(stored.highlights, imported.highlights) };
}
