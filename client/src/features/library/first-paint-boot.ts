import { LIBRARY_CACHE_RENDERED_MARK, LIBRARY_FIRST_PAINT_MARK, LIBRARY_RENDERED_MARK } from '../../lib/render-mark-names.ts';
import { DEVICE_ACCOUNT_KEY, REMEMBERED_THEME_KEY } from '../../lib/storage-keys.ts';

// LF14: the first paint's stored form and the inline script of index.html that shows it. No DOM
// here: vite.config.ts builds the script from these constants, so page and app never disagree.

export const FIRST_PAINT_KEY = 'metmap:first-paint';
export const FIRST_PAINT_VERSION = 1;
/** The build's entry script: its `src` names the build a first paint was drawn by. */
export const ENTRY_SCRIPT_SELECTOR = 'script[type="module"][src]';
/** Set on the element that holds the picture, so the app (and tests) can tell it from the app. */
export const FIRST_PAINT_ATTRIBUTE = 'data-first-paint';

/** What FIRST_PAINT_KEY holds. */
export type StoredFirstPaint = {
  readonly v: typeof FIRST_PAINT_VERSION;
  /** The device account as stored when the picture was taken (null: the guest's library). */
  readonly account: string | null;
  /** The `src` of the build's entry script: another build's markup is never shown. */
  readonly build: string;
  /** The page inside `#root`, with only the first cards of the list. */
  readonly html: string;
};

/**
 * The inline script: runs while the page is parsed, before the app's modules. It applies the
 * remembered theme (so nothing is drawn in the wrong one), then, on the library's path, puts the
 * stored first paint into `#root` when this build drew it for the account this device shows — inert,
 * and with the marks bench:client reads. Any failure leaves the page to the app. Plain ES2020: it
 * is not compiled.
 */
export function firstPaintBootScript(): string {
  const s = JSON.stringify({
    key: FIRST_PAINT_KEY,
    version: FIRST_PAINT_VERSION,
    entry: ENTRY_SCRIPT_SELECTOR,
    accountKey: DEVICE_ACCOUNT_KEY,
    themeKey: REMEMBERED_THEME_KEY,
    attribute: FIRST_PAINT_ATTRIBUTE,
    marks: [LIBRARY_RENDERED_MARK, LIBRARY_CACHE_RENDERED_MARK, LIBRARY_FIRST_PAINT_MARK],
  });
  return `(function (s) {
  try {
    var theme = localStorage.getItem(s.themeKey);
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    if (location.pathname !== '/') return;
    var stored = JSON.parse(localStorage.getItem(s.key) || 'null');
    var entry = document.querySelector(s.entry);
    var root = document.getElementById('root');
    if (stored === null || typeof stored !== 'object' || stored.v !== s.version || typeof stored.html !== 'string') return;
    if (entry === null || root === null || stored.build !== entry.getAttribute('src')) return;
    if (stored.account !== localStorage.getItem(s.accountKey)) return;
    var picture = document.createElement('div');
    picture.setAttribute(s.attribute, '');
    picture.inert = true;
    picture.innerHTML = stored.html;
    root.append(picture);
    s.marks.forEach(function (mark) { performance.mark(mark); });
  } catch (error) {
    // No storage, or a damaged value: the app draws the page as usual.
  }
})(${s});`;
}
