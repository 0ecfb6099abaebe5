import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractArticle } from '../../src/core/index.js';
import { newExplanation, type FieldDecision } from '../../src/core/explain.js';
import { main } from '../../src/cli.js';
import { parse } from './fixtures.js';

const URL_ = 'https://eastsidevoice.org/2025/09/18/linden-court-rent-freeze/';
const TITLE = 'Tenants win rent freeze after six-month campaign';

/** JSON-LD names the site as author; the header names the reporter; the body ends with a donation appeal. */
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} – Eastside Voice</title>
<meta property="og:site_name" content="Eastside Voice">
<meta property="og:description" content="Residents organised floor by floor; on Thursday the landlord gave in.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${TITLE}",
  "author":{"@type":"Organization","name":"Eastside Voice"},"datePublished":"2025-09-18T17:20:00-04:00"}</script>
</head><body>
<nav><a href="/">Eastside Voice</a> <a href="/housing/">Housing</a></nav>
<article>
  <h1>${TITLE}</h1>
  <p class="byline">By <a href="/author/priya-raman/">Priya Raman</a></p>
  <div class="body">
    <p>Residents of the two Linden Court towers spent six months knocking on every door in the building, collecting signatures and holding meetings in the laundry room. On Thursday their landlord agreed to freeze rents.</p>
    <p>The agreement also commits the company to repairing both elevators by the end of the year. One of them has been out of service since February, leaving older residents stranded.</p>
    <p>Housing organisers said the campaign could become a model for other buildings in the neighbourhood, where several large complexes have changed hands.</p>
    <div class="donate-appeal"><p>If you value our housing reporting, please make a donation today. Every gift is tax-deductible.</p><button type="button">Donate now</button></div>
  </div>
</article>
</body></html>`;

function explained() {
  const explain = newExplanation();
  const article = extractArticle(parse(HTML, URL_), URL_, { explain });
  assert.ok(article, 'an article');
  return { article, explain };
}

const field = (fields: FieldDecision[], name: string) => {
  const found = fields.find((f) => f.field === name);
  assert.ok(found, `a ${name} field`);
  return found;
};

describe('extractArticle with { explain }', () => {
  it('leaves the explanation empty until asked, and the article the same either way', () => {
    const plain = extractArticle(parse(HTML, URL_), URL_);
    const { article, explain } = explained();
    assert.deepEqual(article, plain);
    assert.ok(explain.fields.length > 0 && explain.blocks.length > 0);
  });

  it('records each field with its source and every candidate', () => {
    const { explain } = explained();
    const title = field(explain.fields, 'title');
    assert.deepEqual([title.source, title.value], ['json-ld', TITLE]);
    const published = field(explain.fields, 'published');
    assert.deepEqual(
      { source: published.source, value: published.value, candidates: published.candidates },
      {
        source: 'json-ld',
        value: '2025-09-18T17:20:00-04:00',
        candidates: [
          { source: 'json-ld', value: '2025-09-18T17:20:00-04:00' },
          { source: 'url', value: '2025-09-18' },
        ],
      },
    );
  });

  it('shows the header byline winning over a JSON-LD author that is the site', () => {
    const { article, explain } = explained();
    assert.deepEqual(article.authors, [{ name: 'Priya Raman', kind: 'person', url: 'https://eastsidevoice.org/author/priya-raman/' }]);
    assert.deepEqual(field(explain.fields, 'authors'), {
      field: 'authors',
      source: 'dom',
      value: 'Priya Raman (person)',
      candidates: [
        { source: 'json-ld', value: 'Eastside Voice' },
        { source: 'dom (article header)', value: 'Priya Raman' },
      ],
    });
  });

  it('records a field no source had, with no candidates', () => {
    const modified = field(explained().explain.fields, 'modified');
    assert.deepEqual(modified, { field: 'modified', source: null, value: '', candidates: [] });
  });

  it('names the rule that removed the donation appeal', () => {
    const { article, explain } = explained();
    assert.ok(!article.text.includes('make a donation'));
    const removed = explain.blocks.filter((b) => b.action === 'removed' && b.text.includes('make a donation'));
    assert.equal(removed.length, 1, JSON.stringify(explain.blocks));
    assert.equal(removed[0]!.tag, 'div');
    assert.equal(removed[0]!.rule, 'edge: furniture hint with appeal wording, links or few words');
  });

  it('records where the trims stopped, at both edges', () => {
    const kept = explained().explain.blocks.filter((b) => b.action === 'kept').map((b) => b.rule.split(':')[0]);
    assert.deepEqual(kept.sort(), ['end', 'start']);
  });
});

describe('readcite extract --explain', () => {
  it('prints the fields and blocks sections and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-explain-'));
    const file = path.join(dir, 'page.html');
    fs.writeFileSync(file, HTML);
    let out = '';
    let err = '';
    const code = await main(['extract', file, '--url', URL_, '--explain'], { out: (t) => (out += t), err: (t) => (err += t) });
    fs.rmSync(dir, { recursive: true });
    assert.deepEqual([code, err], [0, '']);
    const [fields, blocks] = out.split('\n\n');
    assert.match(fields!, /^fields \(source: value; other candidates\)\n/);
    assert.ok(fields!.includes(`  title: [json-ld] ${TITLE}\n`));
    assert.ok(fields!.includes('  authors: [dom] Priya Raman (person)\n      json-ld: Eastside Voice\n      dom (article header): Priya Raman'));
    assert.match(blocks!, /^blocks \(removed, or kept where a trim stopped\)\n/);
    assert.ok(blocks!.includes('\n  - <div> edge: furniture hint with appeal wording, links or few words: “If you value our housing reporting, please make a donation today.'));
  });
});
