import { browserStorage } from '../../lib/browser-storage.ts';
import { SONG_LIST } from '../../lib/render-mark.ts';
import { DEVICE_ACCOUNT_KEY } from '../../lib/storage-keys.ts';
import { ENTRY_SCRIPT_SELECTOR, FIRST_PAINT_KEY, FIRST_PAINT_VERSION, type StoredFirstPaint } from './first-paint-boot.ts';
import { FIRST_CHUNK } from './use-progressive-count.ts';

/**
 * LF14: the library's first paint. A copy of the library page as this device last showed it (its
 * first cards, as HTML), which a small script inlined in index.html puts on screen as soon as the
 * page arrives, before the app's JavaScript has loaded. The app replaces it at its first render.
 * It is a picture, inert until then; it is derived from the list cache (LF13) and removed with it.
 * The inline script and the stored form: first-paint-boot.ts.
 */

/** The build's entry script as the page names it (the boot script reads the same attribute). */
function entryScript(doc: Document): string | null {
  return doc.querySelector(ENTRY_SCRIPT_SELECTOR)?.getAttribute('src') ?? null;
}

/**
 * The library page in `root` as first-paint HTML, or null when it is not the page to keep: only the
 * live list in its default view (no search, tag or other sort: a reload starts there) and no dialog.
 * Only the cards the list renders first are kept (`FIRST_CHUNK`: a screenful on any device), and the
 * list is marked as the picture's, not live.
 */
export function captureLibraryFirstPaint(root: Element, defaultView: boolean): string | null {
  const list = root.querySelector(SONG_LIST);
  if (!defaultView || list === null || list.getAttribute('data-source') !== 'live') return null;
  if (root.querySelector('dialog[open], [role="dialog"], [role="alertdialog"]') !== null) return null;
  // Copy around the list, then only its first cards (the list may hold 1,000), without touching
  // the page itself: React owns it, and a focused card must stay focused.
  const listCopy = list.cloneNode(false) as Element;
  listCopy.setAttribute('data-source', 'first-paint');
  for (const card of [...list.children].slice(0, FIRST_CHUNK)) listCopy.append(card.cloneNode(true));
  const copy = (node: Node): Node => {
    if (node === list) return listCopy;
    const shallow = node.cloneNode(false);
    for (const child of node.childNodes) shallow.appendChild(copy(child));
    return shallow;
  };
  return (copy(root) as Element).innerHTML;
}

/**
 * Saves the first paint from the page as it is now. When the page is not the library's live list
 * in its default view, the stored one is removed (`whenNotShown: 'remove'`, after the list changed:
 * it would be out of date) or left as it is (`'keep'`, e.g. when the page is hidden).
 */
export function keepLibraryFirstPaint(
  defaultView: boolean,
  options: { whenNotShown: 'remove' | 'keep' },
  doc: Document = document,
  storage = browserStorage(),
): void {
  const root = doc.getElementById('root');
  const build = entryScript(doc);
  const html = root === null || build === null ? null : captureLibraryFirstPaint(root, defaultView);
  try {
    if (html === null || build === null) {
      if (options.whenNotShown === 'remove') storage?.removeItem(FIRST_PAINT_KEY);
      return;
    }
    const stored: StoredFirstPaint = { v: FIRST_PAINT_VERSION, account: storage?.getItem(DEVICE_ACCOUNT_KEY) ?? null, build, html };
    storage?.setItem(FIRST_PAINT_KEY, JSON.stringify(stored));
  } catch {
    removeLibraryFirstPaint(storage); // full storage: no picture rather than an old one
  }
}

/** Removes the first paint (with the list cache, LF13: it holds song titles too). */
export function removeLibraryFirstPaint(storage: Pick<Storage, 'removeItem'> | null = browserStorage()): void {
  try {
    storage?.removeItem(FIRST_PAINT_KEY);
  } catch {
    // No storage: nothing was kept.
  }
}
