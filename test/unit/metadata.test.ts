import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPageMeta, cleanTitle, parseVisibleDate, plausibleDate } from '../../src/core/metadata.js';
import { cleanAuthorName, authorKind, splitNames } from '../../src/core/authors.js';
import { declaredSize, splitCredit } from '../../src/core/figures.js';
import { parse } from './fixtures.js';

const URL_ = 'https://news.example.org/2024/story';
const page = (head: string, body = '') => parse(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, URL_);

describe('readPageMeta', () => {
  it('skips malformed JSON-LD and still reads the next block', () => {
    const meta = readPageMeta(
      page(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Second block","author":{"@type":"Person","name":"Ada Obi"}}</script>`),
      URL_,
    );
    assert.deepEqual(meta.title, { value: 'Second block', source: 'json-ld' });
    assert.deepEqual(meta.authors, { value: [{ name: 'Ada Obi', kind: 'person' }], source: 'json-ld' });
  });

  it('resolves @graph references for authors and publisher, keeping their order', () => {
    const meta = readPageMeta(
      page(`<script type="application/ld+json">{"@graph":[
        {"@type":"Person","@id":"#b","name":"Bo Chen"},{"@type":"Person","@id":"#a","name":"Al Diaz","url":"https://x.org/al"},
        {"@type":"Organization","@id":"#org","name":"Example News"},
        {"@type":["Article","NewsArticle"],"headline":"H","author":[{"@id":"#a"},{"@id":"#b"}],"publisher":{"@id":"#org"}}]}</script>`),
      URL_,
    );
    assert.deepEqual(meta.authors?.value, [
      { name: 'Al Diaz', kind: 'person', url: 'https://x.org/al' },
      { name: 'Bo Chen', kind: 'person' },
    ]);
    assert.deepEqual(meta.siteName, { value: 'Example News', source: 'json-ld' });
  });

  it('prefers JSON-LD, then OpenGraph, then meta, and says which it used', () => {
    const meta = readPageMeta(page(`<meta property="og:title" content="OG title"><meta name="description" content="Meta description">`), URL_);
    assert.deepEqual(meta.title, { value: 'OG title', source: 'opengraph' });
    assert.deepEqual(meta.description, { value: 'Meta description', source: 'meta' });
  });

  it('reads Highwire citation_* and Dublin Core', () => {
    const meta = readPageMeta(
      page(`<meta name="citation_title" content="A paper"><meta name="citation_author" content="Kim, Lee"><meta name="citation_publication_date" content="2021/06/30"><meta name="DC.publisher" content="Journal of Tests">`),
      URL_,
    );
    assert.equal(meta.title?.value, 'A paper');
    assert.equal(meta.published?.value, '2021-06-30');
    assert.equal(meta.siteName?.value, 'Journal of Tests');
  });

  it('finds authors in RDFa, rel=author and a visible By line', () => {
    assert.deepEqual(readPageMeta(page('', '<article><span typeof="schema:Person" property="schema:name">Rae Kim</span><p>x</p></article>'), URL_).authors?.value, [{ name: 'Rae Kim', kind: 'person' }]);
    assert.deepEqual(readPageMeta(page('', '<article><p class="by">By Sam Hill and Jo Park</p></article>'), URL_).authors?.value, [
      { name: 'Sam Hill', kind: 'person' },
      { name: 'Jo Park', kind: 'person' },
    ]);
  });

  it('rejects dates in the future or before the web', () => {
    const meta = readPageMeta(page(`<meta property="article:published_time" content="2999-01-01T00:00:00Z"><meta name="date" content="1987-05-05">`, '<time datetime="2020-02-02T10:00:00+05:30">x</time>'), URL_);
    assert.deepEqual(meta.published, { value: '2020-02-02T10:00:00+05:30', source: 'dom' });
  });
});

describe('authors', () => {
  it('cleans bylines: By, roles, e-mail addresses, handles', () => {
    assert.equal(cleanAuthorName('By Julia Conley, staff writer'), 'Julia Conley');
    assert.equal(cleanAuthorName('Maria Lopez — Senior Reporter'), 'Maria Lopez');
    assert.equal(cleanAuthorName('Ana Ruiz (@anaruiz) ana.ruiz@example.org'), 'Ana Ruiz');
    assert.equal(cleanAuthorName('https://example.org/author/x'), '');
  });
  it('knows groups from people', () => {
    assert.equal(authorKind('Common Dreams staff'), 'organisation');
    assert.equal(authorKind('Common Dreams staff', 'Person'), 'organisation');
    assert.equal(authorKind('Associated Press'), 'organisation');
    assert.equal(authorKind('Julia Conley'), 'person');
  });
  it('splits several names', () => {
    assert.deepEqual(splitNames('By A. Smith, B. Jones and C. Wu'), ['A. Smith', 'B. Jones', 'C. Wu']);
    assert.deepEqual(splitNames('Por Ana Ruiz y Luis Mora'), ['Ana Ruiz', 'Luis Mora']);
  });
});

describe('dates', () => {
  it('keeps ISO dates with their offset', () => assert.equal(plausibleDate('2017-08-04T13:14:52-04:00'), '2017-08-04T13:14:52-04:00'));
  it('rejects non-ISO text', () => assert.equal(plausibleDate('last Tuesday'), undefined));
  it('reads visible dates in US and European order', () => {
    assert.equal(parseVisibleDate('Saturday, December 21, 2019'), '2019-12-21');
    assert.equal(parseVisibleDate('4 Aug. 2017'), '2017-08-04');
    assert.equal(parseVisibleDate('Posted on 4 Aug 2017'), '2017-08-04');
  });
});

describe('titles', () => {
  it('drops the site name the <title> carries', () => {
    const doc = page('', '<h1>Storm floods coastal towns</h1>');
    assert.equal(cleanTitle('Storm floods coastal towns - Wikinews, the free news source', 'Wikinews', doc), 'Storm floods coastal towns');
    assert.equal(cleanTitle('Radio repair – Valve & Solder', 'Valve & Solder', page('')), 'Radio repair');
    assert.equal(cleanTitle('Q&A: what next?', 'Example', page('')), 'Q&A: what next?');
  });
});

describe('splitCredit', () => {
  const cases: [string, string, string][] = [
    ['The DOJ has threatened to withhold funds. (Photo: John Moore/Getty)', 'The DOJ has threatened to withhold funds.', 'John Moore/Getty'],
    ['Drivers queue at the rank. Photo: Ashraf Hendricks', 'Drivers queue at the rank.', 'Ashraf Hendricks'],
    ['The back of the set. Photo by Sam Okafor', 'The back of the set.', 'Sam Okafor'],
    ['Garage to be demolished. (Photo by Ken Osei/The Daily Ledger)', 'Garage to be demolished.', 'Ken Osei/The Daily Ledger'],
    ['أشجار زيتون قرب صفاقس. (تصوير: كريم الهادي)', 'أشجار زيتون قرب صفاقس.', 'كريم الهادي'],
    ['A caption with no credit.', 'A caption with no credit.', ''],
  ];
  for (const [raw, caption, credit] of cases) it(raw, () => assert.deepEqual(splitCredit(raw), { caption, credit }));
});

describe('declaredSize', () => {
  const cases: [string, Record<string, number>][] = [
    ['width="1200" height="800"', { width: 1200, height: 800 }],
    ['width=" 640px " height="427px"', { width: 640, height: 427 }],
    ['width="100%" height="auto"', {}],
    ['width="1200"', {}],
    ['width="1" height="1"', {}],
    ['width="0" height="0"', {}],
    ['width="1e3" height="800"', {}],
    ['width="99999" height="800"', {}],
  ];
  for (const [attrs, size] of cases) {
    it(attrs, () => assert.deepEqual(declaredSize(parse(`<img src="/a.jpg" ${attrs}>`, 'https://example.org/').querySelector('img')!), size));
  }
});
