import { countWords, squash } from './text.js';
import { hasWords, moreWordsThan } from './word-bounds.js';
import { articleScope } from './figures.js';
import { jsonLdNodes, pickArticleNode, type JsonObject } from './metadata.js';
import { customTerms, licenceFromBadge, licenceFromText, licenceFromUrl, licenceKey, restrictiveness, type Licence } from './licence-registry.js';

/** A sentence stating a work's licence or reuse terms. */
export const LICENCE_NOTICE = /\b(?:licen[cs]ed under|published under|available under|released under|creative commons|CC[\s-]?(?:BY|0)\b|free to republish|republish(?:ed)? (?:this|our|with)|all rights reserved|©|copyright \d{4})|المشاع الإبداعي|קריאייטיב קומונס|ייצירתית משותפת/i;
/** Notices that grant reuse (as opposed to reserving rights). */
const REUSE_NOTICE = /licen[cs]ed under|creative commons|CC[\s-]?(?:BY|0)\b|republish|المشاع الإبداعي|קריאייטיב קומונס|ייצירתית משותפת/i;

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'NAV', 'SVG']);
/** Text nodes longer than this are checked for a skipped ancestor before they are searched. */
const LONG_TEXT = 500;
const SENTENCE_BLOCK = 'p, small, li, dd, figcaption, footer, div, section, aside, article, main, body';
/** The wording of a licence statement, as opposed to a passing mention of CC. */
const STATEMENT = /(?:licen[cs]ed|published|republished|released|available|distributed) under/i;

/**
 * Blocks whose own text (not their scripts or styles) matches each pattern, in document order; one walk for
 * all. A tree walker over text nodes: the page's text is read in one native pass, and only the rare node that
 * matches walks up its ancestors to be ruled out (inside a script, a style, navigation) and to find its block.
 */
function blocksMatching(root: Element, patterns: RegExp[], any: RegExp): Element[][] {
  const found: Element[][] = patterns.map(() => []);
  const skipped = (node: Node): boolean => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (SKIP.has(el.tagName.toUpperCase())) return true;
    return false;
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    // A long text is most often a script's: ruled out before it is searched.
    const long = text.length > LONG_TEXT;
    if (long && skipped(node)) continue;
    if (!any.test(text) || (!long && skipped(node))) continue;
    const el = node.parentElement;
    if (!el) continue;
    patterns.forEach((pattern, i) => {
      if (!pattern.test(text)) return;
      const block = el.closest(SENTENCE_BLOCK);
      if (block && !found[i]!.includes(block)) found[i]!.push(block);
    });
  }
  return found;
}

interface Notice {
  el: Element;
  text: string;
}

/**
 * The licence sentence among blocks that mention reuse: short and licence-like; a statement ("licensed
 * under …") before a mention, the article's own before the site's. Image captions are skipped: their
 * credits license the image, not the article.
 */
function pickNotice(blocks: Element[], scope: Element | null): Notice | null {
  const candidates = blocks
    .filter((el) => !el.closest('figure, figcaption'))
    .map((el) => ({ el, text: squash(el.textContent) }))
    .filter(({ text }) => !hasWords(text, 61) && LICENCE_NOTICE.test(text));
  const rank = ({ el, text }: Notice) => (STATEMENT.test(text) ? 0 : 2) + (scope?.contains(el) ? 0 : 1);
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

export interface LicenceEvidence {
  /** Where the signal was: 'json-ld', 'rel-license', 'rdfa', 'meta', 'link', 'text', 'badge'. */
  source: string;
  /** The href, meta value or sentence, as found. */
  value: string;
  /** Inside the article (true) or elsewhere on the page, e.g. the site footer (false). */
  inArticle: boolean;
  weight: number;
  licence: Licence;
}

export interface LicenceResult {
  /** The licence the article is under, or null: unknown stays unknown. */
  licence: Licence | null;
  confidence: 'high' | 'medium' | 'low' | 'none';
  evidence: LicenceEvidence[];
  /** A different licence that also had strong evidence; shown as a warning. */
  conflict: Licence | null;
  /** The site's licence sentence, verbatim. */
  notice: string | null;
  /** "© 2019 Example Media. All rights reserved." and the like, verbatim. */
  copyright: string | null;
  /** The page reserves all rights and grants no licence. */
  allRightsReserved: boolean;
  /**
   * The site states a licence only site-wide, but the article credits a wire service or another
   * publication: the site's licence does not reach it (citation.md §2.4 step 5), so licence is null.
   */
  syndicated: boolean;
}

/** Credits that mark an article as someone else's: wire services and reprints. */
const THIRD_PARTY = /\b(?:originally (?:appeared|published|ran) (?:in|on|at|by)|reprinted (?:from|with permission)|republished (?:from|with permission)|Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg News)\b|\(AP\)/;

const COPYRIGHT = /(?:©|\(c\)|copyright\b)[^.\n]{0,120}(?:\.|$)|all rights reserved\.?/i;
/** The notice and copyright patterns in one, to test each text node once: both are case-insensitive, neither global. */
const NOTICE_OR_COPYRIGHT = new RegExp(`${REUSE_NOTICE.source}|${COPYRIGHT.source}`, 'i');

/**
 * Finds the licence of the article on a page (../shared/citation.md §2.4): JSON-LD `license`, rel=license,
 * RDFa cc:license, Dublin Core meta, links to CC deeds, notice sentences, badges (elements only). Each
 * signal is weighted by kind and by whether it sits in the article; equal licences add up; the strongest
 * wins, and when two differ the article-scoped, then the more restrictive, is chosen and the other
 * reported. A rel=license to a page that is not a CC deed is the site's own terms. Never guesses a version.
 */
export function detectLicence(doc: Document, url: string, nodes: JsonObject[] = jsonLdNodes(doc), scope: Element | null = articleScope(doc)): LicenceResult {
  const inArticle = (el: Element) => !!scope && scope !== doc.body && scope.contains(el);
  const evidence: LicenceEvidence[] = [];
  const add = (source: string, value: string, inside: boolean, weight: number, licence: Licence | null) => {
    if (licence) evidence.push({ source, value, inArticle: inside, weight, licence });
  };
  const abs = (href: string) => {
    try {
      return new URL(href, url).href;
    } catch {
      return href;
    }
  };

  // (a) JSON-LD on the article node.
  const art = pickArticleNode(nodes);
  for (const v of art ? [art['license']].flat() : []) {
    const ref = v && typeof v === 'object' && !Array.isArray(v) ? (v['url'] ?? v['@id']) : v;
    const href = typeof ref === 'string' ? ref : '';
    if (href) add('json-ld', href, true, 5, licenceFromUrl(href) ?? (/^https?:/i.test(href) ? customTerms(href) : licenceFromText(href)));
  }
  // (b) rel=license, (c) RDFa cc:license, (e) plain links to CC deeds.
  // Tag collections read in place, not selector queries copied to arrays; the same elements in the same order.
  for (const links of [doc.getElementsByTagName('a'), doc.getElementsByTagName('link')]) {
    for (let i = 0, len = links.length; i < len; i++) {
      const el = links[i]!;
      const href = el.getAttribute('href') ?? '';
      const relAttr = (el.getAttribute('rel') ?? '').toLowerCase();
      // Most links are neither: skip them before any DOM work.
      if (!relAttr.includes('license') && !/creativecommons\.org/i.test(href)) continue;
      const rel = relAttr.split(/\s+/);
      const cc = licenceFromUrl(href);
      const inside = inArticle(el);
      if (rel.includes('license')) add('rel-license', href, inside, inside ? 5 : 3, cc ?? (/^(?:https?:|\/)/i.test(href) ? customTerms(abs(href)) : null));
      else if (rel.includes('cc:license') || (el.getAttribute('property') ?? '').includes('license')) add('rdfa', href, inside, 4, cc);
      else if (cc) add('link', href, inside, inside ? 3 : 1, cc);
    }
  }
  // (d) Dublin Core and similar meta.
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0, len = metas.length; i < len; i++) {
    const el = metas[i]!;
    const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (!/^(?:dcterms?\.(?:license|rights)|dc\.rights|license)$/.test(key)) continue;
    const value = el.getAttribute('content') ?? '';
    add('meta', value, false, 3, licenceFromUrl(value) ?? licenceFromText(value.replace(/^CC-/i, 'CC ').replace(/-(\d\.\d)$/, ' $1')));
  }
  // (f) The notice sentence; the same walk finds copyright lines.
  const body = doc.body as HTMLElement | null;
  const [reuse = [], rights = []] = body ? blocksMatching(body, [REUSE_NOTICE, COPYRIGHT], NOTICE_OR_COPYRIGHT) : [];
  const picked = pickNotice(reuse, scope);
  const notice = picked?.text ?? null;
  if (picked) add('text', picked.text, inArticle(picked.el), inArticle(picked.el) ? 3 : 2, licenceFromText(picked.text));
  // (g) Badges: weak, and only for their elements.
  const imgs = doc.getElementsByTagName('img');
  for (let i = 0, len = imgs.length; i < len; i++) {
    const img = imgs[i]!;
    const src = img.getAttribute('src') ?? '';
    if (/creativecommons|licensebuttons/i.test(src)) add('badge', src, inArticle(img), 1, licenceFromBadge(src));
  }

  // The last copyright line on the page is the site's; earlier ones are often photo credits.
  // From the end, and a bounded count: the line may stand in a block as large as the body.
  const copyrightEl = rights.findLast((el) => !moreWordsThan(el, 40));
  // A short line is the notice as written ("Crumb Notes © 2024"); in a longer block, its sentence.
  const copyrightText = copyrightEl ? squash(copyrightEl.textContent) : '';
  const copyright = copyrightText ? (countWords(copyrightText) <= 12 ? copyrightText : squash(COPYRIGHT.exec(copyrightText)?.[0] ?? '')) || null : null;

  let chosen = resolve(evidence);
  const siteWideOnly = !!chosen.licence && !evidence.some((e) => e.inArticle && licenceKey(e.licence) === licenceKey(chosen.licence!));
  const syndicated = siteWideOnly && !!scope && scope !== doc.body && THIRD_PARTY.test(scope.textContent);
  if (syndicated) chosen = { licence: null, confidence: 'none', conflict: null };
  const allRightsReserved = !chosen.licence && !!copyright && /all rights reserved/i.test(copyright);
  return { ...chosen, evidence, notice: syndicated ? null : notice, copyright, allRightsReserved, syndicated };
}

function resolve(evidence: LicenceEvidence[]): Pick<LicenceResult, 'licence' | 'confidence' | 'conflict'> {
  // Family-only signals (no version: text without one, badges) support a versioned licence with the same elements.
  const versioned = evidence.filter((e) => e.licence.kind !== 'cc' || e.licence.version);
  const tally = new Map<string, { licence: Licence; score: number; inArticle: boolean }>();
  for (const e of evidence) {
    const family = e.licence.kind === 'cc' && !e.licence.version;
    const target = family ? versioned.find((v) => v.licence.kind === 'cc' && v.licence.elements.join() === e.licence.elements.join())?.licence ?? e.licence : e.licence;
    const key = licenceKey(target);
    const entry = tally.get(key) ?? { licence: target, score: 0, inArticle: false };
    entry.score += e.weight;
    entry.inArticle ||= e.inArticle;
    tally.set(key, entry);
  }
  const ranked = [...tally.values()]
    .filter((t) => t.score >= 2)
    .sort((a, b) => b.score - a.score || Number(b.inArticle) - Number(a.inArticle) || restrictiveness(b.licence) - restrictiveness(a.licence));
  const strong = ranked.filter((t) => t.score >= 3);
  let best = ranked[0];
  let conflict: Licence | null = null;
  if (strong.length > 1) {
    // Two different licences both well attested: the article's own, then the more restrictive.
    const sorted = [...strong].sort((a, b) => Number(b.inArticle) - Number(a.inArticle) || restrictiveness(b.licence) - restrictiveness(a.licence) || b.score - a.score);
    best = sorted[0];
    conflict = sorted[1]?.licence ?? null;
  }
  if (!best) return { licence: null, confidence: 'none', conflict: null };
  const confidence = best.licence.kind === 'cc' && !best.licence.version ? 'low' : best.score >= 5 ? 'high' : best.score >= 3 ? 'medium' : 'low';
  return { licence: best.licence, confidence, conflict };
}
