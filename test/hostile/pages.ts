import { BODY_PAYLOADS, TEXT_PAYLOADS } from './payloads.js';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON inside <script>: "<" escaped so a payload cannot close the script element in the page itself. */
const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const PROSE = [
  'The council met on Tuesday to discuss the budget for the coming year, including money for roads, parks and the library.',
  'Residents who spoke at the meeting asked for longer opening hours and more frequent bus services on weekends.',
  'Officials said a decision would be made next month after a review of the figures and a second public hearing.',
  'The proposal would raise spending by four percent, paid for by savings elsewhere and a small rise in parking fees.',
];

/**
 * One article page per text payload: the payload is the title, author, site name, description, caption,
 * credit and licence notice at once, and a share of the body payloads sits between real paragraphs.
 */
export function hostilePages(): Map<string, string> {
  const pages = new Map<string, string>();
  const perPage = Math.ceil(BODY_PAYLOADS.length / TEXT_PAYLOADS.length);
  TEXT_PAYLOADS.forEach((p, i) => {
    const body = BODY_PAYLOADS.slice(i * perPage, (i + 1) * perPage);
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: p, author: [{ '@type': 'Person', name: p }], publisher: { '@type': 'Organization', name: p }, description: p, datePublished: '2024-01-02T10:00:00Z', license: `javascript:${p}` };
    pages.set(
      `hostile-${i}`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.__pwned = []; function pwn(id) { window.__pwned.push(id); }</script>
<title>${text(p)}</title>
<meta name="description" content="${attr(p)}"><meta property="og:site_name" content="${attr(p)}"><meta property="og:title" content="${attr(p)}">
<meta name="author" content="${attr(p)}"><meta property="og:image" content="javascript:${attr(p)}">
<script type="application/ld+json">${json(ld)}</script>
<script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
</head><body><main><article>
<h1>${text(p)}</h1><p class="byline">By ${text(p)}</p>
<figure><img src="/lead-${i}.jpg" alt="${attr(p)}"><figcaption>${text(p)} (Photo: ${text(p)})</figcaption></figure>
<p>${PROSE[0]}</p><p>${PROSE[1]}</p>
${body.join('\n')}
<p>${PROSE[2]}</p><p>${PROSE[3]}</p>
<p>This article is licensed under <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. ${text(p)}</p>
</article></main></body></html>`,
    );
  });
  return pages;
}

/** How many places payloads are put in: seven text slots per page plus every body payload. */
export const PLACEMENTS = TEXT_PAYLOADS.length * 7 + BODY_PAYLOADS.length;
