/** Performance mark set when the entry module starts to run: every initial script loaded and evaluated. */
export const APP_START_MARK = 'app-start';
/** Performance mark set when the library list (or its empty state) is first in the DOM, from the list cache or live. */
export const LIBRARY_RENDERED_MARK = 'library-rendered';
/** Set with `library-rendered` when that first list was drawn from the list cache (LF13). */
export const LIBRARY_CACHE_RENDERED_MARK = 'library-cache-rendered';
/** Performance mark set when the live library's list (not the list cache's, LF13) is first in the DOM. */
export const LIBRARY_LIVE_RENDERED_MARK = 'library-live-rendered';

const LIBRARY_LIST = 'ul[aria-label="Songs"] > li, [data-testid="empty-library"]';
export const LIVE_LIBRARY_LIST = 'ul[aria-label="Songs"][data-source="live"] > li, [data-testid="empty-library"]';
const GIVE_UP_MS = 30_000;

/**
 * Sets `performance.mark(name)` once an element matching `selector` is in the document, so
 * "navigation start → library rendered" can be measured (bench:client) without the pages knowing.
 * The first library list also says whether it came from the list cache.
 */
export function markWhenRendered(name = LIBRARY_RENDERED_MARK, selector = LIBRARY_LIST): void {
  if (typeof MutationObserver === 'undefined' || typeof performance.mark !== 'function') return;
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
