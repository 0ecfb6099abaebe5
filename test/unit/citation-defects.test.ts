import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/core/extract.js';
import { formatCitation, splitName, toCitationItem, type CitationItem, type StyleId } from '../../src/core/citation/index.js';
import { FIXTURES, parse } from './fixtures.js';

/**
 * Issue 13's defect classes, golden cases with exact strings. Each class has cases that failed on the
 * formatters before the fix; the few marked "(guard)" already passed and keep a neighbouring rule in place.
 */
const CD_URL = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';
const WWW = CD_URL.replace('https://', '');
const article = extractArticle(parse(fs.readFileSync(path.join(FIXTURES, 'commondreams-doj', 'source.html'), 'utf8'), CD_URL), CD_URL)!;
const CD = toCitationItem(article, '2025-03-10');
const item = (over: Partial<CitationItem>): CitationItem => ({ ...CD, ...over });
const JC = { family: 'Conley', given: 'Julia' };
const JJ = { family: 'Johnson', given: 'Jake' };
const BW = { family: 'Wilkins', given: 'Brett' };
const JCo = { family: 'Corbett', given: 'Jessica' };
const ELEVEN = [JC, JJ, BW, JCo, ...['Ames', 'Brook', 'Cole', 'Dunn', 'Ewing', 'Frost', 'Gray'].map((family) => ({ family, given: 'Kim' }))];
const MLK = { family: 'King', given: 'Martin Luther', suffix: 'Jr.' };
const DOJ_MLA = '“DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.”';
const DOJ_CHI = '“DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts.”';
const DOJ_APA = '*DOJ “bullying” cities into complying with anti-immigration efforts*';
const DOJ_HARVARD = '‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’';
const HARBOR_BODY = 'Buses returned to Fifth Avenue on Monday. The avenue had been shut since the storm. Crews cleared the avenue overnight. Officials at Portland Harbor said the harbor would reopen. The harbor is busy.';

type Case = [name: string, item: CitationItem, style: StyleId, expected: string];
const run = (cases: Case[]) => {
  for (const [name, it_, style, expected] of cases) it(name, () => assert.equal(formatCitation(it_, style)!.markdown, expected));
};

describe('1. APA sentence case keeps proper nouns', () =>
  run([
    ['multi-word names as the body writes them', item({ title: 'Fifth Avenue Bus Lane Reopens After Storm Closes Portland Harbor', body: HARBOR_BODY }), 'apa', `Conley, J. (2017, August 4). *Fifth Avenue bus lane reopens after storm closes Portland Harbor*. Common Dreams. ${CD_URL}`],
    ['the site name', item({ title: 'Common Dreams Readers Fund a New Newsroom', body: '' }), 'apa', `Conley, J. (2017, August 4). *Common Dreams readers fund a new newsroom*. Common Dreams. ${CD_URL}`],
    ['the byline', item({ title: 'Julia Conley Wins Press Award', body: '' }), 'apa', `Conley, J. (2017, August 4). *Julia Conley wins press award*. Common Dreams. ${CD_URL}`],
    ['a title already in sentence case keeps its capitals', item({ title: 'Fifth Avenue bus lane reopens', body: '' }), 'apa', `Conley, J. (2017, August 4). *Fifth Avenue bus lane reopens*. Common Dreams. ${CD_URL}`],
    ['a sentence-case title keeps its lower case, whatever the body says', item({ title: 'City council delays vote on parking plan', body: 'The City Council postponed a vote on Tuesday. Members of the City Council spoke. The council will meet again.' }), 'apa', `Conley, J. (2017, August 4). *City council delays vote on parking plan*. Common Dreams. ${CD_URL}`],
    ['when unsure (as often capitalised as not), the capital stays', item({ title: 'Storm Hits Mesa Overnight', body: 'The storm reached Mesa at noon. Hikers left the mesa at dawn.' }), 'apa', `Conley, J. (2017, August 4). *Storm hits Mesa overnight*. Common Dreams. ${CD_URL}`],
  ]));

describe('2. APA capitalises after a full stop, question or exclamation mark inside a title', () =>
  run([
    ['full stop', item({ title: 'Cities Brace for Floods. Sponge Parks Could Help', body: '' }), 'apa', `Conley, J. (2017, August 4). *Cities brace for floods. Sponge parks could help*. Common Dreams. ${CD_URL}`],
    ['exclamation mark (guard)', item({ title: 'Enough! Parents Demand Safer Streets', body: '' }), 'apa', `Conley, J. (2017, August 4). *Enough! Parents demand safer streets*. Common Dreams. ${CD_URL}`],
    ['an abbreviation is not the end of a sentence', item({ title: 'Dr. Smith Warns U.S. Cities', body: '' }), 'apa', `Conley, J. (2017, August 4). *Dr. Smith warns U.S. cities*. Common Dreams. ${CD_URL}`],
  ]));

describe('3. a plural possessive apostrophe is not a closing quote', () =>
  run([
    ['APA', item({ title: 'Teachers’ Union Rejects Offer', body: '' }), 'apa', `Conley, J. (2017, August 4). *Teachers’ union rejects offer*. Common Dreams. ${CD_URL}`],
    ['Harvard', item({ title: 'Teachers’ Union Rejects Offer' }), 'harvard', `Conley, J. (2017) ‘Teachers’ Union Rejects Offer’, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['straight apostrophe, with a real quotation after it (APA)', item({ title: "Parents' Group Calls Plan 'Reckless'", body: '' }), 'apa', `Conley, J. (2017, August 4). *Parents’ group calls plan “reckless.”* Common Dreams. ${CD_URL}`],
    ['straight apostrophe, with a real quotation after it (Harvard)', item({ title: "Parents' Group Calls Plan 'Reckless'" }), 'harvard', `Conley, J. (2017) ‘Parents’ Group Calls Plan “Reckless”’, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
  ]));

describe('4. APA puts the full stop inside a closing quotation mark', () =>
  run([
    ['with an author', item({ title: 'Mayor Promises “A Town for All”', body: '' }), 'apa', `Conley, J. (2017, August 4). *Mayor promises “a town for all.”* Common Dreams. ${CD_URL}`],
    ['without an author', item({ title: 'Mayor Promises “A Town for All”', body: '', names: [] }), 'apa', `*Mayor promises “a town for all.”* (2017, August 4). Common Dreams. ${CD_URL}`],
  ]));

describe('5. a non-English title keeps its own capitalisation', () => {
  const de = item({ title: 'Gemeinderat beschließt neue Busspur für die Altstadt', lang: 'de' });
  run([
    ['MLA', de, 'mla', `Conley, Julia. “Gemeinderat beschließt neue Busspur für die Altstadt.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['Chicago note', de, 'chicago-note', `Julia Conley, “Gemeinderat beschließt neue Busspur für die Altstadt,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['Chicago bibliography', de, 'chicago-bib', `Conley, Julia. “Gemeinderat beschließt neue Busspur für die Altstadt.” *Common Dreams*, August 4, 2017. ${CD_URL}.`],
    ['APA (German nouns are not proper nouns it could find)', de, 'apa', `Conley, J. (2017, August 4). *Gemeinderat beschließt neue Busspur für die Altstadt*. Common Dreams. ${CD_URL}`],
  ]);
  it('BibTeX: the title as published, with langid', () =>
    assert.equal(
      formatCitation(de, 'bibtex')!.text,
      `@online{conley2017gemeinderat,\n  author       = {Conley, Julia},\n  title        = {Gemeinderat beschließt neue Busspur für die Altstadt},\n  organization = {Common Dreams},\n  date         = {2017-08-04},\n  url          = {${CD_URL}},\n  urldate      = {2025-03-10},\n  langid       = {ngerman},\n  note         = {Licensed under CC BY-NC-ND 3.0, https://creativecommons.org/licenses/by-nc-nd/3.0/},\n}\n`,
    ));
});

describe('6. an all-capitals headline is converted, acronyms kept', () => {
  const caps = item({ title: 'CITY COUNCIL APPROVES NEW BUDGET FOR NASA', body: 'The city council met on Tuesday. NASA officials attended.' });
  run([
    ['APA', caps, 'apa', `Conley, J. (2017, August 4). *City council approves new budget for NASA*. Common Dreams. ${CD_URL}`],
    ['MLA', caps, 'mla', `Conley, Julia. “City Council Approves New Budget for NASA.” *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['Chicago note', caps, 'chicago-note', `Julia Conley, “City Council Approves New Budget for NASA,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['Harvard', caps, 'harvard', `Conley, J. (2017) ‘City Council Approves New Budget for NASA’, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['a possessive acronym (APA)', item({ title: 'NASA’S BUDGET CUT: WHAT IT MEANS', body: '' }), 'apa', `Conley, J. (2017, August 4). *NASA’s budget cut: What it means*. Common Dreams. ${CD_URL}`],
    ['a well-known acronym without evidence (APA)', item({ title: 'FBI RAIDS CITY HALL OFFICES', body: '' }), 'apa', `Conley, J. (2017, August 4). *FBI raids city hall offices*. Common Dreams. ${CD_URL}`],
  ]);
  it('BibTeX: headline case, the acronym braced', () => assert.match(formatCitation(caps, 'bibtex')!.text, /^ {2}title {8}= \{City Council Approves New Budget for \{NASA\}\},$/m));
});

describe('7. Chicago bibliography and author-date without an author, or with the site as author, start with the publication', () =>
  run([
    ['bibliography, no author', item({ names: [] }), 'chicago-bib', `*Common Dreams*. ${DOJ_CHI} August 4, 2017. ${CD_URL}.`],
    ['bibliography, the site as author', item({ names: [{ literal: 'Common Dreams staff' }] }), 'chicago-bib', `*Common Dreams*. ${DOJ_CHI} August 4, 2017. ${CD_URL}.`],
    ['author-date, no author', item({ names: [] }), 'chicago-ad', `*Common Dreams*. 2017. ${DOJ_CHI} August 4. ${CD_URL}.`],
    ['author-date (17th), no author', item({ names: [] }), 'chicago17-ad', `*Common Dreams*. 2017. ${DOJ_CHI} August 4, 2017. ${CD_URL}.`],
  ]));

describe('8. Chicago short notes (CMOS 14.30–33) and long author lists (CMOS 14.76)', () =>
  run([
    ['no cut inside quotation marks', item({ title: 'Sessions Calls Cities "Sanctuaries for Crime"' }), 'chicago-short', 'Conley, “Sessions Calls Cities.”'],
    ['a quotation that a short cut would leave too little before is taken whole', item({ title: 'Mayor Promises “A Town for All”' }), 'chicago-short', 'Conley, “Mayor Promises ‘a Town for All.’”'],
    ['another language: never ends on its article or preposition', item({ title: 'Le Sénat vote la loi sur l’immigration', lang: 'fr' }), 'chicago-short', 'Conley, “Le Sénat vote.”'],
    ['stops at the subtitle colon', item({ title: 'Funding Fight: Cities Push Back Against Sessions' }), 'chicago-short', 'Conley, “Funding Fight.”'],
    ['drops a leading article and keeps a final question mark', item({ title: 'The End of Cheap Flights?' }), 'chicago-short', 'Conley, “End of Cheap Flights?”'],
    ['serial comma, as in the full note (17th)', item({ names: [JC, JJ, BW] }), 'chicago17-short', 'Conley, Johnson, and Wilkins, “DOJ ‘Bullying’ Cities.”'],
    ['more than ten authors: seven and et al., no "and" (17th)', item({ names: ELEVEN }), 'chicago17-bib', `Conley, Julia, Jake Johnson, Brett Wilkins, Jessica Corbett, Kim Ames, Kim Brook, Kim Cole, et al. ${DOJ_CHI} *Common Dreams*, August 4, 2017. ${CD_URL}.`],
    ['more than six authors: three and et al., no "and" (18th)', item({ names: ELEVEN }), 'chicago-bib', `Conley, Julia, Jake Johnson, Brett Wilkins, et al. ${DOJ_CHI} *Common Dreams*, August 4, 2017. ${CD_URL}.`],
  ]));

describe('9. Chicago author-date without a date: ". Accessed …"', () =>
  run([
    ['18th', item({ published: null }), 'chicago-ad', `Conley, Julia. n.d. ${DOJ_CHI} *Common Dreams*. Accessed March 10, 2025. ${CD_URL}.`],
    ['17th', item({ published: null }), 'chicago17-ad', `Conley, Julia. n.d. ${DOJ_CHI} *Common Dreams*. Accessed March 10, 2025. ${CD_URL}.`],
  ]));

describe('10. year-and-month and year-only dates are used', () => {
  const month = item({ published: '2026-03' });
  const year = item({ published: '2026' });
  run([
    ['APA, year and month', month, 'apa', `Conley, J. (2026, March). ${DOJ_APA}. Common Dreams. ${CD_URL}`],
    ['APA, year', year, 'apa', `Conley, J. (2026). ${DOJ_APA}. Common Dreams. ${CD_URL}`],
    ['MLA, year and month', month, 'mla', `Conley, Julia. ${DOJ_MLA} *Common Dreams*, Mar. 2026, ${WWW}.`],
    ['Chicago note, year and month', month, 'chicago-note', `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, March 2026, ${CD_URL}.`],
    ['Chicago bibliography, year', year, 'chicago-bib', `Conley, Julia. ${DOJ_CHI} *Common Dreams*, 2026. ${CD_URL}.`],
    ['Chicago author-date, year and month', month, 'chicago-ad', `Conley, Julia. 2026. ${DOJ_CHI} *Common Dreams*, March. ${CD_URL}.`],
    ['Chicago author-date, year', year, 'chicago-ad', `Conley, Julia. 2026. ${DOJ_CHI} *Common Dreams*. ${CD_URL}.`],
    ['Harvard, year and month', month, 'harvard', `Conley, J. (2026) ${DOJ_HARVARD}, *Common Dreams*, March. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
  ]);
  it('BibTeX, RIS and CSL-JSON carry the parts there are', () => {
    assert.match(formatCitation(month, 'bibtex')!.text, /^@online\{conley2026doj,$/m);
    assert.match(formatCitation(month, 'bibtex')!.text, /^ {2}date {9}= \{2026-03\},$/m);
    assert.match(formatCitation(month, 'ris')!.text, /\r\nPY {2}- 2026\r\nDA {2}- 2026\/03\/\/\r\n/);
    assert.deepEqual((JSON.parse(formatCitation(month, 'csl-json')!.text) as [{ issued: unknown }])[0].issued, { 'date-parts': [[2026, 3]] });
  });
  it('the article’s year-and-month date reaches the citation', () => assert.equal(toCitationItem({ ...article, published: '2026-03' }, '2025-03-10').published, '2026-03'));
});

describe('11. Harvard (Cite Them Right): initials without spaces, et al. in italics', () =>
  run([
    ['initials', item({ names: [{ family: 'King', given: 'Martin Luther' }] }), 'harvard', `King, M.L. (2017) ${DOJ_HARVARD}, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
    ['et al.', item({ names: [JC, JJ, BW, JCo] }), 'harvard', `Conley, J. *et al.* (2017) ${DOJ_HARVARD}, *Common Dreams*, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).`],
  ]));

describe('12. name suffixes', () => {
  it('"Martin Luther King Jr." splits into family, given and suffix', () => {
    assert.deepEqual(splitName({ name: 'Martin Luther King Jr.', kind: 'person' }), MLK);
    assert.deepEqual(splitName({ name: 'Martin Luther King, Jr.', kind: 'person' }), MLK);
    assert.deepEqual(splitName({ name: 'Henry Ford III', kind: 'person' }), { family: 'Ford', given: 'Henry', suffix: 'III' });
  });
  const king = item({ names: [MLK] });
  run([
    ['APA', king, 'apa', `King, M. L., Jr. (2017, August 4). ${DOJ_APA}. Common Dreams. ${CD_URL}`],
    ['MLA', king, 'mla', `King, Martin Luther, Jr. ${DOJ_MLA} *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
    ['Chicago bibliography', king, 'chicago-bib', `King, Martin Luther, Jr. ${DOJ_CHI} *Common Dreams*, August 4, 2017. ${CD_URL}.`],
    ['Chicago note', king, 'chicago-note', `Martin Luther King Jr., “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
  ]);
  it('CSL-JSON suffix and BibTeX "{King}, Jr., Martin Luther"', () => {
    assert.deepEqual((JSON.parse(formatCitation(king, 'csl-json')!.text) as [{ author: unknown }])[0].author, [MLK]);
    assert.match(formatCitation(king, 'bibtex')!.text, /^ {2}author {7}= \{\{King\}, Jr\., Martin Luther\},$/m);
  });
});

describe('names without honorifics or degrees (APA 7 §9.8, CMOS 14.75)', () => {
  it('leaves "Dr.", "Prof." and "PhD" out of the name, never an initial or a short name', () => {
    assert.deepEqual(splitName({ name: 'Dr. Lena Hofmann', kind: 'person' }), { family: 'Hofmann', given: 'Lena' });
    assert.deepEqual(splitName({ name: 'Prof. Dr. Hans Meier', kind: 'person' }), { family: 'Meier', given: 'Hans' });
    assert.deepEqual(splitName({ name: 'Jane Doe, PhD', kind: 'person' }), { family: 'Doe', given: 'Jane' });
    assert.deepEqual(splitName({ name: 'Dr. Martin Luther King Jr.', kind: 'person' }), MLK);
    assert.deepEqual(splitName({ name: 'M. J. Smith', kind: 'person' }), { family: 'Smith', given: 'M. J.' });
    assert.deepEqual(splitName({ name: 'Yo-Yo Ma', kind: 'person' }), { family: 'Ma', given: 'Yo-Yo' });
  });
  const hofmann = item({ names: [splitName({ name: 'Dr. Lena Hofmann', kind: 'person' })] });
  run([
    ['APA', hofmann, 'apa', `Hofmann, L. (2017, August 4). ${DOJ_APA}. Common Dreams. ${CD_URL}`],
    ['MLA', hofmann, 'mla', `Hofmann, Lena. ${DOJ_MLA} *Common Dreams*, 4 Aug. 2017, ${WWW}.`],
  ]);
});

describe('13. machine formats', () => {
  it('BibTeX keeps the title as published, braces what must keep its case', () => assert.match(formatCitation(CD, 'bibtex')!.text, /^ {2}title {8}= \{\{DOJ\} `Bullying' Cities Into Complying With Anti-Immigration Efforts\},$/m));
  it('BibTeX escapes < and >', () => assert.match(formatCitation(item({ title: 'Why 5 < 7 > 3' }), 'bibtex')!.text, /title {8}= \{Why 5 \\textless\{\} 7 \\textgreater\{\} 3\},/));
  it('RIS has LA', () => assert.match(formatCitation(item({ lang: 'de' }), 'ris')!.text, /\r\nLA {2}- de\r\n/));
  it('CSL-JSON: webpage (APA italicises the title), title-short, publisher only where it differs from the site', () => {
    const [entry] = JSON.parse(formatCitation(item({ publisher: 'Common Dreams, Inc.' }), 'csl-json')!.text) as [Record<string, unknown>];
    assert.equal(entry['type'], 'webpage');
    assert.equal(entry['title-short'], "DOJ 'Bullying' Cities");
    assert.equal(entry['publisher'], 'Common Dreams, Inc.');
    const [same] = JSON.parse(formatCitation(item({ publisher: 'Common Dreams' }), 'csl-json')!.text) as [Record<string, unknown>];
    assert.equal(same['publisher'], undefined);
  });
});

describe('Chicago 18th edition (default) and 17th', () =>
  run([
    ['18th author-date: the year is not repeated', CD, 'chicago-ad', `Conley, Julia. 2017. ${DOJ_CHI} *Common Dreams*, August 4. ${CD_URL}.`],
    ['17th author-date repeats it', CD, 'chicago17-ad', `Conley, Julia. 2017. ${DOJ_CHI} *Common Dreams*, August 4, 2017. ${CD_URL}.`],
    ['18th note: three authors are "et al."', item({ names: [JC, JJ, BW] }), 'chicago-note', `Julia Conley et al., “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['17th note: three authors in full', item({ names: [JC, JJ, BW] }), 'chicago17-note', `Julia Conley, Jake Johnson, and Brett Wilkins, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, August 4, 2017, ${CD_URL}.`],
    ['18th short note without an author: the publication, then the short title', item({ names: [] }), 'chicago-short', '*Common Dreams*, “DOJ ‘Bullying’ Cities.”'],
    ['17th short note without an author: the short title alone', item({ names: [] }), 'chicago17-short', '“DOJ ‘Bullying’ Cities.”'],
    ['18th note undated: "n.d., accessed …"', item({ published: null }), 'chicago-note', `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, n.d., accessed March 10, 2025, ${CD_URL}.`],
    ['17th note undated: the access date alone', item({ published: null }), 'chicago17-note', `Julia Conley, “DOJ ‘Bullying’ Cities into Complying with Anti-immigration Efforts,” *Common Dreams*, accessed March 10, 2025, ${CD_URL}.`],
    ['18th short note: three authors are "et al."', item({ names: [JC, JJ, BW] }), 'chicago-short', 'Conley et al., “DOJ ‘Bullying’ Cities.”'],
    ['18th bibliography: six authors in full', item({ names: ELEVEN.slice(0, 6) }), 'chicago-bib', `Conley, Julia, Jake Johnson, Brett Wilkins, Jessica Corbett, Kim Ames, and Kim Brook. ${DOJ_CHI} *Common Dreams*, August 4, 2017. ${CD_URL}.`],
  ]));
