import { frameSrc } from '../core/embed-frames.js';
import { t } from '../browser/i18n.js';
import { h, VIEW_ONLY } from './dom.js';

/** What a loaded player may do: run its own scripts on its own origin, go full screen, open the item in a tab. */
export const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';
export const PLAYER_ALLOW = 'fullscreen; picture-in-picture; encrypted-media';

/**
 * The embed cards of the well-known players (data-embed-provider and data-embed-id, core/embeds.ts) get a
 * "Load video" button. Nothing of the provider's loads before the reader clicks it; then the player's
 * frame, at the address made here from the provider and the id alone (frameSrc), takes the button's place
 * under the card's link, in a sandbox. The button and the frame are the view's, not the author's.
 */
export function addEmbedPlayers(doc: Document, body: Element): void {
  for (const card of Array.from(body.querySelectorAll('[data-embed-provider][data-embed-id]'))) {
    const src = frameSrc(card.getAttribute('data-embed-provider') ?? '', card.getAttribute('data-embed-id') ?? '');
    if (!src) continue;
    const title = card.querySelector('a')?.textContent.trim() ?? '';
    const button = h(doc, 'button', { type: 'button', class: `rc-embed-load ${VIEW_ONLY}`, 'aria-label': title ? t('loadVideoNamed', title) : t('loadVideo') }, t('loadVideo'));
    // Not loading="lazy": the reader asked for this player where it stands, and a lazy frame scrolled out
    // of sight before it started (the next card's click) would never load.
    button.addEventListener('click', () => {
      const frame = h(doc, 'iframe', {
        src,
        sandbox: PLAYER_SANDBOX,
        referrerpolicy: 'strict-origin-when-cross-origin',
        allow: PLAYER_ALLOW,
        allowfullscreen: '',
        title: title || t('videoPlayer'),
      });
      // A phrase card (inside a paragraph) holds its player as a phrase too.
      const box = h(doc, card.tagName === 'SPAN' ? 'span' : 'div', { class: `rc-embed-frame ${VIEW_ONLY}` }, frame);
      button.replaceWith(box);
      // Keyboard focus goes on to the player rather than back to the top of the page.
      frame.focus();
    });
    card.classList.add('rc-embed');
    card.append(' ', button);
  }
}
