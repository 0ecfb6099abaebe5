/**
 * Extreme and malformed pages, made in memory for the end-to-end suite and the stress benchmark
 * (served at /gen/<name> by scripts/fixture-server.ts).
 */
export interface Served {
  type: string;
  body: string;
}

const para = (i: number) =>
  `<p>Paragraph ${i} of a very long article, with enough ordinary words in it to look like prose to a reader, and a <a href="/l${i}">link</a>.</p>`;
const prose = `<p>${'A sentence of ordinary article text with enough words in it. '.repeat(12)}</p>`;
const html = (body: string, head = '<meta charset="utf-8"><title>Extreme</title>') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

/** A 10 MB page of about 100,000 elements. */
export const BIG_PAGE = html(
  `<article><h1>A very long page</h1>${Array.from({ length: 25_000 }, (_, i) => `<div class="c">${para(i)}<span>${'x'.repeat(200)}</span></div>`).join('')}</article>`,
  '<meta charset="utf-8"><title>A very long page</title>',
);
/** 20,000 nested divs (Chromium's parser caps depth at 512, as it does for any page). */
export const DEEP_PAGE = html(`${'<div>'.repeat(20_000)}${Array.from({ length: 10 }, (_, i) => para(i)).join('')}${'</div>'.repeat(20_000)}`, '<meta charset="utf-8"><title>Deep nesting</title>');

const LONG_SENTENCES = [
  'The river had risen twice that winter, and the people of the valley measured the seasons by its marks on the old stone bridge.',
  'Farmers spoke of the rain the way sailors speak of the wind, with respect and a long memory for the years it failed them.',
  'In the archive, ledgers from the nineteenth century recorded every flood, every harvest and every family that left for the city.',
  'Historians who study the region say those records are among the most complete of their kind anywhere in the country.',
];

/** A 20,000-word article (exactly) with 40 photos spread through it: the long read of the comfort tests. */
export function longRead(words = 20_000): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = (LONG_SENTENCES[i % LONG_SENTENCES.length] ?? '').split(' ');
    const take = sentence.slice(0, words - count);
    paragraphs.push(`<p>${take.join(' ')}</p>`);
    count += take.length;
  }
  const every = Math.floor(paragraphs.length / 41);
  const body = paragraphs
    .map((p, k) => {
      const n = k / every;
      if (k === 0 || k % every !== 0 || n > 40) return p;
      return `<figure><img src="/photo-${n}.jpg" alt="Photo ${n} of the valley" width="1200" height="800"><figcaption>The valley, view ${n}. (Photo: Archive)</figcaption></figure>${p}`;
    })
    .join('\n');
  return html(
    `<header><a href="/">The Valley Review</a></header><main><article><h1>A Long History of the Valley</h1>${body}</article></main><footer>© The Valley Review</footer>`,
    '<meta charset="utf-8"><title>A Long History of the Valley</title><meta name="author" content="Ada Reed"><meta property="og:site_name" content="The Valley Review">',
  );
}

/** A 1×1 GIF: the placeholder lazy-loading sites put in src until their script swaps in data-src. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/**
 * Photos that never arrive (/stall/ images are never answered) but declare their size, behind lazy-loading
 * placeholders as many news sites serve them, so only the view asks for them: the view must keep their space.
 */
export function slowPhotos(): string {
  return html(
    `<main><article><h1>Waiting for the Photos</h1>
<figure><img src="${PIXEL}" data-src="/stall/lead.jpg" alt="Boats at the harbour wall" width="1200" height="800"><figcaption>Boats at the harbour wall. (Photo: Ada Reed)</figcaption></figure>
${prose}${prose}
<figure><img src="${PIXEL}" data-src="/stall/quay.jpg" alt="The quay at dusk" width="800" height="600"><figcaption>The quay at dusk.</figcaption></figure>
${prose}${prose}</article></main>`,
    '<meta charset="utf-8"><title>Waiting for the Photos</title><meta name="author" content="Ada Reed">',
  );
}

const NO_ARTICLE = 'Readcite could not find an article on this page.';

/** Each bad page and what the view must show: the article's title, or the message's heading. */
export const BAD_PAGES: { name: string; page: Served; heading: string }[] = [
  { name: 'empty', page: { type: 'text/html', body: '' }, heading: NO_ARTICLE },
  { name: 'text-plain', page: { type: 'text/plain; charset=utf-8', body: `Plain text.\n\n${'A sentence of ordinary text. '.repeat(60)}` }, heading: NO_ARTICLE },
  { name: 'image-only', page: { type: 'text/html', body: html('<img src="/a.jpg" alt=""><img src="/b.jpg" alt="">') }, heading: NO_ARTICLE },
  { name: 'frameset', page: { type: 'text/html', body: '<!doctype html><html><head><title>F</title></head><frameset cols="50%,50%"><frame src="/a.css"><frame src="/b.css"></frameset></html>' }, heading: NO_ARTICLE },
  { name: 'no-head', page: { type: 'text/html', body: `<body><article><h1>Headless</h1>${prose}${prose}</article></body>` }, heading: 'Headless' },
  { name: 'xhtml', page: { type: 'application/xhtml+xml', body: `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Served as XML</title></head><body><article><h1>Served as XML</h1>${prose}${prose}</article></body></html>` }, heading: 'Served as XML' },
  { name: 'bad-json-ld', page: { type: 'text/html', body: html(`<article><h1>Broken metadata</h1>${prose}${prose}</article>`, `<meta charset="utf-8"><title>Broken metadata</title><script type="application/ld+json">${'{"a":'.repeat(200_000)}1</script>`) }, heading: 'Broken metadata' },
  { name: 'figures-1000', page: { type: 'text/html', body: html(`<article><h1>A thousand photos</h1>${prose}${'<figure><img src="/x.jpg" alt=""><figcaption>Caption (Photo: A)</figcaption></figure>'.repeat(1000)}${prose}</article>`, '<meta charset="utf-8"><title>A thousand photos</title>') }, heading: 'A thousand photos' },
  { name: 'deep', page: { type: 'text/html', body: DEEP_PAGE }, heading: 'Deep nesting' },
  { name: 'big', page: { type: 'text/html', body: BIG_PAGE }, heading: 'A very long page' },
  { name: 'too-many-elements', page: { type: 'text/html', body: html(`<article><h1>Too big</h1>${'<i>x</i> '.repeat(160_000)}</article>`) }, heading: 'This page is too large for reader view.' },
];

export function extremePages(): Map<string, Served> {
  const page = (body: string): Served => ({ type: 'text/html; charset=utf-8', body });
  return new Map<string, Served>([['long-read', page(longRead())], ['slow-photos', page(slowPhotos())], ...BAD_PAGES.map((p) => [p.name, p.page] as [string, Served])]);
}
