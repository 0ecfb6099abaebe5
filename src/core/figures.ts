import type { LeadImage, PageMeta } from './types.js';
import { countWords, squash } from './text.js';

/** "… (Photo: John Moore/Getty)" or "[Image: AP]" at the end of a caption. */
const CREDIT_BRACKETED = /\s*[([]\s*(?:photo(?:graph)?|image|picture|illustration|graphic|video|credit|foto(?:graf[íi]a)?|bild|cr[ée]dits?|source|تصوير|صورة|צילום)s?(?:\s+(?:by|credit|de|von))?\s*[:：]?\s*([^()[\]]+?)\s*[)\]]\s*$/i;
/** "… Photo: Jane Doe/AP" or "… Photograph by Jane Doe" at the end of a caption. */
const CREDIT_TRAILING = /(?:^|[.!?]\s+|\s+[|–—]\s+)(?:photo(?:graph)?|image|picture|illustration|credit|foto)s?(?:\s+by|\s*[:：])\s*([^.]+?)\.?\s*$/i;
const CREDIT_CLASS = /credit|copyright|source|attribution|photographer/i;

/** Splits a caption into its text and its photo credit. */
export function splitCredit(raw: string): { caption: string; credit: string } {
  const text = squash(raw);
  for (const re of [CREDIT_BRACKETED, CREDIT_TRAILING]) {
    const m = re.exec(text);
    if (m?.[1] && m.index > 0) {
      // The caption keeps its own closing punctuation; separators before the credit go.
      const closing = /^[.!?]/.exec(m[0])?.[0] ?? '';
      return { caption: squash(text.slice(0, m.index) + closing).replace(/\s*[|–—]$/, ''), credit: squash(m[1]) };
    }
  }
  return { caption: text, credit: '' };
}

/** Caption and credit of an image: its figure's figcaption, a nearby caption element, or its title. */
export function captionOf(img: Element): { caption: string; credit: string } {
  const figure = img.closest('figure');
  const capEl =
    figure?.querySelector('figcaption') ??
    (() => {
      const next = (figure ?? img.parentElement)?.nextElementSibling;
      return next && /caption/i.test(`${next.className} ${next.tagName}`) ? next : null;
    })();
  if (!capEl) return { caption: squash(img.getAttribute('title')), credit: '' };
  const creditEl = Array.from(capEl.querySelectorAll('*')).find((el) => CREDIT_CLASS.test(el.getAttribute('class') ?? ''));
  if (creditEl) {
    const credit = squash(creditEl.textContent).replace(/^(?:photo(?:graph)?|image|credit)s?(?:\s+by|\s*:)\s*/i, '').replace(/^\((.*)\)$/, '$1');
    const caption = squash(capEl.textContent.replace(creditEl.textContent, ''));
    return { caption, credit };
  }
  return splitCredit(capEl.textContent);
}

const PLACEHOLDER = /^data:|spacer|blank\.gif|pixel|1x1/i;

/** The image's real source, looking past lazy-loading placeholders. */
export function imageSrc(img: Element, base: string): string | undefined {
  const candidates = [
    img.getAttribute('src'),
    img.getAttribute('data-src'),
    img.getAttribute('data-lazy-src'),
    img.getAttribute('data-original'),
    (img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '').split(',')[0]?.trim().split(/\s+/)[0],
  ];
  for (const c of candidates) {
    if (!c || PLACEHOLDER.test(c)) continue;
    try {
      const u = new URL(c, base);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not a URL; try the next attribute
    }
  }
  return undefined;
}

/** The last path segment without query: CMSs serve one photo under several sizes and styles. */
export function imageKey(src: string): string {
  try {
    const u = new URL(src);
    return decodeURIComponent(u.pathname.split('/').pop() ?? '').toLowerCase().replace(/[-_]\d+x\d+(?=\.\w+$)/, '');
  } catch {
    return src;
  }
}

/** Where the article lives in the live page, for scoping image and licence searches. */
export function articleScope(doc: Document): Element | null {
  // By tag first: attribute selectors cost milliseconds on large pages in jsdom.
  return (
    doc.getElementsByTagName('article')[0] ??
    doc.getElementsByTagName('main')[0] ??
    doc.querySelector('[itemprop="articleBody"], [role="main"]') ??
    doc.body
  );
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
 * Finds the lead image: the page's declared image (JSON-LD, og:image) matched to its figure in the
 * article to get caption and credit, else the article's first figure, else the declared image alone.
 */
export function findLeadImage(doc: Document, meta: PageMeta, base: string): LeadImage | null {
  const scope = articleScope(doc);
  const imgs = scope ? Array.from(scope.querySelectorAll('img')) : [];
  const declared = new Set(meta.images.map(imageKey));
  const inChrome = (el: Element) => !!el.closest('nav, header[role="banner"], footer, aside, [role="complementary"]');
  // An undeclared figure only counts as the lead when it comes before the body text.
  const firstPara = scope && Array.from(scope.querySelectorAll('p')).find((p) => countWords(p.textContent) >= 20);
  const beforeBody = (el: Element) => !firstPara || (el.compareDocumentPosition(firstPara) & 4) !== 0;
  const pick =
    imgs.find((img) => {
      const src = imageSrc(img, base);
      return src && declared.has(imageKey(src)) && !inChrome(img);
    }) ?? imgs.find((img) => img.closest('figure') && imageSrc(img, base) && !inChrome(img) && beforeBody(img));
  if (pick) {
    const src = imageSrc(pick, base);
    if (src) return { src, alt: squash(pick.getAttribute('alt')), ...captionOf(pick), ...declaredSize(pick) };
  }
  const fallback = meta.images[0];
  return fallback ? { src: fallback, alt: '', caption: '', credit: '' } : null;
}
