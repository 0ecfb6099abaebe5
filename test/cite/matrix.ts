/**
 * The generated citation matrix (issue 13): one definition per item, and from it BOTH Readcite's input
 * (a CitationItem, built in `toReadcite` alone) AND an independent CSL-JSON item for citeproc-js
 * (names, dates and title forms filled by hand from the definition, never by Readcite's code).
 *
 * Deterministic: a seeded generator, no clock. Titles come from a hand-written bank in which every title
 * has its sentence-case form (APA 7 §6.17, proper nouns capitalised by hand), the form the site
 * published it in, and a hand-made Chicago short title (CMOS 14.30). CSL-JSON convention: English titles
 * are stored in sentence case (CSL's text-case="title" only raises case, and only for English items).
 */
import type { CitationItem } from '../../src/core/citation/index.js';
import { splitName } from '../../src/core/citation/item.js';

// ---------------------------------------------------------------------------------------------------
// Definitions

export interface PersonDef {
  given: string;
  family: string;
  /** A non-dropping particle ("van", "de", "von der"). */
  particle?: string;
  suffix?: string;
}
export type AuthorDef = { person: PersonDef } | { org: string };

export interface TitleDef {
  key: string;
  /** The title in sentence case with curly quotes: what a careful user stores in Zotero, CSL's input. */
  sentence: string;
  /** The title in headline case as a site would publish it (English), or the original (other languages). */
  headline: string;
  /** Chicago short title (CMOS 14.30), in the same casing as `sentence`. */
  short: string;
  /** BCP 47 tag of the title's language ('' when the page does not say). */
  lang: string;
  /** Article body: proper-noun evidence for APA sentence case. */
  body: string;
  classes: string[];
}

export interface SiteDef {
  name: string;
  host: string;
  /** How the site credits its own staff (an organisation that is also the site). */
  staff: string;
}

export interface DateDef {
  /** What the page states (ISO 8601, perhaps partial or with a time zone), or null. */
  iso: string | null;
  /** The publisher's calendar date, by hand (no time-zone conversion). */
  parts: number[] | null;
  kind: 'none' | 'year' | 'month' | 'day' | 'tz';
}

export interface Def {
  authors: AuthorDef[];
  title: TitleDef;
  /** Which form the page published the title in. */
  published: 'headline' | 'sentence' | 'allcaps' | 'original';
  /** How inner quotation marks appear on the page. */
  quotes: 'curly-double' | 'curly-single' | 'straight-double' | 'straight-single';
  site: SiteDef;
  date: DateDef;
  accessed: [number, number, number];
  url: string;
  /** The language tag as the page states it (may be '' or a regional variant). */
  pageLang: string;
}

/** CSL-JSON (the subset this matrix uses); `type` is chosen per style in compare.ts. */
export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
  literal?: string;
  'parse-names'?: boolean;
}
export interface CslItem {
  id: string;
  type: string;
  title: string;
  'title-short': string;
  author?: CslName[];
  'container-title': string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  language?: string;
}

export interface MatrixEntry {
  id: string;
  /** Feature classes, for divergence predicates and for reporting ("authors:4-10", "suffix", "title:colon"…). */
  classes: Set<string>;
  def: Def;
  /** Display strings of the authors, as a page's byline gives them. */
  byline: string[];
  /** The title exactly as the page published it. */
  pageTitle: string;
  readcite: CitationItem;
  /** The CSL item with the title in sentence case (type filled in by the comparison). */
  csl: CslItem;
}

// ---------------------------------------------------------------------------------------------------
// Banks

const P = (given: string, family: string, extra: Partial<PersonDef> = {}): PersonDef => ({ given, family, ...extra });

const GIVEN = ['Julia', 'Jake', 'Amara', 'Tomás', 'Mary Ann', 'Jean-Paul', 'Sofia', 'Hiroshi', 'Priya', 'Ewa', 'Kwame', 'Olivia', 'Daniel', 'Leila', 'Marco'];
const FAMILY = ['Conley', 'Johnson', 'Okafor', 'Álvarez', 'Evans', 'Martin', 'Lindqvist', 'Tanaka', 'Raman', 'Nowak', 'Mensah', 'Brown', 'Fischer', 'Haddad', 'Rossi', 'Wilkins', 'Corbett', 'Keller', 'Moreau', 'Singh', 'Dubois', 'Park', 'Costa', 'Ibrahim', 'Walsh', 'Novak', 'Jensen'];

const SUFFIXED: PersonDef[] = [P('Martin Luther', 'King', { suffix: 'Jr.' }), P('John', 'Smith', { suffix: 'Sr.' }), P('Robert', 'Lee', { suffix: 'III' })];
const PARTICLED: PersonDef[] = [P('Ludwig', 'Beethoven', { particle: 'van' }), P('Charles', 'Gaulle', { particle: 'de' }), P('Ursula', 'Leyen', { particle: 'von der' }), P('Vincent', 'Gogh', { particle: 'van' })];

const ORGS = ['Associated Press', 'Reuters', 'Human Rights Watch', 'World Health Organization'];

const EN_SITES: SiteDef[] = [
  { name: 'Common Dreams', host: 'www.commondreams.org', staff: 'Common Dreams staff' },
  { name: 'ProPublica', host: 'www.propublica.org', staff: 'ProPublica' },
  { name: 'The Conversation', host: 'theconversation.com', staff: 'The Conversation' },
  { name: 'Global Voices', host: 'globalvoices.org', staff: 'Global Voices' },
  { name: 'GroundUp', host: 'groundup.org.za', staff: 'GroundUp Staff' },
];
const LANG_SITES: Record<string, SiteDef> = {
  de: { name: 'Die Zeit', host: 'www.zeit.de', staff: 'Die Zeit' },
  fr: { name: 'Le Monde', host: 'www.lemonde.fr', staff: 'Le Monde' },
  es: { name: 'El País', host: 'elpais.com', staff: 'El País' },
  ru: { name: 'Meduza', host: 'meduza.io', staff: 'Meduza' },
  ja: { name: 'NHK', host: 'www3.nhk.or.jp', staff: 'NHK' },
  el: { name: 'Kathimerini', host: 'www.ekathimerini.com', staff: 'Kathimerini' },
};

const REGION: Record<string, string> = { de: 'DE', fr: 'FR', es: 'ES', ru: 'RU', ja: 'JP', el: 'GR' };

const T = (key: string, sentence: string, headline: string, short: string, body: string, classes: string[], lang = 'en'): TitleDef => ({ key, sentence, headline, short, lang, body, classes });

export const TITLES: TitleDef[] = [
  T('doj', 'DOJ “bullying” cities into complying with anti-immigration efforts', 'DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts', 'DOJ “bullying” cities', 'Attorney General Jeff Sessions said the DOJ would withhold funds. The cities said they would resist.', ['title:quotes', 'title:acronym', 'title:hyphen-prefix', 'title:minor-long']),
  T('fifth', 'Fifth Avenue bus lane reopens after six-month closure', 'Fifth Avenue Bus Lane Reopens After Six-Month Closure', 'Fifth Avenue bus lane', 'Commuters on Fifth Avenue welcomed the reopening. The bus lane had been closed since spring.', ['title:proper-noun', 'title:minor-long']),
  T('portland', 'Storm closes Portland Harbor as floods spread', 'Storm Closes Portland Harbor as Floods Spread', 'Storm closes Portland Harbor', 'Ships waited outside Portland Harbor on Tuesday. The storm is expected to pass by Friday.', ['title:proper-noun']),
  T('sponge', 'City braces for floods. Sponge parks come next', 'City Braces for Floods. Sponge Parks Come Next', 'City braces for floods', 'The city has seen three floods this year. Sponge parks absorb rain.', ['title:stop-inside']),
  T('teachers', 'Teachers’ union rejects pay offer from ministry', 'Teachers’ Union Rejects Pay Offer From Ministry', 'Teachers’ union rejects pay', 'The union said the offer was too low. The ministry declined to comment.', ['title:possessive']),
  T('nurses', 'Nurses’ strike closes wards', 'Nurses’ Strike Closes Wards', 'Nurses’ strike closes wards', 'Hospitals cancelled operations. The strike is the first in a decade.', ['title:possessive']),
  T('nasa-q', 'Who pays for NASA?', 'Who Pays for NASA?', 'Who pays for NASA?', 'The budget for NASA is set by Congress. Critics want cuts.', ['title:question', 'title:acronym']),
  T('enough', 'Enough is enough!', 'Enough Is Enough!', 'Enough is enough!', 'Thousands marched through the capital. The organisers called for reform.', ['title:exclamation']),
  T('water', 'Water wars: How drought is dividing the West', 'Water Wars: How Drought Is Dividing the West', 'Water wars', 'Farmers across the West are worried. The drought has lasted four years.', ['title:colon', 'title:proper-noun']),
  T('fire', 'After the fire: A town rebuilds', 'After the Fire: A Town Rebuilds', 'After the fire', 'Volunteers cleared the debris. The town council approved new rules.', ['title:colon']),
  T('lunar', 'NASA and EU agree on lunar data deal', 'NASA and EU Agree on Lunar Data Deal', 'NASA and EU agree', 'Officials from NASA met EU negotiators in Brussels. The deal covers lunar data.', ['title:acronym', 'title:allcaps-able']),
  T('sudan', 'UN warns of famine in Sudan', 'UN Warns of Famine in Sudan', 'UN warns of famine', 'Aid workers in Sudan said food was running out. The UN appealed for funds.', ['title:acronym', 'title:proper-noun', 'title:allcaps-able']),
  T('mayor', 'Mayor promises “a town for all”', 'Mayor Promises “A Town for All”', 'Mayor promises “a town for all”', 'The mayor spoke at the opening. Her opponents were sceptical.', ['title:quotes', 'title:quote-at-end']),
  T('appalachia', 'Hospitals in rural Appalachia struggle to keep maternity wards open', 'Hospitals in Rural Appalachia Struggle to Keep Maternity Wards Open', 'Hospitals in rural Appalachia', 'Families in rural Appalachia drive hours to give birth. Some hospitals in Appalachia have closed.', ['title:proper-noun', 'title:long']),
  T('europe', 'Protests spread through cities across Europe', 'Protests Spread Through Cities Across Europe', 'Protests spread through cities', 'Marches were held in cities across Europe. The police made arrests.', ['title:minor-long', 'title:proper-noun']),
  T('covid', 'COVID-19 cases fall for third week', 'COVID-19 Cases Fall for Third Week', 'COVID-19 cases fall', 'Health officials reported fewer COVID-19 cases. Hospital admissions also fell.', ['title:acronym']),
  T('iphone', 'iPhone sales slow in China', 'iPhone Sales Slow in China', 'iPhone sales slow', 'Sales of the iPhone fell in China. Rivals gained ground.', ['title:inner-capital', 'title:proper-noun']),
  T('sessions', 'Sessions calls cities “sanctuaries for crime”', 'Sessions Calls Cities “Sanctuaries for Crime”', 'Sessions calls cities', 'Attorney General Jeff Sessions spoke in Las Vegas. Mayors disagreed with Sessions.', ['title:quotes', 'title:quote-at-end', 'title:proper-noun']),
  T('de-bus', 'Gemeinderat beschließt neue Busspur für die Altstadt', 'Gemeinderat beschließt neue Busspur für die Altstadt', 'Gemeinderat beschließt neue Busspur', 'Der Gemeinderat hat am Dienstag entschieden. Die Busspur kommt im Frühjahr.', ['lang:de'], 'de'),
  T('de-energie', 'Warum die Energiewende stockt', 'Warum die Energiewende stockt', 'Warum die Energiewende stockt', 'Die Energiewende kommt nur langsam voran. Kritiker fordern mehr Tempo.', ['lang:de'], 'de'),
  T('fr', 'La réforme des retraites divise encore les syndicats', 'La réforme des retraites divise encore les syndicats', 'La réforme des retraites', 'Les syndicats appellent à la grève. Le gouvernement maintient son projet.', ['lang:fr'], 'fr'),
  T('fr-senat', 'Le Sénat vote la loi sur l’immigration', 'Le Sénat vote la loi sur l’immigration', 'Le Sénat vote', 'Le Sénat a voté mardi. La loi sur l’immigration sera promulguée.', ['lang:fr', 'title:proper-noun'], 'fr'),
  T('es', 'El Gobierno aprueba el nuevo presupuesto', 'El Gobierno aprueba el nuevo presupuesto', 'El Gobierno aprueba', 'El Gobierno aprobó el presupuesto el martes. La oposición votó en contra.', ['lang:es'], 'es'),
  T('ru', 'Москва готовится к зиме', 'Москва готовится к зиме', 'Москва готовится к зиме', 'Власти Москвы готовятся к зиме. Морозы ожидаются в декабре.', ['lang:ru', 'script:cyrillic'], 'ru'),
  T('ja', '東京で記録的な猛暑', '東京で記録的な猛暑', '東京で記録的な猛暑', '東京では記録的な暑さが続いている。', ['lang:ja', 'script:cjk'], 'ja'),
  T('el', 'Η Αθήνα απέναντι στον καύσωνα', 'Η Αθήνα απέναντι στον καύσωνα', 'Η Αθήνα απέναντι', 'Η Αθήνα αντιμετωπίζει καύσωνα. Οι αρχές έκλεισαν τα σχολεία.', ['lang:el', 'script:greek'], 'el'),
];

/** Author patterns: a count of people, or the organisation kinds. */
const AUTHOR_PATTERNS: (number | 'none' | 'org' | 'site' | 'site-exact')[] = ['none', 'org', 'site', 1, 1, 2, 3, 4, 'site-exact', 1, 2, 6, 10, 11, 15, 20, 21, 25, 3, 1];

const DATES: ((r: () => number) => DateDef)[] = [
  () => ({ iso: null, parts: null, kind: 'none' }),
  (r) => {
    const y = 2019 + Math.floor(r() * 7);
    return { iso: String(y), parts: [y], kind: 'year' };
  },
  (r) => {
    const y = 2019 + Math.floor(r() * 7);
    const m = 1 + Math.floor(r() * 12);
    return { iso: `${y}-${pad(m)}`, parts: [y, m], kind: 'month' };
  },
  (r) => {
    const y = 2019 + Math.floor(r() * 7);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    return { iso: `${y}-${pad(m)}-${pad(d)}`, parts: [y, m, d], kind: 'day' };
  },
  (r) => {
    // Near midnight with an offset: the publisher's calendar date is the one the page states.
    const choices: [string, number[]][] = [
      ['2024-03-05T23:45:00-05:00', [2024, 3, 5]],
      ['2024-03-06T00:10:00+09:00', [2024, 3, 6]],
      ['2024-12-31T23:59:59-08:00', [2024, 12, 31]],
      ['2025-01-01T00:05:00+01:00', [2025, 1, 1]],
      ['2023-06-30T23:30:00Z', [2023, 6, 30]],
      ['2022-02-28T00:00:00+05:30', [2022, 2, 28]],
    ];
    const [iso, parts] = choices[Math.floor(r() * choices.length)]!;
    return { iso, parts, kind: 'tz' };
  },
  (r) => {
    const y = 2019 + Math.floor(r() * 7);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    return { iso: `${y}-${pad(m)}-${pad(d)}T${pad(8 + Math.floor(r() * 10))}:00:00Z`, parts: [y, m, d], kind: 'day' };
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** mulberry32: small, seeded, the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------
// From a definition to the two inputs

export const display = (p: PersonDef) => [p.given, p.particle, p.family, p.suffix].filter(Boolean).join(' ');

/** Inner quotes as the page has them. Only real quotation marks change: apostrophes stay ’ (or ' when straight). */
function pageQuotes(title: string, quotes: Def['quotes']): string {
  switch (quotes) {
    case 'curly-double':
      return title;
    case 'curly-single':
      return title.replace(/“/g, '‘').replace(/”/g, '’');
    case 'straight-double':
      return title.replace(/[“”]/g, '"').replace(/’/g, "'");
    case 'straight-single':
      return title.replace(/[“”]/g, "'").replace(/’/g, "'");
  }
}

export function pageTitle(def: Def): string {
  const t = def.title;
  const base = def.published === 'sentence' ? t.sentence : def.published === 'allcaps' ? t.headline.toLocaleUpperCase('en') : t.headline;
  return pageQuotes(base, def.quotes);
}

/**
 * The ONE adapter from a matrix definition to Readcite's CitationItem: a change in the interface is one
 * edit here. Names go through Readcite's own parser from the byline string, so splitName is tested too.
 */
export function toReadcite(def: Def): CitationItem {
  return {
    title: pageTitle(def),
    names: def.authors.map((a) => ('org' in a ? splitName({ kind: 'organisation', name: a.org }) : splitName({ kind: 'person', name: display(a.person) }))),
    site: def.site.name,
    published: def.date.iso,
    accessed: `${def.accessed[0]}-${pad(def.accessed[1])}-${pad(def.accessed[2])}`,
    url: def.url,
    lang: def.pageLang,
    licence: null,
    notice: null,
    copyright: null,
    allRightsReserved: false,
    body: def.title.body,
  };
}

/** The independent CSL-JSON item, by hand from the definition. */
export function toCsl(id: string, def: Def): CslItem {
  const author = def.authors.map((a): CslName => {
    if ('org' in a) return { literal: a.org };
    const p = a.person;
    return { family: p.family, given: p.given, ...(p.particle ? { 'non-dropping-particle': p.particle } : {}), ...(p.suffix ? { suffix: p.suffix } : {}) };
  });
  return {
    id,
    type: 'article-newspaper',
    title: def.title.sentence,
    'title-short': def.title.short,
    ...(author.length ? { author } : {}),
    'container-title': def.site.name,
    ...(def.date.parts ? { issued: { 'date-parts': [def.date.parts] } } : {}),
    accessed: { 'date-parts': [def.accessed] },
    URL: def.url,
    // citeproc-js orders every name of a ja/zh/ko item family-first without a comma and drops the
    // suffix, even Latin-script names; CJK titles need no casing, so Japanese items carry no `language`.
    ...(def.title.lang && def.title.lang !== 'ja' ? { language: def.title.lang } : {}),
  };
}

function authorClass(n: number): string {
  if (n === 0) return 'authors:0';
  if (n === 1) return 'authors:1';
  if (n === 2) return 'authors:2';
  if (n === 3) return 'authors:3';
  if (n <= 10) return 'authors:4-10';
  if (n <= 20) return 'authors:11-20';
  return 'authors:21+';
}

/** Builds the matrix: `size` items, the same for every seed. */
export function buildMatrix(size = 504, seed = 13): MatrixEntry[] {
  const r = rng(seed);
  const out: MatrixEntry[] = [];
  for (let i = 0; i < size; i++) {
    const title = TITLES[i % TITLES.length]!;
    const pattern = AUTHOR_PATTERNS[Math.floor(i / TITLES.length + i) % AUTHOR_PATTERNS.length]!;
    const english = title.lang === 'en';
    const site = english ? EN_SITES[Math.floor(r() * EN_SITES.length)]! : LANG_SITES[title.lang]!;
    const classes = new Set<string>(title.classes);
    // Authors
    let authors: AuthorDef[] = [];
    if (pattern === 'org') authors = [{ org: ORGS[Math.floor(r() * ORGS.length)]! }];
    else if (pattern === 'site') authors = [{ org: site.staff }];
    else if (pattern === 'site-exact') authors = [{ org: site.name }];
    else if (typeof pattern === 'number') {
      const start = Math.floor(r() * FAMILY.length);
      for (let k = 0; k < pattern; k++) authors.push({ person: P(GIVEN[(start + k * 7) % GIVEN.length]!, FAMILY[(start + k) % FAMILY.length]!) });
      const special = r();
      const at = Math.floor(r() * pattern);
      if (special < 0.3) authors[at] = { person: SUFFIXED[Math.floor(r() * SUFFIXED.length)]! };
      else if (special < 0.55) authors[at] = { person: PARTICLED[Math.floor(r() * PARTICLED.length)]! };
    }
    const people = authors.filter((a): a is { person: PersonDef } => 'person' in a);
    classes.add(pattern === 'none' ? 'no-author' : pattern === 'org' ? 'org' : pattern === 'site' || pattern === 'site-exact' ? 'author-site' : authorClass(people.length));
    if (pattern === 'site-exact') classes.add('author-site:exact');
    if (people.some((a) => a.person.suffix)) classes.add('suffix');
    if (people.some((a) => a.person.particle)) classes.add('particle');
    if (people[0]?.person.suffix) classes.add('suffix:first');
    if (people[0]?.person.particle) classes.add('particle:first');
    // Date
    const date = DATES[Math.floor(r() * DATES.length)]!(r);
    classes.add(`date:${date.kind}`);
    // Title form
    let published: Def['published'] = 'original';
    if (english) {
      const f = r();
      published = title.classes.includes('title:allcaps-able') && f < 0.4 ? 'allcaps' : f < 0.7 ? 'headline' : 'sentence';
    }
    classes.add(`published:${published}`);
    const quotes: Def['quotes'] = (['curly-double', 'curly-single', 'straight-double', 'straight-single'] as const)[Math.floor(r() * 4)]!;
    if (title.classes.includes('title:quotes') || title.classes.includes('title:possessive')) classes.add(`quotes:${quotes}`);
    const accessed: [number, number, number] = [2026, 1 + Math.floor(r() * 11), 1 + Math.floor(r() * 28)];
    const year = date.parts?.[0] ?? 2026;
    const query = r() < 0.1 ? `?id=${i}&ref=home` : '';
    const url = `https://${site.host}/news/${year}/${title.key}-${i}${query}`;
    if (query) classes.add('url:query');
    const pageLang = english ? (['en', 'en-US', '', 'en-GB'] as const)[Math.floor(r() * 4)]! : r() < 0.5 ? title.lang : `${title.lang}-${REGION[title.lang] ?? title.lang.toUpperCase()}`;
    if (!english) classes.add('non-english');
    const def: Def = { authors, title, published, quotes, site, date, accessed, url, pageLang };
    const id = `m${String(i).padStart(3, '0')}-${title.key}`;
    out.push({
      id,
      classes,
      def,
      byline: authors.map((a) => ('org' in a ? a.org : display(a.person))),
      pageTitle: pageTitle(def),
      readcite: toReadcite(def),
      csl: toCsl(id, def),
    });
  }
  return out;
}
