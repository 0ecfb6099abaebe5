import { siteLabel } from './text.js';
import { frameSrc, type FrameProvider } from './embed-frames.js';

/**
 * Embedded players (a video, a song, a post in a frame) become cards: a link to the item, named by its
 * title where the page gives one and by its provider. The view loads no frame of its own accord, and the
 * reader can still go to the item. For the players of FRAME_PLAYERS the card also carries the provider
 * and the item's id as data, from which the view can load the player when the reader asks.
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

/** The item a well-known player's embed address shows, with its own page. */
function playerItem(url: URL): { provider: FrameProvider; id: string; page: string } | null {
  const youtube = /^\/embed\/([\w-]{6,})/.exec(url.pathname);
  if (youtube && /(?:^|\.)youtube(?:-nocookie)?\.com$/.test(url.hostname)) return { provider: 'youtube', id: youtube[1]!, page: `https://www.youtube.com/watch?v=${youtube[1]}` };
  const vimeo = /^\/video\/(\d+)/.exec(url.pathname);
  if (vimeo && url.hostname === 'player.vimeo.com') return { provider: 'vimeo', id: vimeo[1]!, page: `https://vimeo.com/${vimeo[1]}` };
  return null;
}

/**
 * Replaces each frame with a web address by its card; returns the cards (those of loadable players carry
 * data-embed-provider and data-embed-id, which the cleaner keeps on them alone).
 */
export function embedCards(root: Element, base: string): Element[] {
  const made: Element[] = [];
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
    const item = playerItem(url);
    const link = doc.createElement('a');
    link.setAttribute('href', item?.page ?? url.href);
    link.textContent = title || provider;
    // Inside a paragraph the card is a phrase; elsewhere a paragraph of its own.
    const card = doc.createElement(frame.parentElement?.tagName === 'P' ? 'span' : 'p');
    card.append('▶ ', link, title ? ` (${provider})` : '');
    if (item && frameSrc(item.provider, item.id)) {
      card.setAttribute('data-embed-provider', item.provider);
      card.setAttribute('data-embed-id', item.id);
    }
    frame.replaceWith(card);
    made.push(card);
  }
  return made;
}
