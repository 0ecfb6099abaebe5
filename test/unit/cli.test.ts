import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { main } from '../../src/cli.js';
import { FIXTURES } from './fixtures.js';

const CD = path.join(FIXTURES, 'commondreams-doj', 'source.html');
const CD_URL = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('readcite extract', () => {
  it('prints JSON with metadata, licence, text and sanitised html', async () => {
    const { code, out } = await run('extract', CD, '--url', CD_URL);
    assert.equal(code, 0);
    const data = JSON.parse(out) as Record<string, unknown> & { licence: { licence: { id: string } }; html: string; text: string };
    assert.equal(data['title'], "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts");
    assert.equal(data['byline'], 'Julia Conley');
    assert.equal(data['url'], CD_URL);
    assert.equal(data.licence.licence.id, 'CC-BY-NC-ND-3.0');
    assert.ok(data.text.startsWith('The American Civil Liberties Union (ACLU) is accusing'));
    assert.ok(data.html.includes('<a href="http://www.latimes.com/local/lanow/la-me-ln-sessions-sanctuary-20170803-story.html" target="_blank" rel="noopener noreferrer">'));
    assert.equal('contentHtml' in data, false);
  });

  it('prints plain text: the body only', async () => {
    const { code, out } = await run('extract', CD, '--url', CD_URL, '--format', 'text');
    assert.equal(code, 0);
    assert.equal(out.split('\n\n').length, 11);
    assert.ok(!out.includes('Julia Conley'));
  });

  it('prints Markdown with the source and licence', async () => {
    const { code, out } = await run('extract', CD, '--url', CD_URL, '--format', 'markdown');
    assert.equal(code, 0);
    assert.ok(out.startsWith("# DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts\n"));
    assert.ok(out.includes('[told the *Los Angeles Times*](http://www.latimes.com/local/lanow/la-me-ln-sessions-sanctuary-20170803-story.html)'));
    assert.ok(out.endsWith(`Source: <${CD_URL}>\nLicence: CC BY-NC-ND 3.0 <https://creativecommons.org/licenses/by-nc-nd/3.0/>\nPublisher's notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”\n`));
  });

  it('writes formulas in Markdown as their TeX, inline and displayed', async () => {
    const katex = path.join(import.meta.dirname, '..', 'fidelity', 'pages', 'math-katex.html');
    const { code, out } = await run('extract', katex, '--url', 'https://example.org/pendulum', '--format', 'markdown');
    assert.equal(code, 0);
    assert.ok(out.includes('For small swings the period is $T = 2\\pi\\sqrt{L/g}$, and nothing in it mentions the mass of the bob.'), out);
    assert.ok(out.includes('\n\n$$\\ddot{\\theta} + \\frac{g}{L}\\sin\\theta = 0$$\n\n'), out);
  });

  it('reads .html.gz files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-cli-'));
    const gz = path.join(dir, 'page.html.gz');
    fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(CD)));
    const { code, out } = await run('extract', gz, '--url', CD_URL, '--format', 'text');
    assert.equal(code, 0);
    assert.ok(out.startsWith('The American Civil Liberties Union'));
    fs.rmSync(dir, { recursive: true });
  });

  it('reads pages in legacy charsets as the page declares them (windows-1252, Shift_JIS)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-charset-'));
    const page = (charset: string, title: string, para: string) =>
      `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>${para}</p>`.repeat(4)}</article></body></html>`;
    const cp1252 = path.join(dir, 'cp1252.html');
    fs.writeFileSync(cp1252, iconv.encode(page('windows-1252', 'Café société – “quoted”', 'Le café du coin ferme ses portes après trente ans de service, disent les habitués du quartier, déçus et émus.'), 'windows-1252'));
    const sjis = path.join(dir, 'sjis.html');
    fs.writeFileSync(sjis, iconv.encode(page('Shift_JIS', '図書館の開館時間が延長', '市立図書館は来月から平日の開館時間を午後十時まで延長すると発表した。学生たちの署名運動がきっかけとなった。'), 'Shift_JIS'));
    const a = JSON.parse((await run('extract', cp1252, '--url', 'https://example.fr/a')).out) as { title: string; text: string };
    assert.equal(a.title, 'Café société – “quoted”');
    assert.ok(a.text.startsWith('Le café du coin ferme ses portes après trente ans'));
    const b = JSON.parse((await run('extract', sjis, '--url', 'https://example.jp/a')).out) as { title: string; text: string };
    assert.equal(b.title, '図書館の開館時間が延長');
    assert.ok(b.text.startsWith('市立図書館は来月から平日の開館時間を午後十時まで延長すると発表した。'));
    fs.rmSync(dir, { recursive: true });
  });

  describe('decoding as a browser does (src/cli/decode.ts)', () => {
    const TITLE = 'Ремонт мостов в центре Москвы';
    const PARA = 'Городские власти объявили, что с понедельника в центре Москвы начнётся ремонт трёх крупных мостов. Работы продлятся до конца октября, а движение транспорта будет частично ограничено.';
    const cyrillic = (head = '') => `<!doctype html><html><head>${head}<title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${`<p>${PARA}</p>`.repeat(4)}</article></body></html>`;
    let dir = '';
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-decode-'))));
    after(() => fs.rmSync(dir, { recursive: true }));

    it('reads undeclared UTF-8 as UTF-8 (jsdom alone gave windows-1252 mojibake)', async () => {
      const file = path.join(dir, 'utf8.html');
      fs.writeFileSync(file, cyrillic());
      const { code, out } = await run('extract', file, '--url', 'https://example.ru/a');
      assert.equal(code, 0);
      const data = JSON.parse(out) as { title: string; text: string };
      assert.equal(data.title, TITLE);
      assert.ok(data.text.startsWith(PARA));
    });

    it('guesses an undeclared legacy encoding, and --encoding overrides a wrong declaration', async () => {
      const guessed = path.join(dir, 'cp1251.html');
      fs.writeFileSync(guessed, iconv.encode(cyrillic(), 'windows-1251'));
      assert.equal((JSON.parse((await run('extract', guessed, '--url', 'https://example.ru/a')).out) as { title: string }).title, TITLE);
      const mislabelled = path.join(dir, 'mislabelled.html');
      fs.writeFileSync(mislabelled, iconv.encode(cyrillic('<meta charset="utf-8">'), 'windows-1251'));
      const asDeclared = JSON.parse((await run('extract', mislabelled, '--url', 'https://example.ru/a')).out) as { title: string };
      assert.equal(asDeclared.title, TITLE.replace(/[А-Яа-я]/g, '\uFFFD'), 'as a browser does, the declaration is followed');
      const overridden = await run('extract', mislabelled, '--url', 'https://example.ru/a', '--encoding', 'cp1251', '--format', 'text');
      assert.equal(overridden.code, 0);
      assert.ok(overridden.out.startsWith(PARA));
    });

    it('refuses an unknown --encoding label with exit code 1', async () => {
      const file = path.join(dir, 'any.html');
      fs.writeFileSync(file, cyrillic());
      const message = 'readcite: unknown encoding "klingon" for --encoding: use a WHATWG Encoding label such as utf-8, windows-1252, windows-1251, shift_jis, euc-kr, gb18030\n';
      assert.deepEqual(await run('extract', file, '--encoding', 'klingon'), { code: 1, out: '', err: message });
      assert.equal((await run('extract', file, '--encoding')).code, 1);
      assert.match((await run('--help')).out, /--encoding {2}read the page in this encoding/);
    });

    it('honours the HTTP charset over the <meta>', async () => {
      const server = http.createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset="windows-1251"' });
        res.end(iconv.encode(cyrillic('<meta charset="utf-8">'), 'windows-1251'));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { code, out } = await run('extract', `http://127.0.0.1:${(server.address() as AddressInfo).port}/a`);
        assert.equal(code, 0);
        assert.equal((JSON.parse(out) as { title: string }).title, TITLE);
      } finally {
        server.close();
      }
    });
  });

  it('exits 2 when there is no article', async () => {
    const { code, out, err } = await run('extract', path.join(FIXTURES, 'not-an-article', 'source.html'));
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /^readcite: no article found in /);
  });

  it('exits 1 with a clear message on errors', async () => {
    assert.deepEqual(await run('extract', '/no/such/file.html'), { code: 1, out: '', err: 'readcite: cannot read /no/such/file.html: ENOENT\n' });
    assert.equal((await run('extract', CD, '--format', 'pdf')).err, 'readcite: unknown format "pdf": use json, markdown or text\n');
    assert.equal((await run('frobnicate')).code, 1);
    assert.equal((await run('extract', 'http://no-such-host.invalid/')).err, 'readcite: cannot resolve the host of http://no-such-host.invalid/\n');
  });

  it('cites in any style, for a given access date', async () => {
    const mla = await run('cite', CD, '--url', CD_URL, '--style', 'mla');
    assert.equal(mla.out, 'Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” Common Dreams, 4 Aug. 2017, www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts.\n');
    const harvard = await run('cite', CD, '--url', CD_URL, '--style', 'harvard', '--accessed', '2025-03-10', '--html');
    assert.equal(harvard.out, `Conley, J. (2017) ‘DOJ “Bullying” Cities Into Complying With Anti-Immigration Efforts’, <i>Common Dreams</i>, 4 August. Available at: ${CD_URL} (Accessed: 10 March 2025).\n`);
    const tasl = await run('cite', path.join(FIXTURES, 'newspaper-all-rights-reserved', 'source.html'), '--style', 'tasl');
    assert.deepEqual([tasl.code, tasl.err], [1, 'readcite: no reuse licence found on this page: cite it in an academic style (e.g. --style apa)\n']);
    assert.match((await run('cite', CD, '--style', 'vancouver')).err, /^readcite: unknown style "vancouver": use tasl, apa, mla, /);
  });

  describe('over HTTP', () => {
    let server: http.Server;
    let origin = '';
    before(async () => {
      server = http.createServer((req, res) => {
        if (req.url === '/article') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(fs.readFileSync(CD));
        } else if (req.url === '/data.json') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{}');
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    it('extracts a page it fetches', async () => {
      const { code, out } = await run('extract', `${origin}/article`);
      assert.equal(code, 0);
      assert.equal((JSON.parse(out) as { url: string }).url, CD_URL);
    });
    it('says which HTTP status it got', async () => {
      assert.equal((await run('extract', `${origin}/missing`)).err, `readcite: ${origin}/missing answered HTTP 404 Not Found\n`);
    });
    it('refuses answers that are not HTML', async () => {
      assert.equal((await run('extract', `${origin}/data.json`)).err, `readcite: ${origin}/data.json is not HTML (content-type: application/json)\n`);
    });
  });
});
