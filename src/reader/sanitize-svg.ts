export { SVG_NS } from '../core/drawings.js';

/**
 * What of DOMPurify's SVG lists the view keeps: drawing only. No scripts, no foreign objects (HTML inside
 * SVG), nothing that loads (use, image, feImage), no animations (animate, set and their kin can set an
 * href or any attribute after sanitising), no SVG fonts and their references, no styles. DOMPurify already
 * leaves out script, use, animate, set, foreignObject; they are named here too so this list alone says it.
 */
export const SVG_NOT_DRAWING = ['script', 'foreignobject', 'use', 'image', 'feimage', 'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'set', 'mpath', 'discard', 'altglyph', 'altglyphdef', 'altglyphitem', 'glyphref', 'tref', 'font', 'glyph', 'hkern', 'vkern', 'cursor'];

/** SVG elements whose href points at another element of the drawing: a gradient or pattern it inherits from, a text's path. */
const REFERRING = new Set(['lineargradient', 'radialgradient', 'pattern', 'textpath']);

/** "#g", the only href a drawing keeps (a fragment: an element of the article). */
const FRAGMENT = /^#[^\s#]+$/;
/** Every url(…) in a presentation attribute; only url(#id) may stay. */
const URL_REF = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;
/** A CSS escape can spell url( or anything else: an attribute with one is not drawing. */
const ESCAPE = /\\/;
/** CSS functions that load something besides url(). */
const LOADS = /\b(?:image|image-set|-webkit-image-set|cross-fade|src|element)\s*\(/i;

/**
 * After DOMPurify's own checks on an SVG element: hrefs only to prefixed fragments on elements that refer
 * to others, url() only to prefixed fragments, no escapes or other loading functions in any value.
 */
export function sanitizeSvgAttributes(node: Element, prefix: string): void {
  const tag = node.localName.toLowerCase();
  for (const { name, value } of Array.from(node.attributes)) {
    if (name === 'href' || name === 'xlink:href') {
      node.removeAttribute(name);
      // One plain href (SVG 2), to the prefixed id DOMPurify gave the target.
      if (REFERRING.has(tag) && FRAGMENT.test(value.trim())) node.setAttribute('href', `#${prefix}${value.trim().slice(1)}`);
      continue;
    }
    if (!/[\\(]/.test(value)) continue;
    if (ESCAPE.test(value) || LOADS.test(value)) {
      node.removeAttribute(name);
      continue;
    }
    const refs = Array.from(value.matchAll(URL_REF), (m) => m[2]!.trim());
    const rewritten = value.replace(URL_REF, (_, _quote: string, target: string) => `url(#${prefix}${target.trim().slice(1)})`);
    // A url( the pattern did not close ("url(https://x" to the end of the value) is not a fragment either.
    if (!refs.every((ref) => FRAGMENT.test(ref)) || /url\(/i.test(rewritten.replace(/url\(#[^)]*\)/gi, ''))) node.removeAttribute(name);
    else if (rewritten !== value) node.setAttribute(name, rewritten);
  }
}
