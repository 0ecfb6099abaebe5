import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { embedCards } from '../../src/core/embeds.js';
import { extractArticle } from '../../src/core/extract.js';
import { parse } from './fixtures.js';

const cards = (html: string) => {
  const root = parse(`<body><div>${html}</div></body>`, 'https://example.org/story').querySelector('div')!;
  const made = embedCards(root, 'https://example.org/story');
  return { made, html: root.innerHTML };
};

describe('embedded players become cards (issue 14)', () => {
  it('link to the item, named by its title and its provider', () => {
    assert.deepEqual(cards('<iframe src="https://www.youtube-nocookie.com/embed/Jq3mNs8tRkE?rel=0" title="Forth Bridge light show"></iframe>'), {
      made: 1,
      html: '<p>▶ <a href="https://www.youtube.com/watch?v=Jq3mNs8tRkE">Forth Bridge light show</a> (YouTube)</p>',
    });
    assert.equal(cards('<p>Watch: <iframe src="https://player.vimeo.com/video/824804225?badge=0"></iframe></p>').html, '<p>Watch: <span>▶ <a href="https://vimeo.com/824804225">Vimeo</a></span></p>');
    assert.equal(cards('<iframe src="//media.example.net/player/7" title="Harbour tour"></iframe>').html, '<p>▶ <a href="https://media.example.net/player/7">Harbour tour</a> (example)</p>');
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
