import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { embedCards } from '../../src/core/embeds.js';
import { FRAME_ORIGINS, frameSrc } from '../../src/core/embed-frames.js';
import { extractArticle } from '../../src/core/extract.js';
import { JSDOM } from 'jsdom';
import { sanitizeArticleHtmlToString } from '../../src/reader/sanitize.js';
import { parse } from './fixtures.js';

const cards = (html: string) => {
  const root = parse(`<body><div>${html}</div></body>`, 'https://example.org/story').querySelector('div')!;
  const made = embedCards(root, 'https://example.org/story').length;
  return { made, html: root.innerHTML };
};

describe('embedded players become cards (issue 14)', () => {
  it('link to the item, named by its title and its provider', () => {
    assert.deepEqual(cards('<iframe src="https://www.youtube-nocookie.com/embed/Jq3mNs8tRkE?rel=0" title="Forth Bridge light show"></iframe>'), {
      made: 1,
      html: '<p data-embed-provider="youtube" data-embed-id="Jq3mNs8tRkE">▶ <a href="https://www.youtube.com/watch?v=Jq3mNs8tRkE">Forth Bridge light show</a> (YouTube)</p>',
    });
    assert.equal(cards('<p>Watch: <iframe src="https://player.vimeo.com/video/824804225?badge=0"></iframe></p>').html, '<p>Watch: <span data-embed-provider="vimeo" data-embed-id="824804225">▶ <a href="https://vimeo.com/824804225">Vimeo</a></span></p>');
    assert.equal(cards('<iframe src="//media.example.net/player/7" title="Harbour tour"></iframe>').html, '<p>▶ <a href="https://media.example.net/player/7">Harbour tour</a> (example)</p>');
  });

  it('carry a player to load only for the well-known players, with an id of the form each uses', () => {
    assert.equal(cards('<iframe src="https://www.youtube.com/embed/kT1oQeFxy6A?feature=oembed" title="Whetstones"></iframe>').html, '<p data-embed-provider="youtube" data-embed-id="kT1oQeFxy6A">▶ <a href="https://www.youtube.com/watch?v=kT1oQeFxy6A">Whetstones</a> (YouTube)</p>');
    // An id YouTube does not use still links to the item, but the view is given nothing to load.
    assert.equal(cards('<iframe src="https://www.youtube.com/embed/abcdefgh" title="Odd"></iframe>').html, '<p>▶ <a href="https://www.youtube.com/watch?v=abcdefgh">Odd</a> (YouTube)</p>');
    // Other providers, and a look-alike host: a card and its link only.
    assert.equal(cards('<iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1" title="Dawn chorus"></iframe>').html, '<p>▶ <a href="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1">Dawn chorus</a> (SoundCloud)</p>');
    assert.equal(cards('<iframe src="https://notyoutube.com/embed/kT1oQeFxy6A" title="Fake"></iframe>').html, '<p>▶ <a href="https://notyoutube.com/embed/kT1oQeFxy6A">Fake</a> (notyoutube)</p>');
  });

  it('the player address is made from the provider and the id alone, both checked', () => {
    assert.equal(frameSrc('youtube', 'kT1oQeFxy6A'), 'https://www.youtube-nocookie.com/embed/kT1oQeFxy6A');
    assert.equal(frameSrc('vimeo', '824804225'), 'https://player.vimeo.com/video/824804225');
    for (const [provider, id] of [['youtube', 'kT1oQeFxy6A?autoplay=1'], ['youtube', '../../evil'], ['youtube', 'kT1oQeFxy6'], ['vimeo', '824804225/x'], ['vimeo', ''], ['dailymotion', 'x8abc'], ['__proto__', '1'], ['toString', '1'], ['constructor', '1']]) {
      assert.equal(frameSrc(provider!, id!), null, `${provider} ${id}`);
    }
    assert.deepEqual(FRAME_ORIGINS, ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
  });

  it('keep their data through the cleaner; a page cannot set it on its own elements', () => {
    const html = `<html><head><title>Knife care</title></head><body><article><h1>Knife care</h1>${'<p>Sharpening a kitchen knife on a whetstone takes practice, patience and a steady angle, and most cooks learn it from a video before they try it at home.</p>'.repeat(3)}<iframe src="https://www.youtube.com/embed/kT1oQeFxy6A" title="Whetstone sharpening"></iframe><p data-embed-provider="youtube" data-embed-id="dQw4w9WgXcQ">The page's own paragraph, claiming to be a card, with enough words to stay in the article as prose.</p></article></body></html>`;
    const article = extractArticle(parse(html, 'https://example.org/knives'), 'https://example.org/knives')!;
    assert.deepEqual([...article.contentHtml.matchAll(/data-embed-[a-z]+="[^"]*"/g)].map((m) => m[0]), ['data-embed-provider="youtube"', 'data-embed-id="kT1oQeFxy6A"']);
  });

  it('keep their data inside a landmark of many children (made a <div> by copying, not unwrapped)', () => {
    const prose = Array.from({ length: 250 }, (_, i) => `<p>Paragraph ${i + 1} of the harbour survey, in which the divers describe the wreck they found under the old pier and what it tells of the town.</p>`).join('');
    const html = `<html><head><title>The harbour survey</title></head><body><article><h1>The harbour survey</h1>${prose}<iframe src="https://www.youtube.com/embed/kT1oQeFxy6A" title="The dive"></iframe>${prose}</article></body></html>`;
    const article = extractArticle(parse(html, 'https://example.org/harbour'), 'https://example.org/harbour')!;
    assert.doesNotMatch(article.contentHtml, /<article|<\/article>/);
    assert.deepEqual([...article.contentHtml.matchAll(/data-embed-[a-z]+="[^"]*"/g)].map((m) => m[0]), ['data-embed-provider="youtube"', 'data-embed-id="kT1oQeFxy6A"']);
  });

  it('the view\'s sanitiser lets the data through only as a pair it can make an address of, on a card', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const clean = (html: string) => sanitizeArticleHtmlToString(html, window as unknown as Window & typeof globalThis);
    assert.equal(clean('<p data-embed-provider="youtube" data-embed-id="kT1oQeFxy6A">▶ <a href="https://www.youtube.com/watch?v=kT1oQeFxy6A">W</a></p>'), '<p data-embed-provider="youtube" data-embed-id="kT1oQeFxy6A">▶ <a href="https://www.youtube.com/watch?v=kT1oQeFxy6A" target="_blank" rel="noopener noreferrer">W</a></p>');
    assert.equal(clean('<span data-embed-provider="vimeo" data-embed-id="824804225">v</span>'), '<span data-embed-provider="vimeo" data-embed-id="824804225">v</span>');
    assert.equal(clean('<p data-embed-provider="youtube" data-embed-id="x&quot; onload=&quot;1">a</p><p data-embed-provider="evil" data-embed-id="1">b</p><div data-embed-provider="vimeo" data-embed-id="1">c</div><p data-embed-id="1">d</p>'), '<p>a</p><p>b</p><div>c</div><p>d</p>');
  });

  it('are made only for web addresses', () => {
    assert.deepEqual(cards('<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<p>x</p>"></iframe>'), { made: 0, html: '<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<p>x</p>"></iframe>' });
  });

  it('a page that is a video and its caption opens, as its card', () => {
    const html = fs.readFileSync(path.join(import.meta.dirname, '..', 'fidelity', 'pages', 'embed-video-only.html'), 'utf8');
    const article = extractArticle(parse(html, 'https://example.org/v'), 'https://example.org/v');
    assert.ok(article?.contentHtml.includes('<a href="https://www.youtube.com/watch?v=Jq3mNs8tRkE">Forth Bridge 135th anniversary light show</a> (YouTube)'), article?.contentHtml);
  });
});
