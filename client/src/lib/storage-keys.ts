// localStorage keys read before the app's modules run (by the first paint's inline script, LF14),
// so they live apart from the code that uses the DOM. Every MetMap key is namespaced `metmap:`.

/** The account this device shows (client/src/lib/device-account.ts). */
export const DEVICE_ACCOUNT_KEY = 'metmap:account';

/** A copy of the document's theme preference, applied before the document has loaded (theme-preference.ts). */
export const REMEMBERED_THEME_KEY = 'metmap:theme';
