/**
 * The players the view may load when the reader asks (a click on the card's button): a short list of
 * well-known providers whose embed address is built here from the item's id alone. A page's own frame
 * address is never used: the card carries only the provider's key and the id, both checked again here.
 */
interface FramePlayer {
  /** What an item's id looks like: nothing else may reach the address. */
  id: RegExp;
  /** The embed address for an id that passed `id`. */
  src: (id: string) => string;
}

export const FRAME_PLAYERS = {
  // The privacy-enhanced host: no cookies until the reader plays.
  youtube: { id: /^[\w-]{11}$/, src: (id) => `https://www.youtube-nocookie.com/embed/${id}` },
  vimeo: { id: /^\d{1,12}$/, src: (id) => `https://player.vimeo.com/video/${id}` },
} as const satisfies Record<string, FramePlayer>;

export type FrameProvider = keyof typeof FRAME_PLAYERS;

/** The origins frames may come from: the view's CSP frame-src lists exactly these (manifest.json). */
export const FRAME_ORIGINS: readonly string[] = Object.values(FRAME_PLAYERS).map((p) => new URL(p.src('0')).origin);

/** The embed address for a provider's key and an item id, or null unless both are as expected. */
export function frameSrc(provider: string, id: string): string | null {
  if (!Object.hasOwn(FRAME_PLAYERS, provider)) return null;
  const player: FramePlayer = FRAME_PLAYERS[provider as FrameProvider];
  return player.id.test(id) ? player.src(id) : null;
}
