import { test, expect } from './fixtures.js';

/**
 * Embedded players (issue 14): a card with a link to the item, and for YouTube and Vimeo a "Load video"
 * button. Nothing of a provider's loads before the click; the click makes a sandboxed frame whose address
 * the view built from the provider and the item's id. The machine has no network: the frame element and
 * its attributes are checked, not what the provider would send.
 */
const PROVIDERS = /youtube|ytimg|vimeo|vimeocdn|dailymotion|dmcdn/;

test('a video card loads its player only when the reader asks, in a sandbox, from the known player address', async ({ open, ext }) => {
  const seen: string[] = [];
  ext.onRequest((url) => {
    if (PROVIDERS.test(new URL(url).hostname)) seen.push(url);
  });
  const { tab, view } = await open('embeds', { generated: true });
  // The page's own frames load in the page, as they would without Readcite: not the view's doing.
  const pageFrames = await tab.evaluate(() => Array.from(document.querySelectorAll('iframe'), (f) => f.src));
  expect(pageFrames).toEqual(['https://www.youtube.com/embed/kT1oQeFxy6A?feature=oembed', 'https://player.vimeo.com/video/824804225?badge=0', 'https://www.dailymotion.com/embed/video/x8q2k1z']);
  const viewRequests = () => seen.filter((u) => !pageFrames.includes(u));
  await ext.clickAction(tab);
  await expect.poll(() => view.isOpen()).toBe(true);

  // Cards: a link to each item; a button for the two well-known players only.
  expect(await view.attributes('.rc-body .rc-embed a', 'href')).toEqual(['https://www.youtube.com/watch?v=kT1oQeFxy6A', 'https://vimeo.com/824804225']);
  expect(await view.texts('.rc-body .rc-embed-load')).toEqual(['Load video', 'Load video']);
  expect(await view.attributes('.rc-body .rc-embed-load', 'aria-label')).toEqual(['Load video: Whetstone sharpening for beginners', 'Load video: The stroke from above']);
  // A player not on the view's list (Dailymotion): its card and link, nothing to load.
  expect(await view.eval(() => Array.from(document.querySelectorAll('.rc-body a[href*="dailymotion"]')).map((a) => [a.getAttribute('href'), a.parentElement!.textContent, a.parentElement!.querySelector('button')]))).toEqual([
    ['https://www.dailymotion.com/embed/video/x8q2k1z', "▶ Grandfather's workshop (Dailymotion)", null],
  ]);
  expect(await view.eval(() => document.querySelectorAll('iframe').length)).toBe(0);

  // The keyboard: Tab reaches the button (it is a button), Enter loads the player.
  await view.eval(() => document.querySelector<HTMLElement>('.rc-embed-load')!.focus());
  await view.waitFor(() => document.activeElement?.classList.contains('rc-embed-load') ?? false);
  expect(viewRequests()).toEqual([]);
  await tab.press('Enter');
  await view.waitFor(() => document.querySelectorAll('iframe').length === 1);
  const frames = () =>
    view.eval(() =>
      Array.from(document.querySelectorAll('iframe')).map((f) => ({
        src: f.getAttribute('src'),
        sandbox: f.getAttribute('sandbox'),
        referrerpolicy: f.getAttribute('referrerpolicy'),
        allow: f.getAttribute('allow'),
        loading: f.getAttribute('loading'),
        title: f.getAttribute('title'),
        // The card keeps its link beside the player.
        link: f.closest('.rc-embed')!.querySelector('a')!.getAttribute('href'),
        focused: document.activeElement === f,
      })),
    );
  const youtube = {
    src: 'https://www.youtube-nocookie.com/embed/kT1oQeFxy6A',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
    referrerpolicy: 'strict-origin-when-cross-origin',
    allow: 'fullscreen; picture-in-picture; encrypted-media',
    loading: null,
    title: 'Whetstone sharpening for beginners',
    link: 'https://www.youtube.com/watch?v=kT1oQeFxy6A',
    focused: true,
  };
  expect(await frames()).toEqual([youtube]);
  expect(await view.texts('.rc-body .rc-embed-load')).toEqual(['Load video']);
  // Nothing from Vimeo or the unknown site yet.
  expect(viewRequests().filter((u) => !u.startsWith('https://www.youtube-nocookie.com/'))).toEqual([]);

  // The mouse, on the second card.
  await view.click('.rc-body .rc-embed-load');
  await view.waitFor(() => document.querySelectorAll('iframe').length === 2);
  expect(await frames()).toEqual([
    { ...youtube, focused: false },
    { ...youtube, src: 'https://player.vimeo.com/video/824804225', title: 'The stroke from above', link: 'https://vimeo.com/824804225', focused: true },
  ]);
  expect(await view.texts('.rc-body .rc-embed-load')).toEqual([]);
  // The view's CSP lets these frames load (frame-src): the browser asked for them. (A refusal would also be
  // a CSP error of the reader page, which fails the test through the ext fixture.)
  await expect.poll(() => [...new Set(viewRequests())]).toEqual(['https://www.youtube-nocookie.com/embed/kT1oQeFxy6A', 'https://player.vimeo.com/video/824804225']);
});
