import { countWords, sameText, squash } from './text.js';
import { imageKey, imageSrc } from './figures.js';
import { LICENCE_NOTICE } from './licence.js';

/**
 * Removes what is around an article rather than part of it: appeals, newsletter boxes, share bars,
 * related lists, licence notices and repeated headers. Works on Readability's output element, in the
 * inert clone, with general signals: wording, class hints, link density and position at the edges.
 */

/** Wording of donation, membership and newsletter appeals. Each match is one hit. */
const APPEAL = /\b(?:donat(?:e|es|ed|ing|ion|ions)|contribut(?:e|ion|ions)|chip in|reader[- ](?:supported|funded)|people[- ]powered|support (?:our|us|independent|this) (?:work|journalism|reporting|newsroom)?|become a (?:member|supporter|subscriber|patron)|membership|subscribe|subscription|newsletters?|sign up|inbox|join (?:us|with us)|non-?profit|giving ?tuesday|paywalls?|can'?t do it without you|fund (?:our|this) (?:journalism|newsroom|work)|tax[- ]deductible|patreon|every (?:single )?supporter|independent media)\b/gi;

/** Class, id, role and label hints of page furniture. */
const HINT = /donat|appeal|fundrais|newsletter|subscri|signup|sign-up|promo|related|share|social|membership|support-?us|paywall|most-?(?:read|popular|viewed)|recommend|read-?more|more-?stories|comment|author-?bio|bio-?box|about-?the-?author|advert|sponsor|outbrain|taboola|republish|licen[cs]e|(?:^|[\s_-])cta(?:$|[\s_-])/i;

/** Headings of link lists that follow articles. */
const LIST_HEADING = /^(?:related|read more|more from|more on|most (?:read|popular|viewed)|recommended|you (?:may|might) also like|further reading|trending|latest|top stories)\b/i;

const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE']);
const MEDIA = 'img, picture, video, audio, table, pre, svg, math, iframe';
const NEVER_CONTENT = 'script, style, noscript, template, form, input, button, select, textarea, label, link, meta';
const KEEP_ATTRS = new Set(['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'headers', 'scope', 'datetime', 'lang', 'dir', 'cite', 'start', 'reversed', 'type', 'value', 'span', 'abbr', 'poster', 'controls', 'allowfullscreen', 'frameborder']);

export interface CleanContext {
  title: string;
  standfirst: string;
  bylineNames: string[];
  /** imageKey() of the lead image shown in the view's header; removed from the body. */
  leadImageKey?: string;
  base: string;
}

export interface CleanResult {
  /** The licence or reuse sentence found in the body, verbatim. */
  licenceNotice: string | null;
}

interface Signals {
  words: number;
  hits: number;
  hint: boolean;
  linkDensity: number;
  links: number;
  media: boolean;
  notice: boolean;
}

function hintOf(el: Element): boolean {
  const attrs = ['class', 'id', 'role', 'aria-label', 'data-campaign', 'data-component', 'data-module'];
  return attrs.some((a) => HINT.test(el.getAttribute(a) ?? ''));
}

function signals(el: Element): Signals {
  const text = squash(el.textContent);
  const words = countWords(text);
  const linkWords = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + countWords(a.textContent), 0);
  return {
    words,
    hits: text.match(APPEAL)?.length ?? 0,
    hint: hintOf(el),
    linkDensity: words ? linkWords / words : 0,
    links: el.querySelectorAll('a[href]').length,
    media: el.matches(MEDIA) || !!el.querySelector(MEDIA),
    notice: words > 0 && words <= 60 && LICENCE_NOTICE.test(text),
  };
}

function headingText(el: Element): string {
  return squash((el.matches('h1,h2,h3,h4,h5,h6') ? el : el.querySelector('h1,h2,h3,h4,h5,h6'))?.textContent);
}

/** Boilerplate judged as one unit; `edge` is true at the start or end of the article. */
function isBoilerplate(el: Element, s: Signals, edge: boolean): boolean {
  if (s.words === 0) return !s.media || s.hint;
  if (s.media && s.words > 40) return false;
  const dense = s.hits * 30 >= s.words;
  if (edge) {
    if (s.notice) return true;
    if (s.hint && (s.hits >= 1 || s.linkDensity > 0.4)) return true;
    if (s.hits >= 2 && dense) return true;
    if (s.words <= 30 && s.hits >= 1) return true;
    if (s.links >= 3 && s.linkDensity > 0.6) return true;
    if (LIST_HEADING.test(headingText(el)) && s.linkDensity > 0.3) return true;
    return false;
  }
  if (s.hint && s.hits >= 1 && s.words < 300) return true;
  if (s.hits >= 3 && s.hits * 20 >= s.words) return true;
  return s.hint && s.links >= 3 && s.linkDensity > 0.6;
}

const isWrapper = (el: Element) => WRAPPERS.has(el.tagName.toUpperCase()) && el.children.length > 0;

/** Trims boilerplate from one edge of `container`, descending into the wrapper at that edge. */
function trimEdge(container: Element, fromEnd: boolean, onNotice: (text: string) => void, depth = 0): void {
  if (depth > 12) return;
  for (;;) {
    const el = fromEnd ? container.lastElementChild : container.firstElementChild;
    if (!el) return;
    const s = signals(el);
    if (isBoilerplate(el, s, true)) {
      if (s.notice) onNotice(squash(el.textContent));
      el.remove();
      continue;
    }
    if (isWrapper(el)) trimEdge(el, fromEnd, onNotice, depth + 1);
    // A wrapper emptied by trimming goes too; anything else with content ends the edge.
    if (isWrapper(el) && !squash(el.textContent) && !el.querySelector(MEDIA)) {
      el.remove();
      continue;
    }
    return;
  }
}

/** Removes strong boilerplate anywhere: only units with both a hint and appeal wording, or dense appeals. */
function removeInner(root: Element, onNotice: (text: string) => void): void {
  for (const el of Array.from(root.querySelectorAll('div, section, aside, p, ul, ol, blockquote, figure'))) {
    if (!el.isConnected || el === root) continue;
    const s = signals(el);
    if (s.notice && s.words <= 40 && /licen[cs]ed under|creative commons|CC[\s-]BY/i.test(el.textContent)) {
      onNotice(squash(el.textContent));
      el.remove();
    } else if (isBoilerplate(el, s, false)) {
      el.remove();
    }
  }
}

/** Removes the title, standfirst, byline and lead image when the body repeats them at its start. */
function removeRepeatedHeader(root: Element, ctx: CleanContext): void {
  const leading = Array.from(root.querySelectorAll('h1, h2, p, div, figure, img')).slice(0, 12);
  const bylineText = ctx.bylineNames.join(' ');
  for (const el of leading) {
    if (!el.isConnected) continue;
    const text = squash(el.textContent);
    const isTitle = text && (sameText(text, ctx.title) || (ctx.standfirst && sameText(text, ctx.standfirst)));
    const isByline = text && bylineText && sameText(text.replace(/^by\s+/i, ''), bylineText) && !el.querySelector(MEDIA);
    if ((isTitle || isByline) && el.children.length <= 3) el.remove();
  }
  if (ctx.leadImageKey) {
    for (const img of Array.from(root.querySelectorAll('img'))) {
      const src = imageSrc(img, ctx.base);
      if (src && imageKey(src) === ctx.leadImageKey) (img.closest('figure') ?? img).remove();
    }
  }
}

/** Drops presentational and tracking attributes so only structure and content reach the view. */
function stripAttributes(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      if (!KEEP_ATTRS.has(attr.name.toLowerCase())) el.removeAttribute(attr.name);
    }
  }
}

/** Landmark elements inside the body would nest landmarks in the view's own article: keep their content only. */
function unwrapLandmarks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('article, main, header, footer, nav')).reverse()) {
    el.replaceWith(...Array.from(el.childNodes));
  }
}

function removeEmpty(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('div, section, span, p, li, ul, ol, figure, aside')).reverse()) {
    if (!squash(el.textContent) && !el.querySelector(MEDIA) && !el.matches(MEDIA)) el.remove();
  }
}

/** Cleans the article element in place. Steps: furniture out, header repeats out, edges trimmed, inner appeals out. */
export function cleanBody(root: Element, ctx: CleanContext): CleanResult {
  let licenceNotice: string | null = null;
  const onNotice = (text: string) => {
    if (!licenceNotice && /licen[cs]|creative commons|republish|CC[\s-]/i.test(text)) licenceNotice = text;
  };
  root.querySelectorAll(NEVER_CONTENT).forEach((el) => el.remove());
  removeRepeatedHeader(root, ctx);
  removeEmpty(root);
  trimEdge(root, false, onNotice);
  trimEdge(root, true, onNotice);
  removeInner(root, onNotice);
  removeEmpty(root);
  unwrapLandmarks(root);
  stripAttributes(root);
  return { licenceNotice };
}
