import { siteLabel } from './text.js';

/**
 * Embedded players (a video, a song, a post in a frame) become cards: a link to the item, named by its
 * title where the page gives one and by its provider. The view never loads another site's frame, and the
 * reader can still go to the item.
 */
const PROVIDERS: [RegExp, string][] = [
  [/(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be)$/, 'YouTube'],
  [/(?:^|\.)vimeo\.com$/, 'Vimeo'],
  [/(?:^|\.)dailymotion\.com$/, 'Dailymotion'],
  [/(?:^|\.)soundcloud\.com$/, 'SoundCloud'],
  [/(?:^|\.)spotify\.com$/, 'Spotify'],
  [/(?:^|\.)(?:twitter|x)\.com$/, 'X (Twitter)'],
  [/(?:^|\.)instagram\.com$/, 'Instagram'],
  [/(?:^|\.)tiktok\.com$/, 'TikTok'],
  [/(?:^|\.)facebook\.com$/, 'Facebook'],
  [/(?:^|\.)podcasts\.apple\.com$/, 'Apple Podcasts'],
];

/** A provider's name for a host: the well-known ones by name, any other by its site label ("example"). */
export function providerOf(url: URL): string {
  return PROVIDERS.find(([host]) => host.test(url.hostname))?.[1] ?? siteLabel(url.href);
}

/** The item's own page for the well-known players' embed addresses; any other address as it is. */
function itemPage(url: URL): string {
  const youtube = /^\/embed\/([\w-]{6,})/.exec(url.pathname);
  if (youtube && /youtube(?:-nocookie)?\.com$/.test(url.hostname)) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^\/video\/(\d+)/.exec(url.pathname);
  if (vimeo && url.hostname === 'player.vimeo.com') return `https://vimeo.com/${vimeo[1]}`;
  return url.href;
}

/** Replaces each frame with a web address by its card; returns how many. */
export function embedCards(root: Element, base: string): number {
  let made = 0;
  for (const frame of Array.from(root.getElementsByTagName('iframe'))) {
    const src = (frame.getAttribute('src') ?? '').trim();
    // A frame without an address (srcdoc, or filled by script) has no item to link to.
    if (!src) continue;
    let url: URL;
    try {
      url = new URL(src, base);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    const doc = root.ownerDocument;
    const provider = providerOf(url);
    const title = (frame.getAttribute('title') ?? '').trim();
    const link = doc.createElement('a');
    link.setAttribute('href', itemPage(url));
    link.textContent = title || provider;
    // Inside a paragraph the card is a phrase; elsewhere a paragraph of its own.
    const card = doc.createElement(frame.parentElement?.tagName === 'P' ? 'span' : 'p');
    card.append('▶ ', link, title ? ` (${provider})` : '');
    frame.replaceWith(card);
    made++;
  }
  return made;
}
