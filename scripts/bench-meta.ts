/**
 * Metadata, standfirst, lead-image and body quality on two corpora, Readcite beside vanilla Readability in one run.
 *   npm run bench:meta [-- --corpus fundus|readability|all] [--only PREFIX] [--field NAME] [--json FILE]
 * fundus: ../shared/fundus (132 news pages, hand-checked values; scoring as its README says, see score-meta.ts).
 * readability: ../shared/readability-pages (Readability 0.6.0's own 128 test pages and expected output).
 * --only keeps page keys starting with PREFIX; --field NAME lists every failure of that field (title, authors,
 * date, standfirst, body, caption, credit; on readability pages: title, byline, lang, dir, siteName, published,
 * text) instead of twelve; --json FILE writes per-page expected and extracted values, for diffing runs.
 * Each page is parsed once (jsdom, scripts not run); the two extractors run on it in alternating order and
 * are timed. Prints tables; no numbers are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract.js';
import { blockText } from '../src/core/text.js';
import type { Article } from '../src/core/types.js';
import { pageF1, pagePrecision, pageRecall, scorePage, summarise, type PageScore } from './score.js';
import {
  captionFound,
  creditFound,
  creditInCaption,
  datePart,
  hostLabel,
  lostBlocks,
  normalise,
  sameNormalised,
  samePublished,
  scoreAuthors,
  siteOrDesk,
  splitByline,
  standfirstFound,
  type SetScore,
} from './score-meta.js';

// ---------------------------------------------------------------- command line

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SHARED = path.join(import.meta.dirname, '..', '..', 'shared');
const FUNDUS = path.join(SHARED, 'fundus');
const RPAGES = path.join(SHARED, 'readability-pages');
const ONLY = arg('--only') ?? '';
const FIELD = arg('--field');
const JSON_OUT = arg('--json');
const CORPUS = arg('--corpus') ?? 'all';
if (!['fundus', 'readability', 'all'].includes(CORPUS)) {
  console.error('--corpus must be fundus, readability or all');
  process.exit(1);
}

// ---------------------------------------------------------------- running the extractors

const quiet = new VirtualConsole(); // pages' CSS and script noise is not ours to print
const gunzip = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
/** jsdom runs no page scripts unless asked to. */
/** Windows opened for the current page, closed once it is scored (jsdom keeps them alive otherwise). */
const open: { close(): void }[] = [];
const parseHtml = (html: string, url: string) => {
  const { window } = new JSDOM(html, { url, virtualConsole: quiet });
  open.push(window);
  return window.document;
};
const closeWindows = () => open.splice(0).forEach((w) => w.close());

/** Vanilla's result without its content element, which would keep the whole copy of the page alive. */
type Vanilla = Omit<NonNullable<ReturnType<Readability<Element>['parse']>>, 'content'> & { blocks: string };
interface Runs {
  article: Article | null;
  /** Why Readcite gave nothing: "no article" or the error's name. */
  failure: string;
  vanilla: Vanilla | null;
  ms: { readcite: number; vanilla: number };
}

function runReadcite(doc: Document, url: string): { article: Article | null; failure: string } {
  try {
    // Quality, not speed: without the runaway stop a busy machine cannot turn a slow page into a missing one.
    const article = extractArticle(doc, url, { timeLimitMs: 0 });
    return { article, failure: article ? '' : 'no article' };
  } catch (e) {
    return { article: null, failure: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

function runVanilla(doc: Document): Vanilla | null {
  try {
    const parsed = new Readability(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
    if (!parsed) return null;
    const { content, ...rest } = parsed;
    return { ...rest, blocks: content ? blockText(content) : '' };
  } catch {
    return null;
  }
}

/** Both extractors on one parsed page, the order alternating with the page's index so drift hits both. */
function runBoth(doc: Document, url: string, index: number): Runs {
  let readcite = { article: null as Article | null, failure: '' };
  let vanilla: Vanilla | null = null;
  const ms = { readcite: 0, vanilla: 0 };
  const one = () => {
    const t = performance.now();
    readcite = runReadcite(doc, url);
    ms.readcite = performance.now() - t;
  };
  const other = () => {
    const t = performance.now();
    vanilla = runVanilla(doc);
    ms.vanilla = performance.now() - t;
  };
  if (index % 2) {
    other();
    one();
  } else {
    one();
    other();
  }
  return { ...readcite, vanilla, ms };
}

// ---------------------------------------------------------------- printing helpers

const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(3));
const cut = (s: string | null | undefined, n = 100) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const q = (s: string | null | undefined, n = 100) => (s === null || s === undefined || s === '' ? '∅' : `"${cut(s, n)}"`);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
/** Share of true values among the defined ones (undefined = the page does not count for the field). */
const share = (xs: (boolean | undefined)[]) => {
  const d = xs.filter((x) => x !== undefined);
  return d.length ? d.filter(Boolean).length / d.length : NaN;
};

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

function printTiming(label: string, runs: { readcite: number; vanilla: number }[]): void {
  const ratios = runs.filter((r) => r.vanilla > 0).map((r) => r.readcite / r.vanilla);
  console.log(
    `\n${label} time per page (ms, jsdom): Readcite median ${median(runs.map((r) => r.readcite)).toFixed(1)}, ` +
      `vanilla median ${median(runs.map((r) => r.vanilla)).toFixed(1)}; median of per-page ratios Readcite/vanilla ${median(ratios).toFixed(2)}`,
  );
}

/** Up to twelve failures of a field, or all of them when --field names it. */
function printFailures<T>(field: string, what: string, failures: T[], show: (x: T) => string): void {
  const all = FIELD === field;
  console.log(`\n--- ${field}: ${failures.length} ${what}${failures.length > 12 && !all ? ` (first 12; --field ${field} for all)` : ''}`);
  for (const x of all ? failures : failures.slice(0, 12)) console.log(show(x));
}

// ---------------------------------------------------------------- fundus

interface FundusEntry {
  file: string;
  url: string;
  publisher: string;
  language: string;
  title: string;
  authors: string[] | null;
  published: string | null;
  bodyText: string;
  body: { summary: string[] };
  leadImage: { caption: string | null; credit: string[] | null; description: string | null } | null;
}

/** What one extractor gave on a page, in the scorer's terms. */
interface Got {
  title: string;
  authors: string[];
  /** Readcite's authors it calls persons (the rest it gives as organisations). */
  persons?: string[];
  published: string | null;
  standfirst: string;
  body: string;
  caption?: string;
  credit?: string;
  /** Readcite's lead image URL, '' when it found none. */
  image?: string;
  siteName: string;
}

interface Scores {
  title: boolean;
  authors?: SetScore;
  date: boolean;
  standfirst?: boolean;
  body: PageScore;
  caption?: boolean;
  credit?: boolean;
  creditInCaption?: boolean;
}

interface FundusPage {
  key: string;
  entry: FundusEntry;
  group: string;
  failure: string;
  got: { readcite: Got; vanilla: Got };
  scores: { readcite: Scores; vanilla: Scores };
  /** Readcite's authors that are the site or a desk, and those of them it calls persons. */
  siteAuthors: string[];
  sitePersons: string[];
  ms: { readcite: number; vanilla: number };
}

type SideName = 'readcite' | 'vanilla';

function readciteGot(a: Article | null): Got {
  if (!a) return { title: '', authors: [], published: null, standfirst: '', body: '', caption: '', credit: '', image: '', siteName: '' };
  return {
    title: a.title,
    authors: a.authors.map((x) => x.name),
    persons: a.authors.filter((x) => x.kind === 'person').map((x) => x.name),
    published: a.published,
    standfirst: a.standfirst,
    body: a.standfirst ? `${a.standfirst}\n${a.text}` : a.text,
    caption: a.leadImage?.caption ?? '',
    credit: a.leadImage?.credit ?? '',
    image: a.leadImage?.src ?? '',
    siteName: a.siteName,
  };
}

function vanillaGot(v: Vanilla | null): Got {
  return {
    title: v?.title ?? '',
    authors: splitByline(v?.byline),
    published: v?.publishedTime ?? null,
    standfirst: v?.excerpt ?? '',
    body: v?.textContent ?? '',
    siteName: v?.siteName ?? '',
  };
}

function scoreFundus(e: FundusEntry, g: Got, hasImageFields: boolean): Scores {
  const summary = e.body.summary.join(' ').trim();
  const caption = e.leadImage?.caption?.trim() ?? '';
  const credit = (e.leadImage?.credit ?? []).filter((c) => c.trim());
  const s: Scores = {
    title: sameNormalised(e.title, g.title),
    date: samePublished(e.published, g.published),
    body: scorePage(e.bodyText, g.body),
  };
  if (e.authors) s.authors = scoreAuthors(e.authors, g.authors);
  if (summary) s.standfirst = standfirstFound(summary, g.standfirst, g.body);
  if (hasImageFields && caption) s.caption = captionFound(caption, g.caption);
  if (hasImageFields && credit.length) {
    s.credit = creditFound(credit, g.credit);
    s.creditInCaption = !s.credit && creditInCaption(credit, g.credit, g.caption);
  }
  return s;
}

function fundusGroups(entries: FundusEntry[]): (lang: string) => string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.language, (counts.get(e.language) ?? 0) + 1);
  return (lang) => ((counts.get(lang) ?? 0) >= 3 ? lang : 'other');
}

function runFundusPage(key: string, entry: FundusEntry, index: number, group: string): FundusPage {
  const doc = parseHtml(gunzip(path.join(FUNDUS, entry.file)), entry.url);
  const runs = runBoth(doc, entry.url, index);
  const got = { readcite: readciteGot(runs.article), vanilla: vanillaGot(runs.vanilla) };
  const sites = [entry.publisher, got.readcite.siteName];
  return {
    key,
    entry,
    group,
    failure: runs.failure,
    got,
    scores: { readcite: scoreFundus(entry, got.readcite, true), vanilla: scoreFundus(entry, got.vanilla, false) },
    siteAuthors: got.readcite.authors.filter((n) => siteOrDesk(n, sites, entry.url)),
    sitePersons: (got.readcite.persons ?? []).filter((n) => siteOrDesk(n, sites, entry.url)),
    ms: runs.ms,
  };
}

const FUNDUS_HEAD = ['', 'pages', 'title', 'authF1', 'authExact', 'date', 'standfirst', 'body F1 (P/R)', 'caption', 'credit', 'credInCap'];

function fundusRow(label: string, pages: FundusPage[], side: SideName): string[] {
  const s = pages.map((p) => p.scores[side]);
  const body = summarise(s.map((x) => x.body));
  const vanilla = side === 'vanilla';
  const authors = s.flatMap((x) => (x.authors ? [x.authors] : []));
  return [
    label,
    String(pages.length),
    f3(share(s.map((x) => x.title))),
    f3(mean(authors.map((a) => a.f1))),
    f3(share(authors.map((a) => a.exact))),
    f3(share(s.map((x) => x.date))),
    f3(share(s.map((x) => x.standfirst))),
    `${f3(body.f1)} (${f3(body.precision)}/${f3(body.recall)})`,
    vanilla ? '-' : f3(share(s.map((x) => x.caption))),
    vanilla ? '-' : f3(share(s.map((x) => x.credit))),
    vanilla ? '-' : f3(share(s.map((x) => x.creditInCaption))),
  ];
}

function printFundusTables(pages: FundusPage[]): void {
  const count = (pick: (s: Scores) => unknown) => pages.filter((p) => pick(p.scores.readcite) !== undefined).length;
  console.log(`\n=== fundus: ${pages.length} pages of ${FUNDUS}`);
  console.log(
    `pages counted: authors ${count((s) => s.authors)} (authors: null left out), standfirst ${count((s) => s.standfirst)} (non-empty summary), ` +
      `caption ${count((s) => s.caption)}, credit ${count((s) => s.credit)}; vanilla: standfirst = its excerpt, no caption/credit`,
  );
  console.log('\noverall');
  printTable(FUNDUS_HEAD, [fundusRow('Readcite', pages, 'readcite'), fundusRow('vanilla', pages, 'vanilla')]);
  const groups = [...new Set(pages.map((p) => p.group))].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b)));
  console.log('\nper language (fewer than 3 pages pooled as "other")');
  const rows = groups.flatMap((g) => {
    const mine = pages.filter((p) => p.group === g);
    return [fundusRow(`${g} Readcite`, mine, 'readcite'), fundusRow(`${g} vanilla`, mine, 'vanilla')];
  });
  printTable(FUNDUS_HEAD, rows);
  const failed = pages.filter((p) => p.failure);
  if (failed.length) console.log(`\nReadcite gave no article on ${failed.length}: ${failed.map((p) => `${p.key} (${p.failure})`).join(', ')}`);
  printTiming('fundus', pages.map((p) => p.ms));
}

/** A credit line's label, as sites print it before the name. */
const CREDIT_LABEL = /^\s*(?:(?:foto|fotos|photo|photos|bild|image|picture|credit|quelle|source|kuva|zdroj)\s*:|©|\(c\)|copyright\b)/i;

function printFundusFailures(pages: FundusPage[]): void {
  console.log('\n=== fundus, Readcite failures per field (expected → got)');
  const rc = (p: FundusPage) => p.scores.readcite;
  const got = (p: FundusPage) => p.got.readcite;
  const names = (xs: string[]) => `[${xs.map((x) => cut(x, 40)).join(' | ')}]`;
  printFailures('title', 'titles differ', pages.filter((p) => !rc(p).title), (p) => `${p.key}\n    ${q(p.entry.title)}\n  → ${q(got(p).title)}`);
  const authors = pages.filter((p) => rc(p).authors && !rc(p).authors!.exact).sort((a, b) => rc(a).authors!.f1 - rc(b).authors!.f1);
  printFailures('authors', 'author sets differ', authors, (p) => `${p.key}  F1 ${f3(rc(p).authors!.f1)}\n    ${names(p.entry.authors ?? [])}\n  → ${names(got(p).authors)}`);
  printFailures('date', 'dates differ', pages.filter((p) => !rc(p).date), (p) => `${p.key}  ${q(p.entry.published)} → ${q(got(p).published)}`);
  printFailures('standfirst', 'summaries not found', pages.filter((p) => rc(p).standfirst === false), (p) =>
    `${p.key}\n    ${q(p.entry.body.summary.join(' '))}\n  → standfirst ${q(got(p).standfirst)}\n    text ${q(got(p).body.slice(got(p).standfirst.length))}`);
  const bodies = pages.map((p) => ({ p, s: rc(p).body, f1: 0 })).map((x) => ({ ...x, f1: pageF1(x.s) })).filter((x) => x.f1 < 0.9).sort((a, b) => a.f1 - b.f1);
  printFailures('body', 'bodies under F1 0.9', bodies, ({ p, s, f1 }) => {
    const lost = lostBlocks(p.entry.bodyText.replace(/\n/g, '\n\n'), got(p).body).slice(0, 2);
    return `${p.key}  F1 ${f3(f1)} P ${f3(pagePrecision(s))} R ${f3(pageRecall(s))}${p.failure ? `  (${p.failure})` : ''}` + lost.map((b) => `\n    lost: ${q(b.text)}`).join('');
  });
  const image = (p: FundusPage) => (got(p).image ? `  [image ${cut(got(p).image, 60)}]` : '  [no lead image]');
  printFailures('caption', 'captions not found', pages.filter((p) => rc(p).caption === false), (p) => `${p.key}${image(p)}\n    ${q(p.entry.leadImage?.caption)}\n  → ${q(got(p).caption)}`);
  printFailures('credit', 'credits not found', pages.filter((p) => rc(p).credit === false), (p) =>
    `${p.key}${rc(p).creditInCaption ? '  [in caption]' : ''}${image(p)}\n    ${names(p.entry.leadImage?.credit ?? [])}\n  → credit ${q(got(p).credit)}  caption ${q(got(p).caption, 80)}`);
  const labelled = pages.filter((p) => rc(p).credit && CREDIT_LABEL.test(got(p).credit ?? ''));
  console.log(`\n--- credit found but with its label left in ("Foto:", "©"…): ${labelled.length} pages`);
  for (const p of labelled) console.log(`${p.key}  ${q(got(p).credit)}`);
  const site = pages.filter((p) => p.siteAuthors.length);
  console.log(`\n--- site or desk given as author: ${site.length} pages (* = Fundus expects it too), as a person: ${pages.filter((p) => p.sitePersons.length).length} (${pages.filter((p) => p.sitePersons.length).map((p) => p.key).join(', ') || 'none'}); the rest as organisations`);
  for (const p of site) {
    const expected = new Set((p.entry.authors ?? []).map(normalise));
    console.log(`${p.key}  (${p.entry.publisher}, ${hostLabel(p.entry.url)})  ${p.siteAuthors.map((n) => `${q(n, 60)}${expected.has(normalise(n)) ? '*' : ''}`).join(', ')}`);
  }
}

function runFundus(): FundusPage[] {
  const data = JSON.parse(fs.readFileSync(path.join(FUNDUS, 'expected.json'), 'utf8')) as { pages: Record<string, FundusEntry> };
  const keys = Object.keys(data.pages).filter((k) => k.startsWith(ONLY)).sort();
  const group = fundusGroups(Object.values(data.pages));
  const pages = keys.map((k, i) => {
    const page = runFundusPage(k, data.pages[k]!, i, group(data.pages[k]!.language));
    closeWindows();
    return page;
  });
  if (pages.length) {
    printFundusTables(pages);
    printFundusFailures(pages);
  }
  return pages;
}

// ---------------------------------------------------------------- Readability's test pages

const FAKE_URL = 'http://fakehost/test/page.html';
const META_FIELDS = ['title', 'byline', 'lang', 'dir', 'siteName', 'published'] as const;
type MetaField = (typeof META_FIELDS)[number];
type Meta = Record<MetaField, string>;

interface ExpectedMeta {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

interface RPage {
  key: string;
  failure: string;
  expectedText: string;
  captions: Set<string>;
  expected: Meta;
  got: { readcite: Meta; vanilla: Meta };
  text: { readcite: string; vanilla: string; vanillaBlocks: string };
  score: { readcite: PageScore; vanilla: PageScore; vanillaBlocks: PageScore };
  ms: { readcite: number; vanilla: number };
}

/** Metadata as compared: null and '' alike, dir unset = ltr (the default), the date part of the published time. */
function meta(m: { [K in MetaField]?: string | null | undefined }): Meta {
  return {
    title: m.title ?? '',
    byline: m.byline ?? '',
    lang: m.lang ?? '',
    dir: m.dir || 'ltr',
    siteName: m.siteName ?? '',
    published: datePart(m.published),
  };
}

/**
 * The body as the view shows it, for comparing with Readability's expected HTML (which keeps figures and
 * captions): the lead photo's caption and credit, then the body with its figure captions.
 * (Article.text leaves captions out, as the extraction benchmarks' truths do.)
 */
function shownText(a: Article): string {
  const body = parseHtml(`<body>${a.contentHtml}</body>`, FAKE_URL).body; // an inert jsdom document: nothing runs
  return [a.leadImage?.caption, a.leadImage?.credit, blockText(body)].filter(Boolean).join('\n\n');
}

function runRPage(key: string, index: number): RPage {
  const dir = path.join(RPAGES, key);
  const want = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMeta;
  const expectedDoc = parseHtml(gunzip(path.join(dir, 'expected.html.gz')), FAKE_URL);
  const expectedText = blockText(expectedDoc.body);
  const captions = new Set([...expectedDoc.querySelectorAll('figcaption')].map((c) => normalise(c.textContent)));
  const runs = runBoth(parseHtml(gunzip(path.join(dir, 'source.html.gz')), FAKE_URL), FAKE_URL, index);
  const a = runs.article;
  const v = runs.vanilla;
  const text = { readcite: a ? shownText(a) : '', vanilla: v?.textContent ?? '', vanillaBlocks: v?.blocks ?? '' };
  return {
    key,
    failure: runs.failure,
    expectedText,
    captions,
    expected: meta({ ...want, published: want.publishedTime }),
    got: {
      readcite: meta({ ...(a ?? {}), published: a?.published ?? null }),
      vanilla: meta({ ...(v ?? {}), published: v?.publishedTime ?? null }),
    },
    text,
    score: {
      readcite: scorePage(expectedText, text.readcite),
      vanilla: scorePage(expectedText, text.vanilla),
      vanillaBlocks: scorePage(expectedText, text.vanillaBlocks),
    },
    ms: runs.ms,
  };
}

function printRTables(pages: RPage[]): void {
  console.log(`\n=== readability pages: ${pages.length} pages of ${RPAGES}`);
  console.log('text vs expected.html (blockText), and metadata equal to expected-metadata.json after normalising');
  const head = ['', 'recall', 'precision', 'F1', ...META_FIELDS];
  const row = (label: string, side: 'readcite' | 'vanilla' | 'vanillaBlocks') => {
    const s = summarise(pages.map((p) => p.score[side]));
    const m = side === 'vanillaBlocks' ? 'vanilla' : side;
    const metaCells = side === 'vanillaBlocks' ? META_FIELDS.map(() => '') : META_FIELDS.map((k) => f3(share(pages.map((p) => sameNormalised(p.expected[k], p.got[m][k])))));
    return [label, f3(s.recall), f3(s.precision), f3(s.f1), ...metaCells];
  };
  printTable(head, [row('Readcite (body as shown)', 'readcite'), row('vanilla textContent', 'vanilla'), row('vanilla, blocks separated', 'vanillaBlocks')]);
  const none = pages.filter((p) => p.failure);
  console.log(`\nReadcite gave no article on ${none.length}${none.length ? `: ${none.map((p) => `${p.key} (${p.failure})`).join(', ')}` : ''}`);
  printTiming('readability pages', pages.map((p) => p.ms));
}

function printRFailures(pages: RPage[]): void {
  console.log('\n=== readability pages, Readcite differences (expected → Readcite)');
  const low = pages.filter((p) => pageRecall(p.score.readcite) < 0.9).sort((a, b) => pageRecall(a.score.readcite) - pageRecall(b.score.readcite));
  printFailures('text', 'pages under recall 0.9', low, (p) => {
    const lost = lostBlocks(p.expectedText, p.text.readcite);
    const words = lost.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
    const tag = (t: string) => (p.captions.has(normalise(t)) ? ' [figcaption]' : '');
    return `${p.key}  R ${f3(pageRecall(p.score.readcite))} P ${f3(pagePrecision(p.score.readcite))}${p.failure ? `  (${p.failure})` : ''}  lost ${lost.length} blocks, ~${words} words` +
      lost.slice(0, 3).map((b) => `\n    lost${tag(b.text)}: ${q(b.text, 150)}`).join('');
  });
  for (const k of META_FIELDS) {
    const diff = pages.filter((p) => !sameNormalised(p.expected[k], p.got.readcite[k]));
    printFailures(k, 'differ', diff, (p) => `${p.key}\n    ${q(p.expected[k])}\n  → ${q(p.got.readcite[k])}`);
  }
  const vanillaOff = pages.filter((p) => META_FIELDS.some((k) => !sameNormalised(p.expected[k], p.got.vanilla[k])));
  console.log(`\nsanity: vanilla metadata differs from expected on ${vanillaOff.length} pages${vanillaOff.length ? `: ${vanillaOff.map((p) => p.key).join(', ')}` : ''}`);
}

function runReadabilityPages(): RPage[] {
  const keys = fs
    .readdirSync(RPAGES)
    .filter((k) => fs.existsSync(path.join(RPAGES, k, 'source.html.gz')) && k.startsWith(ONLY))
    .sort();
  const pages = keys.map((k, i) => {
    const page = runRPage(k, i);
    closeWindows();
    return page;
  });
  if (pages.length) {
    printRTables(pages);
    printRFailures(pages);
  }
  return pages;
}

// ---------------------------------------------------------------- main

const fundus = CORPUS === 'readability' ? [] : runFundus();
const rpages = CORPUS === 'fundus' ? [] : runReadabilityPages();
if (!fundus.length && !rpages.length) console.error(`No pages${ONLY ? ` starting with ${ONLY}` : ''}.`);

if (JSON_OUT) {
  const out = {
    fundus: fundus.map((p) => ({ key: p.key, expected: { ...p.entry, bodyText: undefined, body: undefined, summary: p.entry.body.summary }, failure: p.failure, got: p.got, scores: p.scores, siteAuthors: p.siteAuthors })),
    readability: rpages.map((p) => ({ key: p.key, expected: p.expected, failure: p.failure, got: p.got, recall: pageRecall(p.score.readcite), precision: pagePrecision(p.score.readcite), lost: lostBlocks(p.expectedText, p.text.readcite).map((b) => b.text) })),
  };
  fs.writeFileSync(JSON_OUT, JSON.stringify(out, null, 1));
  console.log(`\nper-page results written to ${JSON_OUT}`);
}
