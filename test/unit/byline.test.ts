import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headerByline, headlineElement } from '../../src/core/byline.js';
import { isSiteOrDesk, splitNames, structuredNames } from '../../src/core/authors.js';
import type { Author } from '../../src/core/types.js';
import { parse } from './fixtures.js';

const BASE = 'https://news.example.org/2025/03/story';
const TITLE = 'Council approves the new harbour bridge after a decade of delays';

/** Two paragraphs of running text: the body that closes the header region. */
const BODY = `
  <div class="body">
    <p>The city council voted nine to two on Tuesday night to approve the harbour bridge, ending more than ten years of studies, public hearings and legal challenges over the crossing's route and its cost.</p>
    <p>Construction is expected to start next spring and to take about four years, according to the engineering firm that won the contract in a tender last autumn.</p>
    <p>Residents of the harbour district, who had opposed an earlier design, said they were satisfied with the changes made to the approach roads.</p>
  </div>`;

/** An article page: the header markup between the headline and the body, and anything after the body. */
function page(header: string, after = ''): Document {
  return parse(`<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
    <nav><a href="/">Example News</a> <a href="/city">City</a></nav>
    <article><h1>${TITLE}</h1>${header}${BODY}${after}</article>
    </body></html>`, BASE);
}

function byline(doc: Document): Author[] {
  return headerByline(doc, headlineElement(doc, TITLE), BASE);
}

describe('headerByline', () => {
  const cases: { name: string; header: string; after?: string; expected: Author[] }[] = [
    {
      name: 'one author link in the header',
      header: '<div class="meta"><span class="author"><a href="/author/ann-lee">Ann Lee</a></span> <time datetime="2025-03-04">4 March 2025</time></div>',
      expected: [{ name: 'Ann Lee', kind: 'person', url: 'https://news.example.org/author/ann-lee' }],
    },
    {
      name: 'sibling itemprop=author spans, in page order',
      header: '<p class="meta">By <span itemprop="author">Ann Lee</span> and <span itemprop="author">Bo Chen</span></p>',
      expected: [
        { name: 'Ann Lee', kind: 'person' },
        { name: 'Bo Chen', kind: 'person' },
      ],
    },
    {
      name: 'author-page links, without the follow link beside them',
      header: '<div class="meta"><a href="/autoren/anna-berg/">Anna Berg</a>, <a href="/autoren/jan-ott/">Jan Ott</a> · <a href="https://twitter.com/example">Twitter</a></div>',
      expected: [
        { name: 'Anna Berg', kind: 'person', url: 'https://news.example.org/autoren/anna-berg/' },
        { name: 'Jan Ott', kind: 'person', url: 'https://news.example.org/autoren/jan-ott/' },
      ],
    },
    {
      name: 'leaf names in a byline of parts, without the "von" label and the date',
      header: '<div class="article-byline"><span class="label">von</span> <span>Katrin Hofmeister</span> <span>04.03.2025</span></div>',
      expected: [{ name: 'Katrin Hofmeister', kind: 'person' }],
    },
    {
      name: 'a plain "By A and B" line without byline markup',
      header: '<p>By Ann Lee and Bo Chen</p>',
      expected: [
        { name: 'Ann Lee', kind: 'person' },
        { name: 'Bo Chen', kind: 'person' },
      ],
    },
    {
      name: "a teaser in the header region is another article's",
      header: `<div class="meta"><span class="author"><a href="/author/ann-lee">Ann Lee</a></span></div>
        <div class="also-read"><a href="/2025/02/ferry-timetable-cut-for-winter">Ferry timetable cut for the winter months</a> <span class="author"><a href="/author/cy-dunn">Cy Dunn</a></span></div>`,
      expected: [{ name: 'Ann Lee', kind: 'person', url: 'https://news.example.org/author/ann-lee' }],
    },
    {
      name: 'only a teaser in the header region: no byline',
      header: '<div class="also-read"><a href="/2025/02/ferry-timetable-cut-for-winter">Ferry timetable cut for the winter months</a> <span class="author"><a href="/author/cy-dunn">Cy Dunn</a></span></div>',
      expected: [],
    },
    {
      name: 'teasers after the body are never read',
      header: '',
      after: `<section class="related"><h2>Related</h2><ul>
        <li><a href="/2025/02/school-roll-falls">School roll falls below twenty</a> <span class="author"><a href="/author/cy-dunn">Cy Dunn</a></span></li>
        <li><a href="/2025/01/new-doctor-found">New doctor found for the island surgery</a> <span class="author"><a href="/author/di-eze">Di Eze</a></span></li>
      </ul></section>`,
      expected: [],
    },
    {
      name: 'nothing from an aside in the header region',
      header: '<aside class="sidebar"><span class="author"><a href="/author/cy-dunn">Cy Dunn</a></span></aside>',
      expected: [],
    },
    {
      name: 'no plain "By" line from an aside in the header region',
      header: '<aside class="box"><p>By Cy Dunn</p></aside>',
      expected: [],
    },
    {
      name: 'nothing from a footer in the header region',
      header: '<footer class="card"><p class="byline">By Cy Dunn</p></footer>',
      expected: [],
    },
  ];

  for (const { name, header, after, expected } of cases) {
    it(name, () => assert.deepEqual(byline(page(header, after)), expected));
  }

  it('returns [] without a headline or an article', () => {
    const doc = parse('<!doctype html><html><body><p class="byline">By Ann Lee</p></body></html>', BASE);
    assert.deepEqual(headerByline(doc, null, BASE), []);
  });
});

describe('headlineElement', () => {
  it('prefers the h1 that matches the title inside the article', () => {
    const doc = parse(`<!doctype html><html><body><h1>Example News</h1><article><h1>${TITLE}</h1></article></body></html>`, BASE);
    assert.equal(headlineElement(doc, TITLE)?.textContent, TITLE);
  });

  it('falls back to the article h1 when no heading matches the title', () => {
    const doc = parse('<!doctype html><html><body><h1>Example News</h1><article><h1>Another headline here</h1></article></body></html>', BASE);
    assert.equal(headlineElement(doc, 'Unrelated title')?.textContent, 'Another headline here');
  });
});

describe('splitNames', () => {
  const cases: [string, string[]][] = [
    ['Kari Nordmann og Ola Hansen', ['Kari Nordmann', 'Ola Hansen']],
    ['Anna Svensson och Erik Lind', ['Anna Svensson', 'Erik Lind']],
    ['Anna Berg und Jan Ott', ['Anna Berg', 'Jan Ott']],
    ['Marie Dubois et Paul Martin', ['Marie Dubois', 'Paul Martin']],
    ['Ana García y Luis Pérez', ['Ana García', 'Luis Pérez']],
    ['Maria Rossi e Paolo Bianchi', ['Maria Rossi', 'Paolo Bianchi']],
    ['By Ann Lee, Bo Chen & Cy Dunn', ['Ann Lee', 'Bo Chen', 'Cy Dunn']],
    ['Ann Lee; Bo Chen', ['Ann Lee', 'Bo Chen']],
    ['Jane Doe, staff writer', ['Jane Doe']],
    ['Von Anna Berg, Redakteurin', ['Anna Berg']],
  ];
  for (const [raw, names] of cases) it(JSON.stringify(raw), () => assert.deepEqual(splitNames(raw), names));
});

describe('structuredNames', () => {
  const cases: [string, string[]][] = [
    ['Jane Doe', ['Jane Doe']],
    // An inverted name is one person: only one part has two words.
    ['Smith, John', ['Smith, John']],
    ['Doe, Jane (jd)', ['Doe, Jane']],
    // A whole byline in one Person's name.
    ['Anna Berg und Jan Ott, dpa', ['Anna Berg', 'Jan Ott', 'dpa']],
    ['Erik Lind och Anna Svensson', ['Erik Lind', 'Anna Svensson']],
  ];
  for (const [raw, names] of cases) it(JSON.stringify(raw), () => assert.deepEqual(structuredNames(raw), names));
});

describe('isSiteOrDesk', () => {
  const cases: [name: string, sites: string[], url: string, expected: boolean][] = [
    ['Rheintal Anzeiger', ['Rheintal Anzeiger'], 'https://www.rheintal-anzeiger.de/lokales/a-100.html', true],
    ['Harbour Courier', ['The Harbour Courier'], 'https://www.harbourcourier.co.uk/news/a', true],
    ['LTO', [], 'https://www.lto.de/recht/a', true],
    ['ORF.at', [], 'https://orf.at/stories/3001/', true],
    ['Redaktion', [], 'https://www.example.de/a', true],
    ['Online-Redaktion', [], 'https://www.example.de/a', true],
    ['IN-Redaktion', [], 'https://www.example.de/a', true],
    ['Newsdesk', [], 'https://www.example.com/a', true],
    ['Agencies', [], 'https://www.example.com/a', true],
    ['Katrin Hofmeister', ['Rheintal Anzeiger'], 'https://www.rheintal-anzeiger.de/lokales/a-100.html', false],
    ['Anna Berg', ['Bergsträsser Zeitung'], 'https://www.bergstraesser.de/a', false],
    ['Lena Orf', [], 'https://orf.at/stories/3001/', false],
    ['Morag Lindsay', ['The Harbour Courier'], 'not a url', false],
  ];
  for (const [name, sites, url, expected] of cases) {
    it(`${name} on ${url}: ${expected}`, () => assert.equal(isSiteOrDesk(name, sites, url), expected));
  }
});
