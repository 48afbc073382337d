// Names of the performance marks bench:client reads; apart from render-mark.ts (which uses the
// DOM) so the first paint's inline script (LF14) can be built from them.

/** Performance mark set when the entry module starts to run: every initial script loaded and evaluated. */
export const APP_START_MARK = 'app-start';
/** Performance mark set when the library list (or its empty state) is first in the DOM, from the list cache or live. */
export const LIBRARY_RENDERED_MARK = 'library-rendered';
/** Set with `library-rendered` when that first list was drawn from the list cache (LF13) or the first paint (LF14). */
export const LIBRARY_CACHE_RENDERED_MARK = 'library-cache-rendered';
/** Performance mark set when the live library's list (not the list cache's, LF13) is first in the DOM. */
export const LIBRARY_LIVE_RENDERED_MARK = 'library-live-rendered';
/** Set with `library-rendered` when that first list was the first paint, before the app's scripts (LF14). */
export const LIBRARY_FIRST_PAINT_MARK = 'library-first-paint';
/** Performance mark set when the app's own list (cached or live, not the first paint's) is first in the DOM. */
export const LIBRARY_APP_RENDERED_MARK = 'library-app-rendered';
