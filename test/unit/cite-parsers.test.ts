/**
 * Issue 13, part 3: Readcite's machine formats over the whole citation matrix, read back by real parsers:
 * BibTeX by @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero), RIS by
 * @citation-js/plugin-ris, CSL-JSON validated with ajv against a CSL-JSON item schema written for this
 * test from the CSL 1.0.2 specification's data model (test/cite/schema/csl-item.schema.json).
 * Round trip: title, authors, date, URL and language survive.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { Ajv } from 'ajv';
import { formatCitation } from '../../src/core/citation/index.js';
import { buildMatrix, type CslName, type MatrixEntry } from '../cite/matrix.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const itemSchema = JSON.parse(fs.readFileSync(path.join(HERE, '..', 'cite', 'schema', 'csl-item.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).addSchema(itemSchema, 'csl-item');
/** One CSL-JSON item. */
const validateItem = ajv.getSchema('csl-item')!;
/** A CSL-JSON file: an array of items (what Readcite's csl-json format writes). */
const validate = ajv.compile({ type: 'array', items: { $ref: 'csl-item' } });

const matrix = buildMatrix();

/** Quotes unified, whitespace collapsed: the round trip checks the words, the citeproc test the typography. */
const flat = (s: string) => s.normalize('NFC').replace(/[“”„"«»‘’‚'`]/g, '"').replace(/\s+/g, ' ').trim();
const flatTitle = (s: string) => flat(s).toLowerCase();

/** The hand-made names, as "family|given|suffix" with the particle in front of the family name. */
const expectedNames = (e: MatrixEntry) => (e.csl.author ?? []).map((n: CslName) => (n.literal ? n.literal : [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.given ?? '', n.suffix ?? ''].join('|')));
const datePrefix = (e: MatrixEntry) => (e.def.date.parts ? e.def.date.parts.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-') : null);
const primary = (lang: string) => lang.split('-')[0]!.toLowerCase();

/** biblatex \langid names for the languages in the matrix. */
const LANGID: Record<string, string[]> = { de: ['german', 'ngerman'], fr: ['french'], es: ['spanish'], ru: ['russian'], ja: ['japanese'], el: ['greek'], en: ['english', 'american', 'british', 'USenglish', 'UKenglish'] };

/** Collects failures per check, so one run reports every failing item (legibly), not the first. */
function check(name: string, run: (e: MatrixEntry) => string[]) {
  it(name, () => {
    const failures: string[] = [];
    for (const e of matrix) {
      let problems: string[];
      try {
        problems = run(e);
      } catch (err) {
        problems = [`threw ${String(err)}`];
      }
      if (problems.length) failures.push(`${e.id} (${e.pageTitle} | ${e.byline.join('; ') || '—'} | ${e.def.date.iso ?? '—'} | ${e.def.pageLang || '—'}): ${problems.join('; ')}`);
    }
    assert.equal(failures.length, 0, `${failures.length} of ${matrix.length} items:\n${failures.slice(0, 25).join('\n')}${failures.length > 25 ? `\n… and ${failures.length - 25} more` : ''}`);
  });
}

const creator = (c: Creator) => (c.name ? c.name : [[c.prefix, c.lastName].filter(Boolean).join(' '), c.firstName ?? '', c.suffix ?? ''].join('|'));

describe('BibTeX (biblatex) read back by @retorquere/bibtex-parser', () => {
  check('parses without errors, one entry per item, and the fields survive', (e) => {
    const out = formatCitation(e.readcite, 'bibtex')!.text;
    const lib = parseBibtex(out, { sentenceCase: false, caseProtection: 'as-needed' });
    const p: string[] = [];
    if (lib.errors.length) p.push(`parse errors: ${lib.errors.map((x) => JSON.stringify(x)).join(', ')}`);
    if (lib.entries.length !== 1) return [...p, `${lib.entries.length} entries`];
    const f = lib.entries[0]!.fields;
    if (flatTitle(f.title ?? '') !== flatTitle(e.pageTitle)) p.push(`title «${f.title ?? ''}» ≠ «${e.pageTitle}»`);
    const names = (f.author ?? []).map(creator);
    if (JSON.stringify(names) !== JSON.stringify(expectedNames(e))) p.push(`authors ${JSON.stringify(names)} ≠ ${JSON.stringify(expectedNames(e))}`);
    const date = datePrefix(e);
    if ((f.date ?? null) !== date) p.push(`date ${f.date ?? '—'} ≠ ${date ?? '—'}`);
    if (f.url !== e.def.url) p.push(`url ${f.url ?? '—'} ≠ ${e.def.url}`);
    const lang = primary(e.def.title.lang);
    if (lang !== 'en' && !LANGID[lang]?.includes(f.langid ?? '')) p.push(`langid ${f.langid ?? '—'} for ${lang}`);
    if (lang === 'en' && f.langid && !LANGID.en!.includes(f.langid)) p.push(`langid ${f.langid} for English`);
    return p;
  });
});

interface RisCsl {
  title?: string;
  URL?: string;
  language?: string;
  issued?: { 'date-parts'?: number[][] };
}

describe('RIS read back by @citation-js/plugin-ris', () => {
  check('parses to one record and the fields survive', (e) => {
    const out = formatCitation(e.readcite, 'ris')!.text;
    const p: string[] = [];
    if (!/^TY {2}- /.test(out) || !/\r\nER {2}- ?\r\n$/.test(out)) p.push('does not start with TY or end with ER');
    if (out.split('\r\n').some((l) => l && !/^[A-Z][A-Z0-9] {2}- /.test(l))) p.push('a line that is not a tag line');
    // The RIS reader's own record (tag -> values), then citation-js's mapping of it to CSL.
    const records = plugins.input.chainLink(out) as Record<string, string | string[]>[];
    const data = new Cite(out).data as RisCsl[];
    if (data.length !== 1 || records.length !== 1) return [...p, `${data.length} records`];
    const d = data[0]!;
    const rec = records[0]!;
    const tag = (t: string) => [rec[t] ?? []].flat();
    if (flatTitle(d.title ?? '') !== flatTitle(e.pageTitle)) p.push(`title «${d.title ?? ''}» ≠ «${e.pageTitle}»`);
    // RIS 2011: for TY NEWS the AU tag is the reporter ("Family, Given, Suffix"); citation-js maps it to `reporter`.
    const want = (e.csl.author ?? []).map((n) => (n.literal ? n.literal : [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.given, n.suffix].filter(Boolean).join(', ')));
    if (JSON.stringify(tag('AU')) !== JSON.stringify(want)) p.push(`AU ${JSON.stringify(tag('AU'))} ≠ ${JSON.stringify(want)}`);
    if (d.URL !== e.def.url) p.push(`URL ${d.URL ?? '—'} ≠ ${e.def.url}`);
    // citation-js takes only PY (the year) as `issued` for NEWS, so the full date is read from DA itself.
    const da = tag('DA')[0];
    const py = tag('PY')[0];
    const parts = e.def.date.parts;
    const gotDate = da ? da.split('/').filter(Boolean).map(Number) : py ? [Number(py)] : null;
    if (JSON.stringify(gotDate) !== JSON.stringify(parts)) p.push(`date DA ${da ?? '—'} / PY ${py ?? '—'} ≠ ${JSON.stringify(parts)}`);
    if (py && parts && Number(py) !== parts[0]) p.push(`PY ${py} ≠ ${parts[0]!}`);
    const lang = primary(e.def.title.lang);
    if (lang !== 'en' && primary(d.language ?? '') !== lang) p.push(`LA ${d.language ?? '—'} ≠ ${lang}`);
    return p;
  });
});

interface OutCsl {
  title?: string;
  'title-short'?: string;
  author?: CslName[];
  URL?: string;
  language?: string;
  issued?: { 'date-parts'?: number[][] };
  type?: string;
}

describe('CSL-JSON against the CSL 1.0.2 data model', () => {
  check('validates against csl-item.schema.json and the fields survive', (e) => {
    const out = formatCitation(e.readcite, 'csl-json')!.text;
    const data = JSON.parse(out) as OutCsl[];
    const p: string[] = [];
    if (!validate(data)) p.push(`schema: ${(validate.errors ?? []).map((x) => `${x.instancePath} ${x.message ?? ''}`).join(', ')}`);
    if (data.length !== 1) return [...p, `${data.length} items`];
    const d = data[0]!;
    if (flatTitle(d.title ?? '') !== flatTitle(e.pageTitle)) p.push(`title «${d.title ?? ''}» ≠ «${e.pageTitle}»`);
    const names = (d.author ?? []).map((n) => (n.literal ? n.literal : [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.given ?? '', n.suffix ?? ''].join('|')));
    if (JSON.stringify(names) !== JSON.stringify(expectedNames(e))) p.push(`authors ${JSON.stringify(names)} ≠ ${JSON.stringify(expectedNames(e))}`);
    if (JSON.stringify(d.issued?.['date-parts']?.[0] ?? null) !== JSON.stringify(e.def.date.parts)) p.push(`issued ${JSON.stringify(d.issued ?? null)} ≠ ${JSON.stringify(e.def.date.parts)}`);
    if (d.URL !== e.def.url) p.push(`URL ${d.URL ?? '—'} ≠ ${e.def.url}`);
    if (e.def.pageLang && primary(d.language ?? '') !== primary(e.def.pageLang)) p.push(`language ${d.language ?? '—'} ≠ ${e.def.pageLang}`);
    return p;
  });
  it('the schema accepts well-formed items (names, dates, custom, note)', () => {
    assert.equal(validate([{ id: 'a', type: 'webpage', title: 'x' }]), true);
    const full = {
      id: 7,
      type: 'article-newspaper',
      title: 'x',
      author: [{ family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }, { family: 'Gaulle', given: 'Charles', 'dropping-particle': 'de' }, { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }, { literal: 'Reuters' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [['2026', '1', '2']] },
      'original-date': { 'date-parts': [[1999], [2001]], circa: true },
      'event-date': { 'date-parts': [[2020]], season: 2 },
      submitted: { literal: 'Spring 2020' },
      'available-date': { raw: '2020-05-01' },
      page: '101-105',
      edition: 2,
      URL: 'https://example.org/',
      note: 'Free text',
      custom: { license: 'https://creativecommons.org/licenses/by/4.0/', anything: { nested: [1, 2] } },
    };
    assert.equal(validateItem(full), true, JSON.stringify(validateItem.errors));
  });
  it('the schema rejects what it must (unknown or misspelled fields, bad types, bad dates, bad names)', () => {
    const rejects = (item: object, why: string) => assert.equal(validate([item]), false, `accepted ${why}: ${JSON.stringify(item)}`);
    rejects({ id: 'a', type: 'webpage', licence: 'x' }, 'an unknown field');
    rejects({ id: 'a', type: 'webpage', 'conatiner-title': 'x' }, 'a misspelled field');
    rejects({ id: 'a', type: 'webpage', containerTitle: 'x' }, 'a camel-case field');
    rejects({ id: 'a', type: 'news', title: 'x' }, 'an unknown type');
    rejects({ type: 'webpage', title: 'x' }, 'an item without id');
    rejects({ id: 'a', title: 'x' }, 'an item without type');
    rejects({ id: 'a', type: 'webpage', title: 3 }, 'a number as a standard variable');
    rejects({ id: 'a', type: 'webpage', issued: { 'date-parts': [[2024, 3, 5, 1]] } }, 'four date parts');
    rejects({ id: 'a', type: 'webpage', issued: { 'date-parts': [] } }, 'empty date-parts');
    rejects({ id: 'a', type: 'webpage', issued: { season: 2 } }, 'a date without date-parts, literal or raw');
    rejects({ id: 'a', type: 'webpage', issued: {} }, 'an empty date');
    rejects({ id: 'a', type: 'webpage', issued: '2024-03-05' }, 'a date as a bare string');
    rejects({ id: 'a', type: 'webpage', issued: { 'date-parts': [[2024]], dateparts: [[2024]] } }, 'a misspelled date field');
    rejects({ id: 'a', type: 'webpage', author: [{ family: 'King', given: 'Martin', sufix: 'Jr.' }] }, 'a misspelled name field');
    rejects({ id: 'a', type: 'webpage', author: [{ suffix: 'Jr.' }] }, 'a name with neither family, given nor literal');
    rejects({ id: 'a', type: 'webpage', author: { literal: 'Reuters' } }, 'names not in an array');
    rejects({ id: 'a', type: 'webpage', custom: 'x' }, 'custom that is not an object');
  });
});
