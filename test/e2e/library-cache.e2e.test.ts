import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FIRST_PAINT_KEY } from '../../client/src/features/library/first-paint-boot.ts';
import { listCacheKey } from '../../client/src/features/library/list-cache-codec.ts';
import { createSong } from '../../shared/library/index.ts';
import { appInChromium } from './app-in-chromium.ts';
import { collectPageErrors, hasChromium, VIEWPORTS } from './browser.ts';
import { skipFirstRun } from './first-run.ts';
import { postRelayUpdate } from './inject-update.ts';
import { addSong, GUEST_LIBRARY_DB, songLink } from './library-pages.ts';
import { authenticate, savedInCloud, userIdOf } from './sync-devices.ts';

// Runs in the page before the app: library databases open only once the test calls
// window.__releaseLibraryStorage(), so the test sees the page as it is before the document loads.
const HOLD_LIBRARY_STORAGE = `(() => {
  const realOpen = IDBFactory.prototype.open;
  const held = [];
  let released = false;
  window.__releaseLibraryStorage = () => {
    released = true;
    for (const open of held.splice(0)) open();
  };
  IDBFactory.prototype.open = function (name, ...rest) {
    if (released || !String(name).startsWith('metmap:library:')) return realOpen.call(this, name, ...rest);
    const factory = this;
    const request = {};
    held.push(() => {
      const real = realOpen.call(factory, name, ...rest);
      for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
        real.addEventListener(type, (event) => request['on' + type]?.(event));
      }
    });
    return request;
  };
})()`;

const GUEST_CACHE_KEY = listCacheKey(GUEST_LIBRARY_DB);

const songList = (page: Page, source: 'cache' | 'live') => page.locator(`ul[aria-label="Songs"][data-source="${source}"]`);
const release = (page: Page) => page.evaluate('window.__releaseLibraryStorage()');
const storedCache = (page: Page, key: string) => page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(key)})`);
const libraryOpened = (page: Page, storageName: string) =>
  page.evaluate<boolean>(`performance.getEntriesByName(${JSON.stringify(`${storageName} opened`)}).length > 0`);

/** Polls until the list cache under `key` names every title (the writer saves after a quiet moment). */
async function waitForCacheWith(page: Page, key: string, titles: readonly string[]): Promise<void> {
  await expect.poll(async () => ((await storedCache(page, key)) ?? ''), { timeout: 15_000 }).toSatisfy((text: string) =>
    titles.every((title) => text.includes(JSON.stringify(title))),
  );
}

describe.skipIf(!hasChromium)('library list cache (LF13)', () => {
  const app = appInChromium();

  async function heldContext(): Promise<BrowserContext> {
    const context = await app.newContext({ viewport: VIEWPORTS.desktop });
    await skipFirstRun(context);
    await context.addInitScript(HOLD_LIBRARY_STORAGE);
    return context;
  }

  it('LF13: after a reload the list shows from the cache before the document has loaded, read-only, then live', async () => {
    const page = await (await heldContext()).newPage();
    const errors = collectPageErrors(page);
    await page.goto(app.server.url);
    await release(page);
    await addSong(page, 'Blue in Green');
    await addSong(page, 'So What');
    await waitForCacheWith(page, GUEST_CACHE_KEY, ['Blue in Green', 'So What']);

    await page.reload();
    await songList(page, 'cache').waitFor();
    await songLink(page, 'Blue in Green').waitFor();
    await songLink(page, 'So What').waitFor();
    // Shown before the stored document was even opened; nothing can write meanwhile.
    expect(await libraryOpened(page, GUEST_LIBRARY_DB)).toBe(false);
    expect(await page.getByRole('button', { name: 'Add song' }).isDisabled()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Opening' }).count()).toBe(1);
    // A song opened from the cached list waits for the document.
    await songLink(page, 'So What').click();
    await page.getByText('Opening your library…').waitFor();

    await release(page);
    await page.getByRole('heading', { level: 1, name: 'So What' }).waitFor();
    await page.goBack();
    await songList(page, 'live').waitFor();
    await songLink(page, 'Blue in Green').waitFor();
    expect(await page.getByRole('button', { name: 'Add song' }).isEnabled()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Opening' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("LF13: another tab's edits reach the cache, and a fresh tab shows them before its document loads", async () => {
    const held = await heldContext();
    const editor = await held.newPage();
    const watcher = await held.newPage();
    for (const page of [editor, watcher]) {
      await page.goto(app.server.url);
      await release(page);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    }
    await addSong(editor, 'Nardis');
    await songLink(watcher, 'Nardis').waitFor({ timeout: 5_000 });
    await editor.close();
    // An edit relayed from a tab that is not the app (so only the watcher can save it in the cache).
    const other = await held.newPage();
    await other.goto(new URL('/healthz', app.server.url).href);
    const doc = new Y.Doc();
    createSong(doc, { title: 'Footprints' });
    await postRelayUpdate(other, GUEST_LIBRARY_DB, Y.encodeStateAsUpdate(doc));
    await songLink(watcher, 'Footprints').waitFor({ timeout: 5_000 });
    await waitForCacheWith(watcher, GUEST_CACHE_KEY, ['Nardis', 'Footprints']);

    const fresh = await held.newPage();
    await fresh.goto(app.server.url);
    await songList(fresh, 'cache').waitFor();
    await songLink(fresh, 'Footprints').waitFor();
    await songLink(fresh, 'Nardis').waitFor();
    expect(await libraryOpened(fresh, GUEST_LIBRARY_DB)).toBe(false);
    await release(fresh);
    await songList(fresh, 'live').waitFor();
    await songLink(fresh, 'Footprints').waitFor();
    await songLink(fresh, 'Nardis').waitFor();
  });

  it('LF13, LF14, CSYNC10: signing out with "remove this device\'s copy" removes the account\'s list cache', async () => {
    const context = await app.newContext({ viewport: VIEWPORTS.desktop });
    await skipFirstRun(context);
    await authenticate(context, app.server.url, `cache-${Date.now()}@example.com`, 'signup');
    const userId = await userIdOf(context, app.server.url);
    const accountKey = listCacheKey(`metmap:library:${userId}`);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(app.server.url);
    await savedInCloud(page);
    await addSong(page, 'Private Song');
    await waitForCacheWith(page, accountKey, ['Private Song']);
    expect(await storedCache(page, FIRST_PAINT_KEY)).toContain('Private Song');

    await page.getByRole('banner').getByRole('link', { name: /^Account \(/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Remove it from this device, in every open tab').check();
    await dialog.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => storedCache(page, accountKey), { timeout: 10_000 }).toBeNull();
    // And the first paint drawn from it (LF14).
    expect(await storedCache(page, FIRST_PAINT_KEY)).toBeNull();

    // The guest library shown now never lists the account's songs, not even from a cache.
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.locator('[data-testid="empty-library"]').waitFor();
    expect(await songLink(page, 'Private Song').count()).toBe(0);
    expect(await storedCache(page, accountKey)).toBeNull();
    expect(errors).toEqual([]);
  });
});
