import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readability } from '@mozilla/readability';
import { addMissingChunks } from '../../src/core/chunks.js';
import { newExplanation } from '../../src/core/explain.js';
import { parse } from './fixtures.js';

const sentence = (i: number) =>
  `Paragraph ${i} of the story says what the council decided on Tuesday evening and why the ferry matters to the people who use it every day.`;
const chunk = (from: number, to: number, p = '<p class="body-text">') =>
  `<div class="row"><div class="item"><div class="body-wrapper">${Array.from({ length: to - from }, (_, i) => `${p}${sentence(from + i)}</p>`).join('')}</div></div></div>`;

/** Readability's content for the page (a copy), then the chunks added to it. */
function run(html: string) {
  const doc = parse(html, 'https://news.example/story');
  const content = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (n) => n as Element }).parse()!.content!;
  const notes = newExplanation();
  const added = addMissingChunks(doc, content, notes.blocks);
  const paragraphs = Array.from(content.querySelectorAll('p')).map((p) => /Paragraph (\d+)/.exec(p.textContent)?.[1]);
  return { added, paragraphs, notes };
}

describe('addMissingChunks', () => {
  it('adds the chunks an ad split off, in page order', () => {
    const { added, paragraphs, notes } = run(
      `<article><h1>Ferry saved</h1><div class="chunks">${chunk(0, 2)}<div class="ad">Advertisement</div>${chunk(2, 7)}<div class="ad">Advertisement</div>${chunk(7, 9)}</div></article>`,
    );
    assert.equal(added, 2);
    assert.deepEqual(paragraphs, ['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    assert.deepEqual(
      notes.blocks.map((b) => [b.action, b.tag, b.rule]),
      [
        ['added', 'div', "chunk: paragraphs in the article's markup (P.body-text<DIV.body-wrapper<DIV.item)"],
        ['added', 'div', "chunk: paragraphs in the article's markup (P.body-text<DIV.body-wrapper<DIV.item)"],
      ],
    );
  });

  it('leaves other stories alone: their <article>s repeat the markup', () => {
    const { added } = run(
      `<main><article><h1>Ferry saved</h1>${chunk(0, 6)}</article><section><article>${chunk(10, 12)}</article><article>${chunk(12, 14)}</article></section></main>`,
    );
    assert.equal(added, 0);
  });

  it('leaves markup without classes alone: every page has it', () => {
    const { added } = run(`<div><div>${chunk(0, 6, '<p>').replace(/ class="[^"]*"/g, '')}</div><div class="ad">Ad</div><div>${chunk(6, 9, '<p>').replace(/ class="[^"]*"/g, '')}</div></div>`);
    assert.equal(added, 0);
  });

  it('leaves lists of links alone, even in the same markup', () => {
    const links = `<div class="row"><div class="item"><div class="body-wrapper">${[20, 21, 22].map((i) => `<p class="body-text"><a href="/s${i}">${sentence(i)}</a></p>`).join('')}</div></div></div>`;
    const { added, paragraphs } = run(`<main><h1>Ferry saved</h1><div class="chunks">${chunk(0, 6)}${links}</div></main>`);
    assert.equal(added, 0);
    assert.deepEqual(paragraphs, ['0', '1', '2', '3', '4', '5']);
  });
});
