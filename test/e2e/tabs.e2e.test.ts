import type { Browser, BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, VIEWPORTS } from './browser.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { addSong, GUEST_LIBRARY_DB, songLink, waitForServiceWorkerControl } from './library-pages.ts';

describe.skipIf(!hasChromium)('tabs of one browser share the library live (local-first)', () => {
  let server: AppServerProcess;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startAppServer();
    return () => server.stop();
  });
  beforeAll(async () => {
    browser = await launchChromium();
    return () => browser.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function openTabs(count: number) {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const tabs = [];
    for (let i = 0; i < count; i++) {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      tabs.push({ page, errors });
    }
    return tabs;
  }

  it('LF1: a song added in one tab shows in the other at once, both ways', async () => {
    const [a, b] = await openTabs(2);
    if (a === undefined || b === undefined) throw new Error('two tabs expected');
    await addSong(a.page, 'Footprints');
    await songLink(b.page, 'Footprints').waitFor({ timeout: 5_000 });
    await addSong(b.page, 'Nardis');
    await songLink(a.page, 'Nardis').waitFor({ timeout: 5_000 });
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('LF3: a tab opened later shows what the open tabs did, and keeps following them', async () => {
    const [a] = await openTabs(1);
    if (a === undefined) throw new Error('one tab expected');
    await addSong(a.page, 'Solar');
    const late = await a.page.context().newPage();
    await late.goto(server.url);
    await songLink(late, 'Solar').waitFor({ timeout: 5_000 });
    await addSong(a.page, 'Dolphin Dance');
    await songLink(late, 'Dolphin Dance').waitFor({ timeout: 5_000 });
  });

  it('LF5: offline, edits in two tabs survive reloading one of them, and both tabs end with all of them', async () => {
    const [a, b] = await openTabs(2);
    if (a === undefined || b === undefined) throw new Error('two tabs expected');
    await waitForServiceWorkerControl(a.page);
    await waitForServiceWorkerControl(b.page);
    await context?.setOffline(true);

    await addSong(a.page, 'Offline in A');
    await addSong(b.page, 'Offline in B');
    await songLink(a.page, 'Offline in B').waitFor({ timeout: 5_000 });
    await waitForIndexedDbWrites(a.page, GUEST_LIBRARY_DB);
    await waitForIndexedDbWrites(b.page, GUEST_LIBRARY_DB);

    await b.page.reload();
    await songLink(b.page, 'Offline in A').waitFor();
    await songLink(b.page, 'Offline in B').waitFor();
    // The reloaded tab is live again: an edit made now still reaches the other tab.
    await addSong(b.page, 'After the reload');
    await songLink(a.page, 'After the reload').waitFor({ timeout: 5_000 });
    expect(await a.page.evaluate('navigator.onLine')).toBe(false);
  });
});
