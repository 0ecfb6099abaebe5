import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

/**
 * axe-core in the view (the reader page in its frame) and on the options page, in every theme: no
 * serious or critical violation, colour contrast (WCAG AA) included. The figures are printed for the
 * record. axe runs as an evaluation from the test, which the extension pages' CSP does not govern.
 */
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  nodes: number;
  where?: string[];
}

async function axe(target: Frame | Page): Promise<{ violations: Finding[]; passes: number; incomplete: Finding[] }> {
  await target.evaluate(AXE);
  return target.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
    .then((r) => ({
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
      incomplete: r.incomplete.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes.map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')) })),
      passes: r.passes.length,
    }))`);
}

const serious = (findings: Finding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`axe: no serious or critical violations in the ${theme} view, contrast included`, async ({ openFixture, clickAction, serviceWorker }) => {
    await serviceWorker.evaluate((t) => chrome.storage.sync.set({ readcite: { theme: t } }), theme);
    const { page, view } = await openFixture('commondreams-doj');
    await clickAction(page);
    await view.waitFor((root) => root.fonts.status === 'loaded' && root.getAnimations().length === 0);
    expect(await view.eval((root) => root.documentElement.dataset['theme'])).toBe(theme);
    const frame = view.frame()!;
    // With the settings panel open too, so its controls are checked.
    await view.click('.rc-settings-toggle');
    const result = await axe(frame);
    console.log(`axe ${theme}: ${result.passes} rules passed, violations ${JSON.stringify(result.violations)}, needs review ${result.incomplete.map((f) => `${f.id} (${f.impact}) ×${f.nodes}`).join(', ') || 'none'}`);
    expect(serious(result.violations)).toEqual([]);
    expect(result.violations.find((v) => v.id === 'color-contrast')).toBeUndefined();
    // Contrast was measured, not skipped: axe left for review only the −/+ buttons, whose one symbol is
    // not text to it (they share the colours of the buttons it did measure).
    const unmeasured = result.incomplete.find((v) => v.id === 'color-contrast')?.where ?? [];
    expect(unmeasured.filter((w) => !/^\.rc-(size|lineHeight|width) > \.rc-less\.rc-step Element content contains only non-text characters$/.test(w))).toEqual([]);
  });
}

test('axe: the options page and the no-article message', async ({ browserWithExtension, context, openFixture, clickAction }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${browserWithExtension.extensionId}/options.html`);
  await expect(options.locator('.rc-options h1')).toHaveText('Readcite settings');
  const result = await axe(options);
  console.log(`axe options: ${result.passes} rules passed, violations ${JSON.stringify(result.violations)}`);
  expect(serious(result.violations)).toEqual([]);

  const { page, view } = await openFixture('not-an-article');
  await page.bringToFront();
  await clickAction(page);
  // After the fade-in: mid-animation colours are not the ones a reader ends up with.
  await view.waitFor((root) => root.getAnimations().length === 0);
  const message = await axe(view.frame()!);
  console.log(`axe message: ${message.passes} rules passed, violations ${JSON.stringify(message.violations)}`);
  expect(serious(message.violations)).toEqual([]);
});

test('the view is a labelled dialog holding a titled frame, with landmarks, one h1 and captioned figures', async ({ openFixture, clickAction, context }) => {
  const { page, view } = await openFixture('commondreams-doj');
  await clickAction(page);
  await expect.poll(() => view.isOpen()).toBe(true);
  // What assistive technology gets from the page side, through the accessibility tree (the closed shadow
  // root hides it from scripts, not from the tree).
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  const named = nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value}: ${n.name?.value ?? ''}`);
  expect(named).toContain('dialog: Reader view');
  expect(named).toContain('Iframe: Reader view');
  await cdp.detach();

  const structure = await view.eval((root) => ({
    title: root.title,
    lang: root.documentElement.lang,
    landmarks: Array.from(root.querySelectorAll('body > header, main')).map((el) => el.localName),
    h1: Array.from(root.querySelectorAll('h1')).map((h) => h.textContent),
    mainLabel: root.getElementById(root.querySelector('main')!.getAttribute('aria-labelledby') ?? '')?.textContent,
    figures: Array.from(root.querySelectorAll('figure')).map((f) => ({ alt: f.querySelector('img')?.alt ?? null, caption: !!f.querySelector('figcaption') })),
    status: root.querySelector('.rc-status')?.getAttribute('role'),
  }));
  expect(structure).toEqual({
    title: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts",
    lang: 'en-US',
    landmarks: ['header', 'main'],
    h1: ["DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts"],
    mainLabel: "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts",
    figures: [{ alt: 'The DOJ has threatened to withhold anti-crime funds from four cities unless they comply with immigration agents.', caption: true }],
    status: 'status',
  });
});
