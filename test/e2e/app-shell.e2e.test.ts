import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { skipFirstRun } from './first-run.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';

const GUEST_LIBRARY_DB = 'metmap:library:guest';

describe.skipIf(!hasChromium)('app shell in Chromium against the real server', () => {
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

  async function openPage(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    context = await browser.newContext({ viewport });
    // These tests start from an empty library: a returning device gets no demo song (ONB2).
    await skipFirstRun(context);
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page) };
  }

  it('the built app loads and shows the library page with its empty state', async () => {
    const { page, errors } = await openPage(VIEWPORTS.phone);
    await page.goto(server.url);

    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.getByTestId('empty-library').waitFor();
    expect(await page.title()).toBe('Library · MetMap');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      'Library',
      'Metronome',
      'Log',
      'Settings',
    ]);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByTestId('storage-banner').count()).toBe(0);
    await saveScreenshot(page, 'library-empty-phone');
    expect(errors).toEqual([]);
  });

  it('a song added with the form is listed and survives a reload (IndexedDB)', async () => {
    const { page, errors } = await openPage(VIEWPORTS.phone);
    await page.goto(server.url);
    await page.getByTestId('empty-library').waitFor();

    await page.getByLabel('Title').fill('Blue in Green');
    await page.getByLabel('Artist (optional)').fill('Miles Davis');
    await page.getByRole('button', { name: 'Add song' }).click();

    const songs = page.getByRole('list', { name: 'Songs' });
    await songs.getByRole('link', { name: /Blue in Green/ }).waitFor();
    expect(await songs.getByRole('listitem').count()).toBe(1);
    expect(await page.getByLabel('Title').inputValue()).toBe('');

    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    await page.reload();

    const reloadedSong = page.getByRole('list', { name: 'Songs' }).getByRole('link', { name: /Blue in Green/ });
    await reloadedSong.waitFor();
    expect(await reloadedSong.textContent()).toContain('Miles Davis');
    expect(await page.getByTestId('empty-library').count()).toBe(0);
    await saveScreenshot(page, 'library-phone');

    await page.setViewportSize(VIEWPORTS.desktop);
    await saveScreenshot(page, 'library-desktop');

    await reloadedSong.click();
    await page.getByRole('heading', { level: 1, name: 'Blue in Green' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/songs\/[^/]+$/);
    // Client-side navigation hands focus to the new page, not the link that was left.
    expect(await page.locator('main#main:focus').count()).toBe(1);
    await saveScreenshot(page, 'song-desktop');

    // A deep link straight to the song page must also come back from storage.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Blue in Green' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('an empty title is refused with a message and adds nothing', async () => {
    const { page, errors } = await openPage(VIEWPORTS.phone);
    await page.goto(server.url);
    await page.getByTestId('empty-library').waitFor();

    await page.getByLabel('Title').fill('   ');
    await page.getByRole('button', { name: 'Add song' }).click();

    await page.getByText('Give the song a title.').waitFor();
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('empty-library').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('every route renders its page heading, including a deep link and an unknown URL', async () => {
    const { page, errors } = await openPage(VIEWPORTS.desktop);
    const cases = [
      { path: '/settings', heading: 'Settings' },
      { path: '/songs/no-such-song', heading: 'Song not found' },
      { path: '/songs/no-such-song/practice', heading: 'Practice' },
      { path: '/nowhere', heading: 'Page not found' },
    ];
    for (const { path, heading } of cases) {
      await page.goto(new URL(path, server.url).href);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    await page.goto(new URL('/settings', server.url).href);
    await page.getByLabel('Dark').check();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await saveScreenshot(page, 'settings-dark-desktop');
    expect(errors).toEqual([]);
  });
});
