import type { LeadImage, PageMeta } from './types.js';
import { blockText, closestWhere, countWords, inChrome, squash } from './text.js';
import { captionWithoutCredit, cleanCreditText, isCreditOnly, splitCredit } from './credit.js';
import { toArray } from './dom-lists.js';

export { splitCredit } from './credit.js';

const NOSCRIPT: ReadonlySet<string> = new Set(['NOSCRIPT']);

/** Class, id and itemprop hints of a credit element inside a caption or figure. */
const CREDIT_HINT = /credit|copyright|source|quelle|attribution|photographer|fotograf|urheber|byline|licen[cs]e|(?:^|[\s_-])lic(?:$|[\s_-])|author|autor/i;
/** Class hints of a caption element (used where a page has no <figcaption>). */
const CAPTION_HINT = /caption|legend|beschreibung|unterschrift|bildtext|img-?info|image-?info|media-?info|description|text/i;

const hint = (el: Element, re: RegExp) => re.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`);

/** Text of an element with some of its descendants left out, blocks on their own lines (a clone: the page is not touched). */
function textWithout(el: Element, drop: Element[]): string {
  if (!drop.length) return blockText(el);
  const copy = el.cloneNode(true) as Element;
  const paths = drop.map((d) => pathTo(el, d));
  for (const path of paths.reverse()) {
    let node: Element | undefined = copy;
    for (const i of path) node = node?.children[i];
    node?.remove();
  }
  return blockText(copy);
}

function pathTo(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    path.unshift(toArray(parent.children).indexOf(node));
  }
  return path;
}

/**
 * Caption and credit from a caption block: a credit element inside it (by its class, or the first or last
 * child whose whole text is a credit, "Foto: dpa"), else the credit written into the caption's text.
 */
function readCaptionBlock(block: Element, extraCredit: Element[] = []): { caption: string; credit: string } {
  // Controls in the caption ("Bildbeschreibung ausklappen", "이미지 확대보기") are not its text.
  const controls = toArray(block.querySelectorAll('button, [role="button"]'));
  if (controls.length) {
    const copy = block.cloneNode(true) as Element;
    copy.querySelectorAll('button, [role="button"]').forEach((el) => el.remove());
    const extraInside = extraCredit.filter((el) => block.contains(el));
    if (!extraInside.length) return readCaptionBlock(copy, extraCredit);
  }
  const children = toArray(block.getElementsByTagName('*')).filter((el) => squash(el.textContent));
  const hinted = children.filter((el) => hint(el, CREDIT_HINT) && !hint(el, /caption|description|title/i) && squash(el.textContent).length < 200 && !children.some((c) => c !== el && c.contains(el) && hint(c, CREDIT_HINT)));
  const edges = [block.firstElementChild, block.lastElementChild].filter((el): el is Element => !!el && el !== hinted[0] && isCreditOnly(squash(el.textContent)));
  const creditEls = [...extraCredit, ...(hinted.length ? hinted : edges.slice(0, 1))];
  if (creditEls.length) {
    const credit = creditEls.map((el) => cleanCreditText(blockText(el).replace(/\n+/g, ' '))).filter(Boolean).join(' / ');
    const caption = squash(textWithout(block, creditEls.filter((el) => block.contains(el))).replace(/\n+/g, ' '));
    if (credit) return { caption: splitCredit(caption).caption, credit };
  }
  const split = splitCredit(blockText(block).replace(/\n\n/g, '\n'));
  return { caption: squash(split.caption), credit: split.credit };
}

/**
 * The caption block of an image without a <figcaption>: the smallest wrapper around the image that also
 * holds a little text (the caption beside the photo), as long as that text is caption-sized and the
 * wrapper is not the article itself.
 */
function siblingCaption(img: Element): Element | null {
  let node: Element = img;
  for (let depth = 0; depth < 4 && node.parentElement; depth++) {
    const parent: Element = node.parentElement;
    // A zoom or share button beside the photo is not its caption.
    const text = squash(toArray(parent.querySelectorAll('button, [role="button"]')).reduce((t, b) => t.replace(b.textContent, ' '), parent.textContent));
    if (text) {
      const words = countWords(text);
      const heading = parent.querySelector('h1, h2, h3');
      const paragraphs = toArray(parent.children).filter((c) => countWords(c.textContent) >= 25).length;
      if (words > 120 || heading || paragraphs > 1) return null;
      // A caption sits beside the image: a hinted element, or a short text after it.
      const after = toArray(parent.children).filter((c) => c !== node && c.tagName !== 'BUTTON' && squash(c.textContent) && (node.compareDocumentPosition(c) & 4) !== 0);
      const before = toArray(parent.children).filter((c) => c !== node && squash(c.textContent) && (node.compareDocumentPosition(c) & 2) !== 0);
      if (after.length + before.length > 3) return null;
      if (after.some((c) => hint(c, CAPTION_HINT) || hint(c, CREDIT_HINT) || isCreditOnly(squash(c.textContent))) || before.some((c) => hint(c, CAPTION_HINT))) return parent;
      if (after.length && !before.length && words <= 60) return parent;
      return null;
    }
    node = parent;
  }
  return null;
}

/** Caption and credit of an image: its figure's figcaption and credit elements, a caption beside it, or its title. */
export function captionOf(img: Element): { caption: string; credit: string } {
  const figure = img.closest('figure');
  const figcaptions = figure ? toArray(figure.getElementsByTagName('figcaption')) : [];
  if (figure && figcaptions.length) {
    // A second figcaption, or a credit element in the figure outside the caption, is the credit.
    const [first, ...rest] = figcaptions as unknown as [Element, ...Element[]];
    const outside = toArray(figure.querySelectorAll('footer, small, span, div, p, cite')).filter(
      (el) => !figcaptions.some((f) => f.contains(el) || el.contains(f)) && !el.querySelector('img, picture') && squash(el.textContent) && (hint(el, CREDIT_HINT) || isCreditOnly(squash(el.textContent))),
    );
    const extra = [...rest.filter((f) => hint(f, CREDIT_HINT) || isCreditOnly(squash(f.textContent))), ...outside.slice(0, 1)];
    return readCaptionBlock(first, extra);
  }
  const block = figure ?? siblingCaption(img);
  if (block) {
    const read = readCaptionBlock(block);
    if (read.caption || read.credit) return read;
  }
  const title = squash(img.getAttribute('title'));
  return title && countWords(title) >= 3 ? splitCredit(title) : { caption: '', credit: '' };
}

const PLACEHOLDER = /^data:|spacer|blank\.gif|pixel|1x1/i;

/**
 * Every reference an image carries to its file, as written: src, the lazy-loading attributes, each
 * srcset entry and its <picture>'s sources, in that order.
 */
function imageRefs(img: Element): string[] {
  const refs = [img.getAttribute('src'), img.getAttribute('data-src'), img.getAttribute('data-lazy-src'), img.getAttribute('data-original')];
  const sets = [img.getAttribute('srcset'), img.getAttribute('data-srcset')];
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  if (picture) for (const source of toArray(picture.getElementsByTagName('source'))) sets.push(source.getAttribute('srcset'), source.getAttribute('data-srcset'));
  for (const set of sets) for (const part of (set ?? '').split(/,\s+/)) refs.push(part.trim().split(/\s+/)[0] ?? null);
  return refs.filter((r): r is string => !!r && !PLACEHOLDER.test(r));
}

/** A reference as an absolute http(s) address, or undefined. */
function httpUrl(ref: string, base: string): string | undefined {
  try {
    const u = new URL(ref, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The image's real source, looking past lazy-loading placeholders. */
export function imageSrc(img: Element, base: string): string | undefined {
  for (const ref of imageRefs(img)) {
    const url = httpUrl(ref, base);
    if (url) return url;
  }
  return undefined;
}

/** Every address an image may be served under. */
function imageUrls(img: Element, base: string): string[] {
  return imageRefs(img)
    .map((ref) => httpUrl(ref, base))
    .filter((u): u is string => !!u);
}

/** The last path segment without query: CMSs serve one photo under several sizes and styles. */
export function imageKey(src: string): string {
  const path = lowerPath(src);
  return path === undefined ? src : keyOfPath(path);
}

/** An address's path, percent-decoded and in lower case; undefined for what does not parse. */
function lowerPath(src: string): string | undefined {
  try {
    return decodeURIComponent(new URL(src).pathname).toLowerCase();
  } catch {
    return undefined;
  }
}

function keyOfPath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const last = (segments.pop() ?? '').replace(/[-_]\d+x\d+(?=\.\w+$)/, '');
  // A generic file name ("1000.jpg", "master.jpg", "image.webp") names a size, not a photo: the photo is its folder.
  return /^(?:\d+|[a-z]{1,6})\.\w+$/.test(last) && segments.length ? `${segments.slice(-3).join('/')}/${last}` : last;
}

/** Where the article lives in the live page, for scoping image and licence searches. */
export function articleScope(doc: Document): Element | null {
  // By tag first, from the tag index (a selector walks the page in jsdom); attributes last.
  return doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0] ?? markedMain(doc) ?? doc.body;
}

/**
 * The first element marked as the article's body or the page's main part, in document order: one walk
 * that reads two attributes (jsdom's selector engine takes several times as long for the same answer).
 */
function markedMain(doc: Document): Element | null {
  const root = doc.documentElement as Element | null;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el: Node | null = walker.currentNode; el; el = walker.nextNode()) {
    const e = el as Element;
    if (e.getAttribute('itemprop') === 'articleBody' || e.getAttribute('role') === 'main') return e;
  }
  return null;
}

/** Smaller than this is a tracking pixel or a placeholder's size, not the photo's. */
const MIN_SIDE = 16;
const MAX_SIDE = 20_000;

/**
 * The image's declared width and height, so the view can reserve the photo's space before it loads
 * (no jump under the reader's eyes). Only plain pixel integers: "100%" or "auto" say nothing of the ratio.
 */
export function declaredSize(img: Element): { width: number; height: number } | Record<string, never> {
  const side = (name: string) => {
    const value = /^\s*(\d+)(?:px)?\s*$/i.exec(img.getAttribute(name) ?? '')?.[1];
    const n = value ? Number(value) : NaN;
    return n >= MIN_SIDE && n <= MAX_SIDE ? n : undefined;
  };
  const width = side('width');
  const height = side('height');
  return width && height ? { width, height } : {};
}

/**
 * The distinctive parts of an image's address: CMSs and CDNs serve one photo under many sizes, crops and
 * formats ("…beff_16-9_50p_0.webp", "…beff_16-9_default_0.jpg"), but keep its id: a run of six or more
 * characters with a digit, or a long name, in the file name or the last folders (of its decoded, lower-case path).
 */
function idsOfPath(path: string): string[] {
  const segments = path.split('/').filter(Boolean).slice(-3);
  const tokens = segments.flatMap((seg) => seg.replace(/\.(?:jpe?g|png|webp|avif|gif)$/, '').split(/[-_.,~:]+/));
  return tokens.filter((t) => (t.length >= 6 && /\d/.test(t) && !/^\d+x\d+$|^(?:19|20)\d{2}$|^w\d+$/.test(t)) || (t.length >= 12 && /^[a-z]+$/.test(t)));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

interface AddressFacts {
  key: (src: string) => string;
  ids: (src: string) => string[];
}

/** imageKey and imageIds of each address asked about, each worked out once, from one parse of the address. */
function addressFacts(): AddressFacts {
  const paths = new Map<string, string | undefined>();
  const path = (src: string) => {
    if (!paths.has(src)) paths.set(src, lowerPath(src));
    return paths.get(src);
  };
  const keys = new Map<string, string>();
  const ids = new Map<string, string[]>();
  return {
    key: (src) => {
      let k = keys.get(src);
      if (k === undefined) {
        const p = path(src);
        keys.set(src, (k = p === undefined ? src : keyOfPath(p)));
      }
      return k;
    },
    ids: (src) => {
      let list = ids.get(src);
      if (!list) {
        const p = path(src);
        ids.set(src, (list = p === undefined ? [] : idsOfPath(p)));
      }
      return list;
    },
  };
}

/** True when two addresses serve the same photo: the same file name (sizes aside) or a shared id. */
function sameImage(a: string, bKeys: Set<string>, bIds: Set<string>, facts: AddressFacts): boolean {
  return bKeys.has(facts.key(a)) || facts.ids(a).some((id) => bIds.has(id));
}

/** Avatars, logos and icons are not lead photos: declared small (and not served larger through srcset), or named so. */
function isSmall(img: Element): boolean {
  if (/avatar|logo|icon|author|profile|emoji|badge/i.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''}`)) return true;
  // A small placeholder size with a srcset is a responsive photo, not an icon.
  if (img.hasAttribute('srcset') || img.hasAttribute('data-srcset') || img.parentElement?.tagName === 'PICTURE') return false;
  const w = Number(img.getAttribute('width') ?? 0) || Number(/[?&](?:w|width)=(\d+)(?:&|$)/.exec(img.getAttribute('src') ?? '')?.[1] ?? 0);
  const h = Number(img.getAttribute('height') ?? 0);
  // A size in the address ("88x31.png", "_40x40"): buttons and avatars are served at their size.
  const named = /(?:^|[^\d])(\d{1,3})x(\d{1,3})(?:[^\d]|$)/.exec(img.getAttribute('src') ?? '');
  return (w > 0 && w < 150) || (h > 0 && h < 100) || (!!named && Number(named[1]) < 150 && Number(named[2]) < 150);
}

/**
 * Finds the lead image: the image the page declares (JSON-LD, og:image) where it stands in the article,
 * matched by address across sizes and crops, for its caption and credit; else the first real photo
 * between the headline and the body's second paragraph; else the declared image alone, with the caption
 * and credit its structured data gives.
 */
/**
 * The first `count` paragraphs of running text (20 words or more) after `start`. Those after it are a suffix
 * of document order, so only the paragraphs before the first one past it need a position test.
 */
function paragraphsAfter(start: Element, paragraphs: ArrayLike<Element>, count: number): Element[] {
  const out: Element[] = [];
  let past = false;
  for (let i = 0, len = paragraphs.length; i < len && out.length < count; i++) {
    const p = paragraphs[i]!;
    past ||= (start.compareDocumentPosition(p) & 4) !== 0;
    if (past && countWords(p.textContent) >= 20) out.push(p);
  }
  return out;
}

export function findLeadImage(doc: Document, meta: PageMeta, base: string, headline: Element | null = null, scope: Element | null = articleScope(doc)): LeadImage | null {
  const facts = addressFacts();
  const declaredKeys = new Set(meta.images.map(facts.key));
  const declaredIds = new Set(meta.images.flatMap(facts.ids));
  // An image's addresses and whether one is the declared photo are asked again for the same images in the
  // passes below: each is worked out once (a URL parse costs microseconds).
  const urlsOf = new Map<Element, string[]>();
  const urls = (img: Element): string[] => {
    let list = urlsOf.get(img);
    if (!list) urlsOf.set(img, (list = imageUrls(img, base)));
    return list;
  };
  const declaredUrl = new Map<string, boolean>();
  const isDeclared = (u: string): boolean => {
    let same = declaredUrl.get(u);
    if (same === undefined) declaredUrl.set(u, (same = sameImage(u, declaredKeys, declaredIds, facts)));
    return same;
  };
  // <noscript> copies are parsed as elements where scripting is off (jsdom, the CLI): after the others, they
  // stand in for images a page's scripts would have inserted.
  // Navigation, sidebars and footers are ruled out only for the candidates (an ancestor walk per image is dear).
  const imgs = toArray(doc.getElementsByTagName('img')).filter((img) => !isSmall(img));
  const noscript = imgs.filter((img) => closestWhere(img, NOSCRIPT));
  const all = noscript.length ? [...imgs.filter((img) => !noscript.includes(img)), ...noscript] : imgs;
  const inScope = scope && scope !== doc.body ? all.filter((img) => scope.contains(img) || (headline && (headline.compareDocumentPosition(img) & 4) !== 0)) : all;
  // Of the page's copies of the declared image (lightbox, gallery, preload), the one with a caption.
  // A cheap text test first: only images whose attributes mention a declared file name or id are parsed as URLs.
  const needles = [...declaredKeys, ...declaredIds].map((k) => k.replace(/\.\w+$/, '')).filter((k) => k.length >= 4);
  const mentions = (img: Element) => {
    const raw = decodeURIComponentSafe(imageRefs(img).join(' ')).toLowerCase();
    return needles.some((k) => raw.includes(k));
  };
  const declared = (list: Element[]) => {
    const copies = needles.length ? list.filter((img) => mentions(img) && urls(img).some(isDeclared) && !inChrome(img)) : [];
    return copies.find((img) => img.closest('figure') || siblingCaption(img)) ?? copies[0];
  };
  // Lead position: after the headline (or the article's start), before the body's second paragraph; looked
  // for only when the declared image is not in the article.
  const positioned = () => {
    const start = headline ?? (scope !== doc.body ? scope : null);
    const paras = start ? paragraphsAfter(start, (start.closest('article, main') ?? doc.body).querySelectorAll('p'), 2) : [];
    // Without a second paragraph, the first one ends the lead position.
    const limit = paras[1] ?? paras[0];
    const inLead = (img: Element) => (!start || (start.compareDocumentPosition(img) & 4) !== 0 || (start.compareDocumentPosition(img) & 16) !== 0) && (!limit || (img.compareDocumentPosition(limit) & 4) !== 0);
    return (start ? all : inScope).find((img) => inLead(img) && urls(img).length && (img.closest('figure') || siblingCaption(img)) && !inChrome(img));
  };
  const pick = declared(inScope) ?? positioned() ?? declared(all);
  const fromData = { caption: meta.imageCaption ?? '', credit: meta.imageCredit ?? '' };
  if (pick) {
    const src = urls(pick)[0];
    if (src) {
      const read = captionOf(pick);
      const matchesData = !!meta.images[0] && sameImage(src, new Set([facts.key(meta.images[0])]), new Set(facts.ids(meta.images[0])), facts);
      const credit = read.credit || (matchesData ? fromData.credit : '');
      return {
        src,
        alt: squash(pick.getAttribute('alt')),
        caption: captionWithoutCredit(read.caption || (matchesData ? fromData.caption : ''), credit),
        credit,
        ...declaredSize(pick),
      };
    }
  }
  const fallback = meta.images[0];
  return fallback ? { src: fallback, alt: '', ...fromData } : null;
}
