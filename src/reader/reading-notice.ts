import { READING_NOTICE_MS } from '../browser/messages.js';

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * Shows the "Reading…" notice if the article has not come READING_NOTICE_MS after the frame started.
 * The frame runs in its own process, so this clock runs even while a long step holds the page's thread
 * (and with it the article). `done()` cancels it and takes the notice down if it was shown.
 */
export function readingNotice(show: () => () => void, timers: Timers = globalThis): { done(): void } {
  let hide: (() => void) | null = null;
  const id = timers.setTimeout(() => (hide = show()), READING_NOTICE_MS);
  return {
    done() {
      timers.clearTimeout(id);
      hide?.();
      hide = null;
    },
  };
}
