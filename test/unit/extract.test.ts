import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/core/index.js';
import { fixtures, parse } from './fixtures.js';

const FIELDS = ['url', 'title', 'standfirst', 'byline', 'authors', 'siteName', 'published', 'modified', 'lang', 'dir', 'leadImage', 'wordCount'] as const;

for (const { slug, html, expected } of fixtures()) {
  describe(`extractArticle: ${slug}`, () => {
    const doc = parse(html, expected.pageUrl);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, expected.pageUrl);

    it('leaves the page untouched', () => {
      assert.equal(doc.documentElement.outerHTML, before);
    });

    if (expected['article'] === null) {
      it('finds no article', () => assert.equal(article, null));
      return;
    }

    it('finds an article', () => assert.ok(article));
    if (!article) return;

    for (const field of FIELDS) {
      if (field in expected) it(`has the exact ${field}`, () => assert.deepEqual(article[field], expected[field]));
    }

    if ('licence' in expected) {
      it('has the exact licence', () => {
        const { licence, confidence, conflict, notice, copyright, allRightsReserved, syndicated } = article.licence;
        assert.deepEqual(
          {
            id: licence?.id ?? null,
            shortName: licence?.shortName ?? null,
            name: licence?.name ?? null,
            url: licence?.url ?? null,
            confidence,
            conflict: conflict?.id ?? null,
            notice,
            copyright,
            allRightsReserved,
            syndicated,
          },
          expected['licence'],
        );
      });
    }

    const body = parse(`<body>${article.contentHtml}</body>`, expected.pageUrl).body;
    const paragraphs = Array.from(body.querySelectorAll('p')).map((p) => p.textContent.replace(/\s+/g, ' ').trim());

    it('keeps the body paragraphs, first to last', () => {
      if ('paragraphs' in expected) assert.equal(paragraphs.length, expected['paragraphs']);
      assert.equal(paragraphs[0], expected['firstParagraph']);
      assert.equal(paragraphs.at(-1), expected['lastParagraph']);
    });

    if ('figcaptions' in expected) {
      it('keeps inline figures with their captions', () => {
        assert.deepEqual(Array.from(body.querySelectorAll('figure figcaption')).map((f) => f.textContent.replace(/\s+/g, ' ').trim()), expected['figcaptions']);
      });
    }

    it('has no page furniture in the body', () => {
      for (const text of (expected['absent'] as string[] | undefined) ?? []) {
        assert.ok(!article.text.includes(text), `text contains ${JSON.stringify(text)}`);
        assert.ok(!body.textContent.includes(text), `html contains ${JSON.stringify(text)}`);
      }
    });

    it('keeps no presentational or tracking attributes', () => {
      assert.equal(body.querySelectorAll('[class], [id], [style], [onclick], script, style, form').length, 0);
    });
  });
}
