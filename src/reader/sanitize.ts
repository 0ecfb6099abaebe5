import createDOMPurify, { type Config } from 'dompurify';
import { frameSrc } from '../core/embed-frames.js';
import { SVG_NOT_DRAWING, SVG_NS, sanitizeSvgAttributes } from './sanitize-svg.js';

/**
 * The one place where article HTML becomes DOM (Readability does not sanitise: its README and
 * mozilla/readability#404). DOMPurify parses in an inert document; plain HTML, MathML and SVG that only
 * draws survive: no forms, frames, objects or styles, and links keep only web and mail URLs and links
 * within the article. Ids and names (footnotes and their back-links, a drawing's gradients) are prefixed
 * "user-content-" (DOMPurify's SANITIZE_NAMED_PROPS), so the page cannot name, clobber or link to the
 * view's own elements.
 */
const CONFIG: Config = {
  // MathML through DOMPurify's own allow-list, with a formula's TeX annotation (text only: annotation-xml,
  // which may hold HTML, stays out) so it can be read and copied. SVG and its filters through DOMPurify's
  // lists, less what is not drawing (SVG_NOT_DRAWING).
  USE_PROFILES: { html: true, mathMl: true, svg: true, svgFilters: true },
  ADD_TAGS: ['semantics', 'annotation'],
  // A code block's language (the cleaner's data-lang), shown as its label; an embed card's provider and
  // item (checked again in the view, which alone makes a frame's address of them).
  ADD_ATTR: ['data-lang', 'data-embed-provider', 'data-embed-id'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'link', 'meta', 'dialog', 'template', 'slot', 'portal', 'audio', 'video', 'source', 'track', ...SVG_NOT_DRAWING],
  // attributename: what an animation would set (animations are out; the name alone stays out too).
  // xml:id: an id DOMPurify would not prefix.
  FORBID_ATTR: ['style', 'class', 'srcset', 'sizes', 'target', 'ping', 'formaction', 'action', 'autofocus', 'tabindex', 'contenteditable', 'popover', 'attributename', 'xml:id'],
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

const SAFE_LINK = /^(?:https?:|mailto:)/i;
/** "#fn1": a link to an element of the article (not "#" alone). */
const FRAGMENT = /^#./;
/** What DOMPurify puts before every id and name when SANITIZE_NAMED_PROPS is on. */
export const NAMED_PREFIX = 'user-content-';
const SAFE_IMAGE = /^https?:/i;

const purifiers = new WeakMap<object, ReturnType<typeof createDOMPurify>>();

function instance(win: Window & typeof globalThis): ReturnType<typeof createDOMPurify> {
  const existing = purifiers.get(win);
  if (existing) return existing;
  const p = createDOMPurify(win);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.namespaceURI === SVG_NS) {
      sanitizeSvgAttributes(node, NAMED_PREFIX);
      return;
    }
    // An embed card's provider and item: only a pair the view can make a player's address of.
    if (node.hasAttribute('data-embed-provider') || node.hasAttribute('data-embed-id')) {
      if (!/^(?:P|SPAN)$/.test(node.nodeName) || !frameSrc(node.getAttribute('data-embed-provider') ?? '', node.getAttribute('data-embed-id') ?? '')) {
        node.removeAttribute('data-embed-provider');
        node.removeAttribute('data-embed-id');
      }
    }
    // Only a real link is a link: MathML's href would be one without the rules below.
    if (node.nodeName !== 'A') {
      node.removeAttribute('href');
      node.removeAttribute('xlink:href');
    }
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (FRAGMENT.test(href)) {
        // A link within the article (a footnote, its way back): to the prefixed id, in the view itself.
        node.setAttribute('href', `#${NAMED_PREFIX}${href.slice(1)}`);
        return;
      }
      if (!SAFE_LINK.test(href)) node.removeAttribute('href');
      else {
        // Links open beside the view, and tell the target nothing about where the reader came from.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (node.nodeName === 'IMG') {
      if (!SAFE_IMAGE.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
      // An image the page left without a text alternative is read as its file name; mark it decorative
      // (a caption, when there is one, says what it shows).
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifiers.set(win, p);
  return p;
}

/** Sanitises article HTML into a fragment owned by `win`'s document. */
export function sanitizeArticleHtml(html: string, win: Window & typeof globalThis = window): DocumentFragment {
  const fragment = instance(win).sanitize(html, CONFIG) as unknown as DocumentFragment;
  // An image whose only source was unsafe is an empty frame: drop it.
  fragment.querySelectorAll('img:not([src])').forEach((img) => img.remove());
  return fragment;
}

/** The same sanitising, as an HTML string (for the CLI's output). */
export function sanitizeArticleHtmlToString(html: string, win: Window & typeof globalThis): string {
  return instance(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: false });
}
