import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/core/index.js';
import type { LeadImage } from '../../src/core/types.js';
import { parse } from './fixtures.js';

const URL_ = 'https://news.example.org/city/harbour-bridge-approved';
const TITLE = 'Council approves the new harbour bridge after a decade of delays';
const CDN = 'https://cdn.example.org/photos/2025/03';

const BODY = `<div class="body">
  <p>The city council voted nine to two on Tuesday night to approve the harbour bridge, ending more than ten years of studies, public hearings and legal challenges over the crossing's route and its cost.</p>
  <p>Construction is expected to start next spring and to take about four years, according to the engineering firm that won the contract in a tender last autumn.</p>
  <p>Residents of the harbour district, who had opposed an earlier design, said they were satisfied with the changes made to the approach roads and the new cycle lanes.</p>
</div>`;

/** A small article page: `head` in <head>, `lead` between the byline and the body, `after` after the body. */
function leadImageOf(head: string, lead: string, after = ''): LeadImage | null {
  const doc = parse(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>${head}</head><body>
    <header role="banner"><a href="/"><img src="https://news.example.org/static/logo.png" alt="Example News logo" width="180" height="40"></a></header>
    <article>
      <h1>${TITLE}</h1>
      <p class="byline"><img class="avatar" src="${CDN}/ann-lee.jpg" alt="Ann Lee" width="48" height="48"> By Ann Lee</p>
      ${lead}
      ${BODY}
      ${after}
    </article></body></html>`, URL_);
  const article = extractArticle(doc, URL_);
  assert.ok(article, 'an article');
  return article.leadImage;
}

const og = (src: string) => `<meta property="og:image" content="${src}">`;

describe('findLeadImage (through extractArticle)', () => {
  it('matches <picture> sources with data-srcset to og:image across sizes and formats', () => {
    const lead = `<figure class="lead">
      <picture>
        <source type="image/webp" data-srcset="${CDN}/a8d3e1c9-bridge_480x270.webp 480w, ${CDN}/a8d3e1c9-bridge_960x540.webp 960w">
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The harbour at dusk" width="960" height="540">
      </picture>
      <figcaption>The harbour at dusk, where the bridge will land. Photo: Cy Dunn</figcaption>
    </figure>`;
    assert.deepEqual(leadImageOf(og(`${CDN}/a8d3e1c9-bridge_1200x675.jpg`), lead), {
      src: `${CDN}/a8d3e1c9-bridge_480x270.webp`,
      alt: 'The harbour at dusk',
      caption: 'The harbour at dusk, where the bridge will land.',
      credit: 'Cy Dunn',
      width: 960,
      height: 540,
    });
  });

  it('prefers the declared photo to an earlier undeclared one', () => {
    const lead = `<figure><img src="${CDN}/map-of-the-route-7731.png" alt="Map" width="800" height="600"><figcaption>The planned route.</figcaption></figure>`;
    const after = `<figure><img src="${CDN}/bridge-render-550021_800x450.jpg" alt="A drawing of the bridge" width="800" height="450"><figcaption>An architect's drawing of the bridge. (Photo: Harbour Authority/Supplied)</figcaption></figure>`;
    assert.deepEqual(leadImageOf(og(`${CDN}/bridge-render-550021_1600x900.jpg`), lead, after), {
      src: `${CDN}/bridge-render-550021_800x450.jpg`,
      alt: 'A drawing of the bridge',
      caption: "An architect's drawing of the bridge.",
      credit: 'Harbour Authority/Supplied',
      width: 800,
      height: 450,
    });
  });

  it('reads the caption beside a photo that has no figure', () => {
    const lead = `<div class="image-wrap"><img src="${CDN}/council-vote.jpg" alt="Councillors vote" width="1024" height="576"><span class="img-info">Councillors raise their hands in Tuesday's vote. Foto: Jan Ott</span></div>`;
    assert.deepEqual(leadImageOf('', lead), {
      src: `${CDN}/council-vote.jpg`,
      alt: 'Councillors vote',
      caption: "Councillors raise their hands in Tuesday's vote.",
      credit: 'Jan Ott',
      width: 1024,
      height: 576,
    });
  });

  it('never takes an avatar, a logo or an 88x31 licence badge for the lead', () => {
    const after = `<div class="author-box"><img class="author-photo" src="${CDN}/ann-lee-portrait.jpg" alt="Ann Lee" width="96" height="96"><p>Ann Lee covers the city.</p></div>
      <p class="licence"><a rel="license" href="https://creativecommons.org/licenses/by/4.0/"><img src="https://i.creativecommons.org/l/by/4.0/88x31.png" alt="Creative Commons License"></a> This work is licensed under CC BY 4.0.</p>`;
    const lead = `<div class="share"><img src="${CDN}/icons/share-icon.svg" alt="share"></div>`;
    assert.equal(leadImageOf('', lead, after), null);
  });

  it('skips a small image with a caption-like line beside it', () => {
    const lead = `<div class="mini"><img src="${CDN}/thumb-40x40.jpg" alt=""><span class="caption">Read the council's report on the bridge.</span></div>`;
    assert.equal(leadImageOf('', lead), null);
  });

  it('falls back to the declared image alone when the page does not show it', () => {
    assert.deepEqual(leadImageOf(og(`${CDN}/social-card-9911.jpg`), ''), { src: `${CDN}/social-card-9911.jpg`, alt: '', caption: '', credit: '' });
  });

  it("takes the declared image's caption and credit from JSON-LD when the page shows none", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${TITLE}",
      "image":{"@type":"ImageObject","url":"${CDN}/harbour-wide-663301.jpg","caption":"The harbour from the north shore.","creditText":"Photo: Bo Chen/Example News"}}</script>`;
    const lead = `<img src="${CDN}/harbour-wide-663301.jpg" alt="The harbour" width="1200" height="675">`;
    assert.deepEqual(leadImageOf(ld, lead), {
      src: `${CDN}/harbour-wide-663301.jpg`,
      alt: 'The harbour',
      caption: 'The harbour from the north shore.',
      credit: 'Bo Chen/Example News',
      width: 1200,
      height: 675,
    });
  });

  it('leaves out of the caption the credit it repeats with its rights label, and a caption that is only that', () => {
    const ld = (caption: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${TITLE}",
      "image":{"@type":"ImageObject","url":"${CDN}/harbour-wide-663301.jpg","caption":"${caption}","creditText":"Tous droits réservés Bo Chen"}}</script>`;
    const lead = `<img src="${CDN}/harbour-wide-663301.jpg" alt="" width="1200" height="675">`;
    const base = { src: `${CDN}/harbour-wide-663301.jpg`, alt: '', credit: 'Bo Chen', width: 1200, height: 675 };
    assert.deepEqual(leadImageOf(ld('The harbour from the north shore - Tous droits réservés Bo Chen'), lead), { ...base, caption: 'The harbour from the north shore' });
    assert.deepEqual(leadImageOf(ld('Tous droits réservés Bo Chen'), lead), { ...base, caption: '' });
  });
});
