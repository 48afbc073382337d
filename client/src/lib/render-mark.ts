/** Performance mark set when the library list (or its empty state) is first in the DOM. */
export const LIBRARY_RENDERED_MARK = 'library-rendered';

const LIBRARY_LIST = 'ul[aria-label="Songs"] > li, [data-testid="empty-library"]';

/** Performance mark set when the live library's list (not the list cache's, LF13) is first in the DOM. */
export const LIBRARY_LIVE_RENDERED_MARK = 'library-live-rendered';
export const LIVE_LIBRARY_LIST = 'ul[aria-label="Songs"][data-source="live"] > li, [data-testid="empty-library"]';
const GIVE_UP_MS = 30_000;

/**
 * Sets `performance.mark(name)` once an element matching `selector` is in the document, so
 * "navigation start → library rendered" can be measured (bench:client) without the pages knowing.
 */
export function markWhenRendered(name = LIBRARY_RENDERED_MARK, selector = LIBRARY_LIST): void {
  if (typeof MutationObserver === 'undefined' || typeof performance.mark !== 'function') return;
  const found = () => {
    if (document.querySelector(selector) === null) return false;
    performance.mark(name);
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
