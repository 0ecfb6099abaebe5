import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { citationItemOf, mergeHighlights, validateArticleNotes, validateHighlight, workOf, type ArticleNotes, type Highlight } from '../../src/core/notes/model.js';
import { fromWebAnnotations, mergeArticle, toWebAnnotations } from '../../src/core/notes/web-annotation.js';

const URL_ = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';
const WORK = { title: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts", names: [{ family: 'Conley', given: 'Julia' }], site: 'Common Dreams', published: '2017-08-04T13:14:52-04:00', accessed: '2025-03-10', url: URL_, lang: 'en', licenceUrl: 'https://creativecommons.org/licenses/by-nc-nd/3.0/', notice: 'Our work is licensed under Creative Commons (CC BY-NC-ND 3.0).', copyright: null, allRightsReserved: false };
const H1: Highlight = { id: '0b7d3c1e-1111-4f00-8000-000000000001', colour: 'green', note: 'Funding as leverage.', created: '2025-03-10T10:00:00.000Z', modified: '2025-03-10T10:05:00.000Z', quote: { exact: 'less safe', prefix: 'make all of us ', suffix: ',” said Sessions' }, position: { start: 700, end: 709 } };
const H2: Highlight = { ...H1, id: '0b7d3c1e-1111-4f00-8000-000000000002', colour: 'yellow', note: '', quote: { exact: 'bullying tactics', prefix: 'harsh and the"', suffix: '" to force cities' }, position: { start: 90, end: 106 } };
const ARTICLE: ArticleNotes = { url: URL_, work: WORK, highlights: [H2, H1] };

describe('stored notes are validated', () => {
  it('keeps a valid record as it is', () => {
    assert.deepEqual(validateArticleNotes(structuredClone(ARTICLE)), ARTICLE);
  });

  it('falls back safely on corrupt or hostile input', () => {
    for (const raw of [null, 42, 'x', [], {}, { url: 'javascript:alert(1)', work: WORK, highlights: [] }, { url: URL_, work: { ...WORK, accessed: 'yesterday' } }]) {
      assert.equal(validateArticleNotes(raw), null, JSON.stringify(raw));
    }
  });

  it('drops invalid highlights one by one and puts the rest in reading order', () => {
    const got = validateArticleNotes({
      ...ARTICLE,
      highlights: [H1, { ...H2, id: '../x' }, { ...H2, quote: { exact: '' } }, { ...H2, position: { start: 5, end: 2 } }, { ...H2, created: 'soon' }, { ...H2, note: 7 }, 'junk', H2],
    })!;
    assert.deepEqual(got.highlights, [H2, H1]);
  });

  it('gives an unknown colour the default and a licence URL that is not one no licence', () => {
    assert.equal(validateHighlight({ ...H1, colour: 'red' })!.colour, 'yellow');
    assert.equal(validateArticleNotes({ ...ARTICLE, work: { ...WORK, licenceUrl: 'https://evil.example/' } })!.work.licenceUrl, null);
  });

  it('merges by id, the last modified winning, without duplicates', () => {
    const edited = { ...H1, note: 'Edited.', modified: '2025-03-11T08:00:00.000Z' };
    assert.deepEqual(mergeHighlights([H1, H2], [edited, H2]), [H2, edited]);
    assert.deepEqual(mergeHighlights([edited], [H1]), [edited]);
  });

  it('rebuilds the citation item, licence included, from the stored work', () => {
    const item = citationItemOf(WORK);
    assert.equal(item.licence!.shortName, 'CC BY-NC-ND 3.0');
    assert.deepEqual(workOf(item), WORK);
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  const exported = toWebAnnotations([ARTICLE]);

  it('exports an AnnotationCollection with quote and position selectors', () => {
    const first = exported['first'] as { items: Record<string, unknown>[] };
    assert.equal(exported['type'], 'AnnotationCollection');
    assert.equal(exported['total'], 2);
    assert.deepEqual(first.items[1], {
      id: 'urn:uuid:0b7d3c1e-1111-4f00-8000-000000000001',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-03-10T10:00:00.000Z',
      modified: '2025-03-10T10:05:00.000Z',
      'readcite:colour': 'green',
      body: { type: 'TextualBody', value: 'Funding as leverage.', format: 'text/plain', purpose: 'commenting' },
      target: {
        source: URL_,
        selector: [
          { type: 'TextQuoteSelector', exact: 'less safe', prefix: 'make all of us ', suffix: ',” said Sessions' },
          { type: 'TextPositionSelector', start: 700, end: 709 },
        ],
      },
    });
    assert.equal((first.items[0] as { motivation: string }).motivation, 'highlighting');
  });

  it('imports its own export back unchanged, through JSON', () => {
    assert.deepEqual(fromWebAnnotations(JSON.parse(JSON.stringify(exported))), { articles: [ARTICLE], skipped: 0 });
  });

  it('merges an import into what is stored with no duplicates', () => {
    const { articles } = fromWebAnnotations(JSON.parse(JSON.stringify(exported)));
    const twice = mergeArticle(mergeArticle(ARTICLE, articles[0]!), articles[0]!);
    assert.deepEqual(twice, ARTICLE);
  });

  it('reads a plain W3C annotation of another tool and skips what is not one', () => {
    const other = [
      { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://hypothes.is/a/Abc123', type: 'Annotation', created: '2024-01-02T03:04:05Z', body: [{ type: 'TextualBody', value: 'A note' }], target: { source: 'https://example.org/story', selector: [{ type: 'TextQuoteSelector', exact: 'a passage' }] } },
      { type: 'Annotation', target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } }, created: '2024-01-02T03:04:05Z', id: 'x' },
      { type: 'Note' },
    ];
    const { articles, skipped } = fromWebAnnotations(other);
    assert.equal(skipped, 2);
    assert.deepEqual(articles, [
      {
        url: 'https://example.org/story',
        work: { title: 'https://example.org/story', names: [], site: 'example.org', published: null, accessed: '2024-01-02', url: 'https://example.org/story', lang: '', licenceUrl: null, notice: null, copyright: null, allRightsReserved: false },
        highlights: [{ id: 'Abc123', colour: 'yellow', note: 'A note', created: '2024-01-02T03:04:05Z', modified: '2024-01-02T03:04:05Z', quote: { exact: 'a passage', prefix: '', suffix: '' }, position: { start: 0, end: 0 } }],
      },
    ]);
  });

  it('never throws on garbage', () => {
    for (const raw of [null, 1, 'x', [null], { first: { items: [1, { type: 'Annotation' }] } }, { type: 'Annotation', target: [] }]) {
      assert.equal(fromWebAnnotations(raw).articles.length, 0);
    }
  });
});
