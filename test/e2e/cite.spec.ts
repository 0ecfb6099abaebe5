import { test, expect } from './fixtures.js';
import { CD_ATTRIBUTION as ATTRIBUTION } from './common-dreams.js';

test('one click copies the licence-compliant attribution, as text and as scoped HTML', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.text('.rc-licence')).toBe('CC BY-NC-ND 3.0: reuse with attribution, non-commercial use only, share unchanged');
  expect(await view.text('.rc-copy')).toBe('Copy attribution');
  // Compact: the preview is shown on demand.
  expect(await view.eval((root) => root.querySelector('.rc-preview')!.checkVisibility())).toBe(false);
  await view.click('.rc-cite-more');
  expect(await view.attributes('.rc-cite-more', 'aria-expanded')).toEqual(['true']);
  expect(await view.text('.rc-cite-more')).toBe('Hide citation');
  expect(await view.eval((root) => root.querySelector('.rc-preview')!.checkVisibility())).toBe(true);
  expect(await view.text('.rc-preview')).toBe(ATTRIBUTION);

  await view.click('.rc-copy');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: CC attribution (TASL).');
  const copied = await ext.readClipboard();
  expect(copied.text).toBe(ATTRIBUTION);
  expect(copied.html).toContain('<a rel="cc:license" href="https://creativecommons.org/licenses/by-nc-nd/3.0/">CC BY-NC-ND 3.0</a>');
  expect(copied.html).not.toContain('rel="license"');
});

test('switching to MLA copies MLA, and the choice is remembered', async ({ open, ext }) => {
  const cd = await open('commondreams-doj');
  await ext.clickAction(cd.tab);
  await expect.poll(() => cd.view.isOpen()).toBe(true);
  await cd.view.eval((root) => {
    const select = root.querySelector<HTMLSelectElement>('.rc-style')!;
    select.focus();
  });
  await cd.tab.press('m'); // keyboard selection of "MLA 9" in the focused menu
  await expect.poll(() => cd.view.eval((root) => root.querySelector<HTMLSelectElement>('.rc-style')!.value)).toBe('mla');
  await cd.view.click('.rc-cite-more');
  const mla = `Conley, Julia. “DOJ ‘Bullying’ Cities into Complying with Anti-Immigration Efforts.” Common Dreams, 4 Aug. 2017, www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts.`;
  expect(await cd.view.text('.rc-preview')).toBe(mla);
  await cd.view.click('.rc-copy');
  await expect.poll(() => cd.view.text('.rc-status')).toBe('Copied: MLA 9.');
  const copied = await ext.readClipboard();
  expect(copied.text).toBe(mla);
  expect(copied.html).toContain('<i>Common Dreams</i>');

  // Elsewhere (no reuse licence), the remembered academic style is the default.
  const other = await open('newspaper-all-rights-reserved');
  await ext.clickAction(other.tab);
  // Open first, then read: on a busy machine the frame can be there before its cite panel is.
  await expect.poll(() => other.view.isOpen()).toBe(true);
  await expect.poll(() => other.view.eval((root) => root.querySelector<HTMLSelectElement>('.rc-style')?.value ?? null)).toBe('mla');
});

test('Copy quote copies the selection verbatim with its attribution', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  const paragraph = 'The cities\' leaders were ordered to give federal agents access to their jails and to notify immigration authorities before an undocumented immigrant is released from jail.';
  // The page has settled: the photo above has loaded (it moves the text down) and the fade-in is over.
  await view.waitFor((root) => root.querySelector<HTMLImageElement>('.rc-lead img')!.complete && root.getAnimations().length === 0);
  // Select the third paragraph as a person would: press at its start, shift-click at its end.
  const box = await view.eval((root) => {
    const p = root.querySelectorAll('.rc-body p')[2]!;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(p);
    const rects = Array.from(range.getClientRects());
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  });
  await tab.mouseClick(box!.x1, box!.y1);
  await tab.keyDown('Shift');
  await tab.mouseClick(box!.x2, box!.y2);
  await tab.keyUp('Shift');
  await view.click('.rc-quote');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: quote with attribution.');
  expect((await ext.readClipboard()).text).toBe(`“${paragraph}”\n\nExcerpt from ${ATTRIBUTION}`);
});

test('the c key copies the citation too; q with nothing selected asks for a selection', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await tab.press('q');
  await expect.poll(() => view.text('.rc-status')).toBe('Select text in the article first.');
  await tab.press('c');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: CC attribution (TASL).');
  expect((await ext.readClipboard()).text).toBe(ATTRIBUTION);
});

test('an all-rights-reserved page says cite only and copies exact APA', async ({ open, ext }) => {
  const { tab, view } = await open('newspaper-all-rights-reserved');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.text('.rc-licence')).toBe('All rights reserved: cite only');
  expect(await view.eval((root) => Array.from(root.querySelectorAll('.rc-style option')).map((o) => o.getAttribute('value')))).not.toContain('tasl');
  expect(await view.attributes('.rc-republish', 'class')).toEqual([]);
  await view.click('.rc-copy');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: APA 7.');
  const pageUrl = 'https://www.dailyledger.example.com/news/local/2024/10/08/council-delays-parking-vote/';
  expect((await ext.readClipboard()).text).toBe(`Lopez, M. (2024, October 8). City council delays vote on downtown parking plan. The Daily Ledger. ${pageUrl}`);
});

test('Republish copies the whole article, its attribution and its terms, without the Getty photo', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await view.click('.rc-cite-more');
  await view.click('.rc-republish');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: the whole article with its attribution.');
  const { text, html } = await ext.readClipboard();
  const lines = text.split('\n');
  expect(lines.slice(0, 3)).toEqual(["DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts", 'Julia Conley, Common Dreams', '']);
  expect(text).toContain('The American Civil Liberties Union (ACLU) is accusing the Justice Department');
  expect(text).toContain('"That makes all of us less safe."');
  expect(lines.at(-1)).toBe('Non-commercial use only. Share unchanged: no edits, cuts or translations.');
  expect(html).toContain('<a rel="license" href="https://creativecommons.org/licenses/by-nc-nd/3.0/">CC BY-NC-ND 3.0</a>');
  expect(html).not.toContain('<img');
});

test('Republish copies the author’s words only: not the view’s own Copy code buttons and labels', async ({ open, ext }) => {
  const { tab, view } = await open('code-prism-cc-by', { generated: true });
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  expect(await view.texts('.rc-body .rc-code-copy')).toEqual(['Copy code', 'Copy code']);
  await view.click('.rc-cite-more');
  await view.click('.rc-republish');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: the whole article with its attribution.');
  const { text, html } = await ext.readClipboard();
  expect(html).toContain('<pre data-lang="css">');
  expect(`${text}\n${html}`).not.toMatch(/Copy code|rc-code-copy|rc-code-lang|rc-note-preview/);
});

test('the cite panel is one line by default: the headline, byline, licence line and the photo’s top are on the first screen', async ({ open, ext }) => {
  const { tab, view } = await open('commondreams-doj');
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);
  await view.waitFor((root) => root.getAnimations().length === 0);
  const seen = await view.eval((root) => ['.rc-title', '.rc-byline', '.rc-licence', '.rc-cite-copy', '.rc-lead img'].map((sel) => root.querySelector(sel)!.getBoundingClientRect().top < innerHeight));
  expect(seen).toEqual([true, true, true, true, true]);
  // The inline Copy copies what the bar's does.
  await view.click('.rc-cite-copy');
  await expect.poll(() => view.text('.rc-status')).toBe('Copied: CC attribution (TASL).');
  expect((await ext.readClipboard()).text).toBe(ATTRIBUTION);
});
