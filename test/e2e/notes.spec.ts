import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { launchChromium } from './chromium-driver.js';
import { launchFirefox } from './firefox-driver.js';
import { CD_ADDED, CD_ATTRIBUTION, CD_URL } from './common-dreams.js';
import type { ReaderView } from '../../scripts/reader-view.js';
import { selectInArticle } from './selection.js';

/**
 * Highlights and notes (issue 15), in both browsers: select, press h, and the passage is kept in
 * storage.local under the article's canonical URL, comes back when the view opens again (re-anchored if
 * the text moved, listed as not found if it went), and leaves in Copy notes and Download notes with
 * its citation, a hostile note as inert text.
 */
const PASSAGE = 'ordered to give federal agents access to their jails';
const SECOND = 'make all of us less safe';

async function openView(open: (slug: string, o?: { generated?: boolean }) => Promise<{ tab: import('./driver.js').Tab; view: ReaderView }>, ext: import('./driver.js').ExtensionBrowser, slug: string, generated = false) {
  const opened = await open(slug, { generated });
  await ext.clickAction(opened.tab);
  await expect.poll(() => opened.view.isOpen()).toBe(true);
  return opened;
}

const marks = (view: ReaderView) => view.texts('.rc-body mark.rc-hl');
const stored = (ext: import('./driver.js').ExtensionBrowser) => ext.inExtension(async (url) => ((await chrome.storage.local.get(`notes:${url}`))[`notes:${url}`] ?? null) as { highlights: { quote: { exact: string }; note: string; colour: string }[] } | null, CD_URL);

test('select, h: the highlight is painted, stored under the canonical URL, and back when the view opens again', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(view, PASSAGE);
  await tab.press('h');
  await expect.poll(() => marks(view)).toEqual([PASSAGE]);
  expect((await stored(ext))!.highlights.map((h) => [h.quote.exact, h.colour, h.note])).toEqual([[PASSAGE, 'yellow', '']]);

  await tab.press('Escape');
  await view.waitForClosed();
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await expect.poll(() => marks(view)).toEqual([PASSAGE]);
  // The panel lists it, in reading order, and the mark is not the author's: Republish leaves it out.
  await tab.press('Shift+N');
  await expect.poll(() => view.texts('.rc-notes-list .rc-note-quote')).toEqual([`“${PASSAGE}”`]);
  await view.click('.rc-cite-more');
  await view.click('.rc-republish');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: the whole article with its attribution.');
  const { html } = await ext.readClipboard();
  expect(html).toContain(`<p>The cities' leaders were ${PASSAGE} and to notify`);
  expect(html).not.toMatch(/<mark|rc-hl/);
});

test('Ctrl+C over a highlight copies the author\'s words without the view\'s marks', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(view, PASSAGE);
  await tab.press('h');
  await expect.poll(() => marks(view)).toEqual([PASSAGE]);
  // The whole paragraph that holds the highlight.
  const paragraph = await view.eval((root, wanted) => {
    const p = Array.from(root.querySelectorAll('.rc-body p')).find((el) => el.textContent.includes(wanted))!;
    const range = root.createRange();
    range.selectNodeContents(p);
    root.getSelection()!.removeAllRanges();
    root.getSelection()!.addRange(range);
    return p.textContent;
  }, PASSAGE);
  await tab.press('Control+c');
  await expect.poll(async () => (await ext.readClipboard()).text).toBe(paragraph);
  const { html } = await ext.readClipboard();
  expect(html).toContain(`were ${PASSAGE} and to notify`);
  expect(html).not.toMatch(/<mark|rc-hl/);
});

test('an article changed by a sentence re-anchors; with the passage cut it is listed as not found', async ({ open, ext }) => {
  const first = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(first.view, PASSAGE);
  await first.tab.press('h');
  await expect.poll(() => marks(first.view)).toEqual([PASSAGE]);
  const before = await first.view.eval((root) => root.querySelector('.rc-body')!.textContent.indexOf('ordered to give federal'));

  const changed = await openView(open, ext, 'commondreams-doj-changed', true);
  await expect.poll(() => marks(changed.view)).toEqual([PASSAGE]);
  expect(await changed.view.eval((root) => root.querySelector('.rc-body')!.textContent.indexOf('ordered to give federal'))).toBe(before! + CD_ADDED.length);

  const cut = await openView(open, ext, 'commondreams-doj-cut', true);
  await cut.tab.press('Shift+N');
  await expect.poll(() => cut.view.texts('.rc-notes-missing .rc-note-quote')).toEqual([`“${PASSAGE}”`]);
  expect(await marks(cut.view)).toEqual([]);
  expect(await cut.view.text('.rc-notes-missing h3')).toBe('Not found in this version');
  // Never dropped: it is still stored.
  expect((await stored(ext))!.highlights.map((h) => h.quote.exact)).toEqual([PASSAGE]);
});

/** A note a reader might paste from a hostile page: a link, markup, an image, an Obsidian comment. */
const HOSTILE = 'See [memo](javascript:alert(1)) <img src=x onerror=alert(2)> %%x%%';

test('Copy notes and Download notes give the passages, the notes and the citation, hostile text inert', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(view, SECOND);
  await tab.press('h');
  await selectInArticle(view, PASSAGE);
  await tab.press('n');
  await expect.poll(() => view.eval((root) => root.querySelector<HTMLDialogElement>('.rc-note-editor')!.open)).toBe(true);
  await tab.type(HOSTILE);
  await view.click('.rc-note-save');
  await expect.poll(() => view.eval((root) => root.querySelector<HTMLDialogElement>('.rc-note-editor')!.open)).toBe(false);
  await expect.poll(() => marks(view)).toEqual([PASSAGE, SECOND]);

  await tab.press('Shift+N');
  await view.click('.rc-copy-notes');
  await expect.poll(() => view.text('.rc-notes-status')).toBe('Copied: notes with citations.');
  const short = '(Julia Conley, Common Dreams, CC BY-NC-ND 3.0)';
  const copied = await ext.readClipboard();
  expect(copied.text).toBe(`“${PASSAGE}” ${short}\nNote: ${HOSTILE}\n\n“${SECOND}” ${short}\n\n${CD_ATTRIBUTION}`);
  expect(copied.html).toContain('<p>Note: See [memo](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt; %%x%%</p>');
  expect(copied.html).not.toContain('<img');

  const file = await ext.download(tab, () => view.click('.rc-download-notes'));
  expect(file.name).toBe('doj-bullying-cities-into-complying-with-anti-immigration-efforts-notes.md');
  const accessed = await view.eval(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(file.text).toBe(`---
title: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts"
authors:
  - "Julia Conley"
site: "Common Dreams"
url: "${CD_URL}"
published: "2017-08-04"
accessed: "${accessed}"
licence: "CC BY-NC-ND 3.0"
licence_url: "https://creativecommons.org/licenses/by-nc-nd/3.0/"
citation: ${JSON.stringify(CD_ATTRIBUTION)}
---

# DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts

> “${PASSAGE}” (Julia Conley, *Common Dreams*, CC BY-NC-ND 3.0)

See \\[memo\\](javascript:alert(1)) \\<img src=x onerror=alert(2)\\> \\%\\%x\\%\\%

> “${SECOND}” (Julia Conley, *Common Dreams*, CC BY-NC-ND 3.0)

## Reference

“[DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts](<${CD_URL}>)” by Julia Conley, Common Dreams (4 August 2017), is licensed under [CC BY-NC-ND 3.0](<https://creativecommons.org/licenses/by-nc-nd/3.0/>).  
Source: ${CD_URL}  
Licence: https://creativecommons.org/licenses/by-nc-nd/3.0/  
Publisher's notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”
`);
});

test('delete and undo: the highlight goes, and comes back with its note', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(view, PASSAGE);
  await tab.press('h');
  await tab.press('Shift+N');
  await expect.poll(() => view.texts('.rc-notes-list .rc-note-quote')).toEqual([`“${PASSAGE}”`]);
  await view.click('.rc-notes-list .rc-note-delete');
  await expect.poll(() => marks(view)).toEqual([]);
  await expect.poll(async () => (await stored(ext)) ?? null).toBe(null);
  await view.click('.rc-undo');
  await expect.poll(() => marks(view)).toEqual([PASSAGE]);
  await expect.poll(async () => (await stored(ext))?.highlights.length).toBe(1);
});

test('the options page lists the notes with their size, exports Markdown and JSON-LD, deletes, and imports back merged', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(view, PASSAGE);
  await tab.press('h');
  await selectInArticle(view, SECOND);
  await tab.press('h');
  await expect.poll(async () => (await stored(ext))?.highlights.length).toBe(2);
  const bytes = await ext.inExtension(async (url) => {
    const key = `notes:${url}`;
    return new TextEncoder().encode(key + JSON.stringify((await chrome.storage.local.get(key))[key])).length;
  }, CD_URL);

  const options = await ext.openOptions();
  const page = options.document;
  await page.waitFor((root) => root.querySelectorAll('.rc-opt-notes li').length === 1);
  expect(await page.text('.rc-opt-notes li a')).toBe("DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts");
  expect(await page.text('.rc-opt-notes li .rc-hint')).toBe(`2 highlights, ${bytes.toLocaleString('en-US')} bytes`);
  expect(await page.text('.rc-opt-notes-summary')).toBe(`1 article with notes, ${bytes.toLocaleString('en-US')} bytes in this browser.`);

  const md = await ext.download(options, () => page.click('.rc-export-md'));
  expect(md.name).toBe('readcite-notes.md');
  expect(md.text.split('\n').slice(0, 6)).toEqual(['# Readcite notes', '', "## DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts", '', `> “${PASSAGE}” (Julia Conley, *Common Dreams*, CC BY-NC-ND 3.0)`, '']);
  const jsonld = await ext.download(options, () => page.click('.rc-export-jsonld'));
  expect(jsonld.name).toBe('readcite-notes.jsonld');
  const exported = JSON.parse(jsonld.text) as { type: string; total: number; first: { items: { target: { selector: { type: string; exact?: string }[] } }[] } };
  expect([exported.type, exported.total, exported.first.items.map((a) => a.target.selector[0]!.exact)]).toEqual(['AnnotationCollection', 2, [PASSAGE, SECOND]]);

  await page.click('.rc-delete-all');
  await expect.poll(() => page.text('.rc-opt-notes-summary')).toBe('No notes yet.');
  expect(await stored(ext)).toBe(null);

  await ext.upload(options, '#rc-import', { name: 'notes.jsonld', text: jsonld.text });
  await expect.poll(() => page.text('.rc-opt-notes-status')).toBe('Imported: 2 highlights; articles: 1; entries skipped: 0.');
  // Importing the same file again adds nothing.
  await ext.upload(options, '#rc-import', { name: 'notes.jsonld', text: jsonld.text });
  await expect.poll(() => page.texts('.rc-opt-notes li .rc-hint')).toEqual([`2 highlights, ${bytes.toLocaleString('en-US')} bytes`]);
  expect((await stored(ext))!.highlights.map((h) => h.quote.exact)).toEqual([PASSAGE, SECOND]);
});

test('a fresh browser start with the same profile keeps the highlights', async ({ browserName, siteOrigin }) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-profile-'));
  const launch = () => (browserName === 'firefox' ? launchFirefox({ profileDir: profile }) : launchChromium({ siteOrigin, userDataDir: profile }));
  const start = async (n: number) => {
    const browser = await launch();
    const tab = await browser.firstTab();
    await tab.goto(`${siteOrigin}/page/commondreams-doj?restart=${n}`);
    await browser.clickAction(tab);
    await expect.poll(() => tab.view.isOpen()).toBe(true);
    return { browser, tab };
  };
  try {
    const first = await start(1);
    await selectInArticle(first.tab.view, PASSAGE);
    await first.tab.press('h');
    await expect.poll(async () => (await stored(first.browser))?.highlights.length).toBe(1);
    expect(await first.browser.extensionErrors()).toEqual([]);
    await first.browser.close();

    const second = await start(2);
    await expect.poll(() => marks(second.tab.view)).toEqual([PASSAGE]);
    expect(await second.browser.extensionErrors()).toEqual([]);
    await second.browser.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('hostile pages: their strings and a hostile note stay inert text in Copy notes and Download notes', async ({ ext, siteOrigin }) => {
  test.setTimeout(120_000);
  const tab = await ext.firstTab();
  const note = 'See [x](javascript:alert(1)) <img src=x onerror=alert(2)> ![t](https://evil.example/t.gif)';
  // Payloads in the title, author, site and notice: markup, a javascript: link, a line break into RIS, quotes into JSON.
  for (const page of ['hostile-1', 'hostile-5', 'hostile-13', 'hostile-14']) {
    await tab.goto(`${siteOrigin}/gen/${page}`);
    await ext.clickAction(tab);
    await expect.poll(() => tab.view.isOpen()).toBe(true);
    await selectInArticle(tab.view, 'The council met on Tuesday');
    await tab.press('n');
    await expect.poll(() => tab.view.eval((root) => root.querySelector<HTMLDialogElement>('.rc-note-editor')!.open)).toBe(true);
    await tab.type(note);
    await tab.view.click('.rc-note-save');
    await tab.press('Shift+N');
    await tab.view.click('.rc-copy-notes');
    await expect.poll(() => tab.view.text('.rc-notes-status')).toBe('Copied: notes with citations.');
    const { html } = await ext.readClipboard();
    // Parsed as a paste target would: only our elements, links only the attribution's http(s) ones.
    const parsed = await tab.evaluate((h) => {
      const doc = new DOMParser().parseFromString(h, 'text/html');
      return {
        tags: [...new Set(Array.from(doc.body.querySelectorAll('*')).map((el) => el.localName))].sort(),
        hrefs: Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href')),
        handlers: Array.from(doc.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
      };
    }, html!);
    expect(parsed.handlers, page).toEqual([]);
    expect(parsed.tags.every((t) => ['a', 'blockquote', 'br', 'cite', 'i', 'p', 'span', 'time'].includes(t)), `${page}: ${parsed.tags.join()}`).toBe(true);
    expect(parsed.hrefs.every((href) => /^https?:\/\//.test(href ?? '')), `${page}: ${parsed.hrefs.join()}`).toBe(true);

    const file = await ext.download(tab, () => tab.view.click('.rc-download-notes'));
    const [, front, body] = file.text.split(/^---$/m);
    // Front matter: one key per line, every value a double-quoted string (a payload's line break is \n).
    for (const line of front!.trim().split('\n')) expect(line, `${page} front matter`).toMatch(/^(?:[a-z_]+: "(?:[^"\\]|\\.)*"|authors:|authors: \[\]| {2}- "(?:[^"\\]|\\.)*")$/);
    const [notes, reference] = body!.split('\n## Reference\n');
    // Before the reference: no Markdown a payload could have made (every [ ] < > escaped, and so "![" too;
    // "> " is our quote).
    expect(notes!.replace(/^> /gm, '').replace(/\\./g, ''), page).not.toMatch(/[[\]<>]/);
    // The reference: the attribution's two links (title and licence), no more.
    expect(reference!.replace(/\\./g, '').match(/\]\(/g)?.length, page).toBe(2);
    await tab.press('Escape');
    await tab.press('Escape');
    await tab.view.waitForClosed();
  }
});

test('Save article as Markdown: the article as shown, the front matter, the attribution and the ND terms', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  await selectInArticle(view, PASSAGE);
  await tab.press('h');
  await tab.press('Shift+N');
  const file = await ext.download(tab, () => view.click('.rc-save-markdown'));
  expect(file.name).toBe('doj-bullying-cities-into-complying-with-anti-immigration-efforts.md');
  const lines = file.text.split('\n');
  expect(lines.slice(0, 2)).toEqual(['---', `title: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts"`]);
  expect(lines).toContain('licence: "CC BY-NC-ND 3.0"');
  expect(lines).toContain('Julia Conley · 2017-08-04 · Common Dreams');
  // The highlighted paragraph verbatim: the mark is the view's, not the author's.
  expect(lines).toContain(`The cities' leaders were ${PASSAGE} and to notify immigration authorities before an undocumented immigrant is released from jail.`);
  expect(file.text).not.toMatch(/<mark|rc-hl|Copy code/);
  expect(lines.at(-2)).toBe('Licensed under CC BY-NC-ND 3.0: reuse with attribution. Non-commercial use only. The text is verbatim and may be shared only unchanged: no edits, cuts or translations.');
});

test('quick successive changes are all kept, even when the view closes at once', async ({ open, ext }) => {
  const { tab, view } = await openView(open, ext, 'commondreams-doj');
  const passages = ['accusing the Justice Department', PASSAGE, SECOND];
  // Three highlights as fast as the keys go, then Esc straight away: no wait for any write.
  for (const p of passages) {
    await selectInArticle(view, p);
    await tab.press('h');
  }
  await tab.press('Escape');
  await view.waitForClosed();
  await expect.poll(async () => (await stored(ext))?.highlights.map((h) => h.quote.exact)).toEqual(passages);
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await expect.poll(() => marks(view)).toEqual(passages);
  // Two colour changes in a row on one highlight and a delete of another: the last state of each is stored.
  await tab.press('Shift+N');
  await view.click('.rc-notes-list li:nth-child(1) .rc-note-edit');
  await view.eval((root) => root.querySelector<HTMLInputElement>('#rc-note-colour-green')!.click());
  await view.click('.rc-note-save');
  await view.click('.rc-notes-list li:nth-child(1) .rc-note-edit');
  await view.eval((root) => root.querySelector<HTMLInputElement>('#rc-note-colour-pink')!.click());
  await view.click('.rc-note-save');
  await view.click('.rc-notes-list li:nth-child(2) .rc-note-delete');
  await expect.poll(async () => (await stored(ext))?.highlights.map((h) => [h.quote.exact, h.colour])).toEqual([
    [passages[0], 'pink'],
    [SECOND, 'yellow'],
  ]);
});
