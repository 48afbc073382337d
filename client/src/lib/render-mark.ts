import { LIBRARY_CACHE_RENDERED_MARK, LIBRARY_RENDERED_MARK } from './render-mark-names.ts';

/** The library's song list (song-list.tsx). */
export const SONG_LIST = 'ul[aria-label="Songs"]';
const EMPTY_LIBRARY = '[data-testid="empty-library"]';
const LIBRARY_LIST = `${SONG_LIST} > li, ${EMPTY_LIBRARY}`;
/** The app's own list, from the list cache or live (not the first paint's, LF14). */
export const APP_LIBRARY_LIST = `${SONG_LIST}:not([data-source="first-paint"]) > li, ${EMPTY_LIBRARY}`;
export const LIVE_LIBRARY_LIST = `${SONG_LIST}[data-source="live"] > li, ${EMPTY_LIBRARY}`;
const GIVE_UP_MS = 30_000;

/**
 * Sets `performance.mark(name)` once an element matching `selector` is in the document, so
 * "navigation start → library rendered" can be measured (bench:client) without the pages knowing.
 * The first library list also says whether it came from the list cache.
 */
export function markWhenRendered(name = LIBRARY_RENDERED_MARK, selector = LIBRARY_LIST): void {
  if (typeof MutationObserver === 'undefined' || typeof performance.mark !== 'function') return;
  // The first paint (LF14) may have set it before the app's scripts ran.
  if (performance.getEntriesByName(name).length > 0) return;
  const found = () => {
    const element = document.querySelector(selector);
    if (element === null) return false;
    performance.mark(name);
    if (name === LIBRARY_RENDERED_MARK && element.closest('[data-source="cache"]') !== null) performance.mark(LIBRARY_CACHE_RENDERED_MARK);
    return true;
  };
  if (found()) return;
  const observer = new MutationObserver(() => {
    if (found()) stop();
  });
  const timer = setTimeout(() => stop(), GIVE_UP_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}
