import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/core/extract.js';
import { formatCitation, tasl, toCitationItem, type CitationItem, type StyleId } from '../../src/core/citation/index.js';
import { FIXTURES, parse } from './fixtures.js';

const CD_URL = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';
const WWW = CD_URL.replace('https://', '');
const ACCESSED = '2025-03-10';
const article = extractArticle(parse(fs.readFileSync(path.join(FIXTURES, 'commondreams-doj', 'source.html'), 'utf8'), CD_URL), CD_URL)!;
const CD = toCitationItem(article, ACCESSED);

/** citation.md §5.1, character for character (italics as *…* in Markdown). */
const WORKED: Record<StyleId, string> = {
  tasl: `“DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts” by Julia Conley, Common Dreams (4 August 2017), is licensed under CC BY-NC-ND 3.0.
Source: ${CD_URL}
Licence: https://creativecommons.org/licenses/by-nc-nd/3.0/
Publisher's notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”`,
  apa: `Conley, J. (2017, August 4). *DOJ “bullying” cities into complying with anti-immigration efforts*. Common Dreams. ${CD_URL}`,
  mla: `Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” *Common Dreams*, 4 Aug. 2017, www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts.`,
  'chicago-note': `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`,
  'chicago-short': `Conley, “DOJ ‘Bullying’ Cities.”`,
  'chicago-bib': `Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.” *Common Dreams*, August 4, 2017. ${CD_URL}.`,
  // Chicago 18 author-date gives the year once (citation.md §5.1).
  'chicago-ad': `Conley, Julia. 2017. “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.” *Common Dreams*, August 4. ${CD_URL}.`,
  'chicago17-note': `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`,
  'chicago17-short': `Conley, “DOJ ‘Bullying’ Cities.”`,
  'chicago17-bib': `Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.” *Common Dreams*, August 4, 2017. ${CD_URL}.`,
  'chicago17-ad': `Conley, Julia. 2017. “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.” *Common Dreams*, August 4, 2017. ${CD_URL}.`,
  harvard: `Conley, J. (2017) ‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`,
  bibtex: `@online{conley2017doj,
  author       = {Conley, Julia},
  title        = {{DOJ} \`Bullying' Cities Into Complying With Anti-Immigration Efforts},
  organization = {Common Dreams},
  date         = {2017-08-04},
  url          = {${CD_URL}},
  urldate      = {2025-03-10},
  note         = {Licensed under CC BY-NC-ND 3.0, https://creativecommons.org/licenses/by-nc-nd/3.0/},
}
`,
  ris: [
    'TY  - NEWS',
    'AU  - Conley, Julia',
    "TI  - DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts",
    'T2  - Common Dreams',
    'PY  - 2017',
    'DA  - 2017/08/04/',
    `UR  - ${CD_URL}`,
    'Y2  - 2025/03/10/',
    'LA  - en',
    'N1  - Licensed under CC BY-NC-ND 3.0 (https://creativecommons.org/licenses/by-nc-nd/3.0/)',
    'ER  - ',
    '',
  ].join('\r\n'),
  'csl-json': `${JSON.stringify(
    [
      {
        id: 'conley2017doj',
        type: 'webpage',
        title: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts",
        'title-short': "DOJ 'Bullying' Cities",
        author: [{ family: 'Conley', given: 'Julia' }],
        'container-title': 'Common Dreams',
        issued: { 'date-parts': [[2017, 8, 4]] },
        accessed: { 'date-parts': [[2025, 3, 10]] },
        URL: CD_URL,
        language: 'en',
        custom: { license: 'https://creativecommons.org/licenses/by-nc-nd/3.0/', 'license-id': 'CC BY-NC-ND 3.0' },
      },
    ],
    null,
    2,
  )}\n`,
};

describe('the worked Common Dreams example (citation.md §5.1)', () => {
  for (const [style, expected] of Object.entries(WORKED) as [StyleId, string][]) {
    it(style, () => assert.equal(formatCitation(CD, style)?.markdown.replace(/ {2}\n/g, '\n').replace(/\[([^\]]+)\]\(<[^>]+>\)/g, '$1'), expected));
  }
  it('plain text drops the italics markers', () => {
    assert.equal(formatCitation(CD, 'apa')?.text, `Conley, J. (2017, August 4). DOJ “bullying” cities into complying with anti-immigration efforts. Common Dreams. ${CD_URL}`);
  });
  it('HTML scopes the licence to the cited work, never a bare rel=license', () => {
    const html = formatCitation(CD, 'tasl')!.html;
    assert.equal(
      html,
      `<p class="cc-attribution" prefix="cc: http://creativecommons.org/ns# dct: http://purl.org/dc/terms/" about="${CD_URL}">“<a href="${CD_URL}" property="dct:title" rel="cc:attributionURL">DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts</a>” by <span property="cc:attributionName">Julia Conley</span>, <cite property="dct:publisher">Common Dreams</cite> (<time property="dct:date" datetime="2017-08-04">4 August 2017</time>), is licensed under <a rel="cc:license" href="https://creativecommons.org/licenses/by-nc-nd/3.0/">CC BY-NC-ND 3.0</a>.<br>Publisher's notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”</p>`,
    );
    assert.doesNotMatch(html, /rel="license"/);
    assert.equal(formatCitation(CD, 'apa')?.html, `Conley, J. (2017, August 4). <i>DOJ “bullying” cities into complying with anti-immigration efforts</i>. Common Dreams. ${CD_URL}`);
  });
});

/** The §5.2 matrix on variations of the same item. */
const item = (over: Partial<CitationItem>): CitationItem => ({ ...CD, ...over });
const JJ = { family: 'Johnson', given: 'Jake' };
const JC = { family: 'Conley', given: 'Julia' };
const BW = { family: 'Wilkins', given: 'Brett' };
const JCo = { family: 'Corbett', given: 'Jessica' };

describe('the edge-case matrix (citation.md §5.2)', () => {
  const cases: [string, CitationItem, StyleId, string][] = [
    ['two authors, APA', item({ names: [JC, JJ] }), 'apa', `Conley, J., & Johnson, J. (2017, August 4). *DOJ “bullying” cities into complying with anti-immigration efforts*. Common Dreams. ${CD_URL}`],
    ['two authors, MLA', item({ names: [JC, JJ] }), 'mla', `Conley, Julia, and Jake Johnson. “DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['two authors, Chicago bibliography', item({ names: [JC, JJ] }), 'chicago-bib', `Conley, Julia, and Jake Johnson. “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.” *Common Dreams*, August 4, 2017. ${CD_URL}.`],
    ['two authors, Chicago note', item({ names: [JC, JJ] }), 'chicago-note', `Julia Conley and Jake Johnson, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['two authors, Harvard', item({ names: [JC, JJ] }), 'harvard', `Conley, J. and Johnson, J. (2017) ‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['three authors, APA', item({ names: [JC, JJ, BW] }), 'apa', `Conley, J., Johnson, J., & Wilkins, B. (2017, August 4). *DOJ “bullying” cities into complying with anti-immigration efforts*. Common Dreams. ${CD_URL}`],
    ['three authors, MLA', item({ names: [JC, JJ, BW] }), 'mla', `Conley, Julia, et al. “DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['three authors, Chicago 17 note', item({ names: [JC, JJ, BW] }), 'chicago17-note', `Julia Conley, Jake Johnson, and Brett Wilkins, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['three authors, Chicago 18 note', item({ names: [JC, JJ, BW] }), 'chicago-note', `Julia Conley et al., “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['four authors, Chicago note', item({ names: [JC, JJ, BW, JCo] }), 'chicago-note', `Julia Conley et al., “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['four authors, Harvard', item({ names: [JC, JJ, BW, JCo] }), 'harvard', `Conley, J. *et al.* (2017) ‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['no author, APA', item({ names: [] }), 'apa', `*DOJ “bullying” cities into complying with anti-immigration efforts*. (2017, August 4). Common Dreams. ${CD_URL}`],
    ['no author, MLA', item({ names: [] }), 'mla', `“DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    // Cite Them Right lists an unsigned newspaper article under the paper's name (as the CSL style does).
    ['no author, Harvard', item({ names: [] }), 'harvard', `*Common Dreams* (2017) ‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['organisation that is the site, APA', item({ names: [{ literal: 'Common Dreams staff' }] }), 'apa', `Common Dreams staff. (2017, August 4). *DOJ “bullying” cities into complying with anti-immigration efforts*. ${CD_URL}`],
    ['organisation that is the site, MLA', item({ names: [{ literal: 'Common Dreams staff' }] }), 'mla', `“DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['no date, APA', item({ published: null }), 'apa', `Conley, J. (n.d.). *DOJ “bullying” cities into complying with anti-immigration efforts*. Common Dreams. Retrieved March 10, 2025, from ${CD_URL}`],
    ['no date, MLA', item({ published: null }), 'mla', `Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” *Common Dreams*, ${WWW}. Accessed 10 Mar. 2025.`],
    ['no date, Chicago note', item({ published: null }), 'chicago-note', `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, n.d., accessed March 10, 2025, ${CD_URL}.`],
    ['no date, Chicago 17 note: the access date alone', item({ published: null }), 'chicago17-note', `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, accessed March 10, 2025, ${CD_URL}.`],
    ['no date, Chicago 17 bibliography', item({ published: null }), 'chicago17-bib', `Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.” *Common Dreams*. Accessed March 10, 2025. ${CD_URL}.`],
    ['no author, no date, question mark, Harvard: no full stop after it', item({ names: [], published: null, title: 'Who Pays for NASA?' }), 'harvard', `*Common Dreams* (no date) ‘Who Pays for NASA?’ Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['no date, Harvard', item({ published: null }), 'harvard', `Conley, J. (no date) ‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’, *Common Dreams*. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['question mark, APA', item({ title: 'Is the Sanctuary Policy Legal?' }), 'apa', `Conley, J. (2017, August 4). *Is the sanctuary policy legal?* Common Dreams. ${CD_URL}`],
    ['question mark, MLA', item({ title: 'Is the Sanctuary Policy Legal?' }), 'mla', `Conley, Julia. “Is the Sanctuary Policy Legal?” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['question mark, Chicago note', item({ title: 'Is the Sanctuary Policy Legal?' }), 'chicago-note', `Julia Conley, “Is the Sanctuary Policy Legal?” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['nested double quotes, MLA', item({ title: 'Sessions Calls Cities "Sanctuaries for Crime"' }), 'mla', `Conley, Julia. “Sessions Calls Cities ‘Sanctuaries for Crime.’” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['proper noun kept in APA sentence case', item({ title: 'Sessions Warns Stockton and Baltimore' }), 'apa', `Conley, J. (2017, August 4). *Sessions warns Stockton and Baltimore*. Common Dreams. ${CD_URL}`],
    ['acronym and inner capital kept', item({ title: 'The ACLU Tests the iPhone Ban' }), 'apa', `Conley, J. (2017, August 4). *The ACLU tests the iPhone ban*. Common Dreams. ${CD_URL}`],
    ['subtitle after a colon, APA', item({ title: 'Funding Fight: Cities Push Back' }), 'apa', `Conley, J. (2017, August 4). *Funding fight: Cities push back*. Common Dreams. ${CD_URL}`],
    ['minor words, MLA', item({ title: 'a War on the Cities of the West' }), 'mla', `Conley, Julia. “A War on the Cities of the West.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['BibTeX escapes TeX specials', item({ title: 'Cities & Counties: 100% Funded_', names: [] }), 'bibtex', `@online{common2017cities,\n  title        = {Cities \\& Counties: 100\\% Funded\\_},\n  organization = {Common Dreams},\n  date         = {2017-08-04},\n  url          = {${CD_URL}},\n  urldate      = {2025-03-10},\n  note         = {Licensed under CC BY-NC-ND 3.0, https://creativecommons.org/licenses/by-nc-nd/3.0/},\n}\n`],
    ['RIS stays one line per tag', item({ title: 'Line one\nline two' }), 'ris', `TY  - NEWS\r\nAU  - Conley, Julia\r\nTI  - Line one line two\r\nT2  - Common Dreams\r\nPY  - 2017\r\nDA  - 2017/08/04/\r\nUR  - ${CD_URL}\r\nY2  - 2025/03/10/\r\nLA  - en\r\nN1  - Licensed under CC BY-NC-ND 3.0 (https://creativecommons.org/licenses/by-nc-nd/3.0/)\r\nER  - \r\n`],
  ];
  for (const [name, it_, style, expected] of cases) {
    it(name, () => assert.equal(formatCitation(it_, style)!.markdown, expected));
  }
  it('TASL: no licence, no attribution (cite only)', () => assert.equal(formatCitation(item({ licence: null }), 'tasl'), null));
});

describe('licence wording in the attribution', () => {
  const by = (kind: 'cc0' | 'pdm' | 'custom') => {
    const licence = { cc0: { kind, id: 'CC0-1.0', shortName: 'CC0 1.0', name: 'CC0 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/', version: '1.0', port: null, elements: [] }, pdm: { kind, id: 'PDM-1.0', shortName: 'Public Domain Mark 1.0', name: 'Public Domain Mark 1.0', url: 'https://creativecommons.org/publicdomain/mark/1.0/', version: '1.0', port: null, elements: [] }, custom: { kind, id: 'custom', shortName: 'Custom terms', name: 'x', url: 'https://example.org/terms', version: null, port: null, elements: [] } }[kind];
    return formatCitation(item({ licence, notice: null }), 'tasl')?.text.split('\n')[0] ?? null;
  };
  it('CC0', () => assert.equal(by('cc0'), '“DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts” by Julia Conley, Common Dreams (4 August 2017), is dedicated to the public domain under CC0 1.0.'));
  it('Public Domain Mark', () => assert.equal(by('pdm'), '“DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts” by Julia Conley, Common Dreams (4 August 2017), is marked with the Public Domain Mark 1.0.'));
  it('custom terms: no attribution offered', () => assert.equal(by('custom'), null));
  it('a suffix and a year-and-month date', () =>
    assert.equal(tasl(item({ names: [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }], published: '2026-03' }))!.text.split('\n')[0], '“DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts” by Martin Luther King Jr., Common Dreams (March 2026), is licensed under CC BY-NC-ND 3.0.'));
  it('excerpts say so', () => assert.ok(tasl(CD, 'excerpt')!.text.startsWith('Excerpt from “DOJ')));
  it('republishing licenses the pasted copy itself', () => assert.match(tasl(CD, 'republish')!.html, /<a rel="license" href=/));
});

describe('style ids', () => {
  it('the id list (settings, options page) and the formatter table name the same styles in the same order', async () => {
    const { STYLES, STYLE_IDS } = await import('../../src/core/citation/index.js');
    assert.deepEqual(Object.keys(STYLES), [...STYLE_IDS]);
  });
  it('the Chicago ids saved before the 18th edition keep working (now 18th); the 17th has its own ids', async () => {
    const { validate } = await import('../../src/browser/settings-schema.js');
    for (const academicStyle of ['chicago-note', 'chicago-ad', 'chicago17-note', 'chicago17-short', 'chicago17-bib', 'chicago17-ad']) assert.equal(validate({ academicStyle }).academicStyle, academicStyle);
  });
  it('every label, and every menu name in English and German, says the edition', async () => {
    const { STYLES } = await import('../../src/core/citation/index.js');
    const load = (lang: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'src', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const [en, de] = [load('en'), load('de')];
    const names = Object.entries(STYLES).map(([id, s]) => [s.label, en[`style_${id.replace(/-/g, '_')}`]?.message, de[`style_${id.replace(/-/g, '_')}`]?.message]);
    assert.deepEqual(names.slice(1, 12), [
      ['APA 7', 'APA 7', 'APA 7'],
      ['MLA 9', 'MLA 9', 'MLA 9'],
      ['Chicago 18, note', 'Chicago 18, note', 'Chicago 18, Fußnote'],
      ['Chicago 18, short note', 'Chicago 18, short note', 'Chicago 18, Kurzbeleg'],
      ['Chicago 18, bibliography', 'Chicago 18, bibliography', 'Chicago 18, Literaturverzeichnis'],
      ['Chicago 18, author-date', 'Chicago 18, author-date', 'Chicago 18, Autor-Jahr'],
      ['Chicago 17, note', 'Chicago 17, note', 'Chicago 17, Fußnote'],
      ['Chicago 17, short note', 'Chicago 17, short note', 'Chicago 17, Kurzbeleg'],
      ['Chicago 17, bibliography', 'Chicago 17, bibliography', 'Chicago 17, Literaturverzeichnis'],
      ['Chicago 17, author-date', 'Chicago 17, author-date', 'Chicago 17, Autor-Jahr'],
      ['Harvard (Cite Them Right, 12th ed.)', 'Harvard (Cite Them Right, 12th ed.)', 'Harvard (Cite Them Right, 12. Aufl.)'],
    ]);
  });
});
