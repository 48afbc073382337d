import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIRST_PAINT_KEY } from '../../client/src/features/library/first-paint-boot.ts';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { addSong, GUEST_LIBRARY_DB, songLink } from './library-pages.ts';

const themeOf = (page: Page) => page.locator('html').getAttribute('data-theme');

describe.skipIf(!hasChromium)('settings, local data and keyboard shortcuts', () => {
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

  async function open(path: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
    context ??= await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(new URL(path, server.url).href);
    return { page, errors };
  }

  it('LF10: the theme and practice preferences live in the document: other tabs follow and a reload keeps them', async () => {
    const { page, errors } = await open('/settings');
    const { page: library } = await open('/');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await library.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    await page.getByLabel('Dark').check();
    expect(await themeOf(page)).toBe('dark');
    await library.waitForFunction(`document.documentElement.dataset.theme === 'dark'`);

    await page.getByLabel('Count-in beats').fill('2');
    await page.getByLabel('Pre-roll (seconds)').fill('1.5');
    await page.getByLabel('Loop the selection automatically').uncheck();
    await page.getByLabel('Playback speed').selectOption('0.75');
    // An invalid draft is shown as such and never saved.
    await page.getByLabel('Post-roll (seconds)').fill('99');
    expect(await page.getByLabel('Post-roll (seconds)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Count-in beats').focus();

    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    await library.reload();
    expect(await themeOf(library)).toBe('dark'); // remembered before the document loads: no light flash
    await library.goto(new URL('/settings', server.url).href);
    expect(await library.getByLabel('Count-in beats').inputValue()).toBe('2');
    expect(await library.getByLabel('Pre-roll (seconds)').inputValue()).toBe('1.5');
    expect(await library.getByLabel('Post-roll (seconds)').inputValue()).toBe('0');
    expect(await library.getByLabel('Loop the selection automatically').isChecked()).toBe(false);
    expect(await library.getByLabel('Playback speed').inputValue()).toBe('0.75');
    expect(await library.getByLabel('Dark').isChecked()).toBe(true);
    await saveScreenshot(library, 'settings-dark-desktop-preferences');

    await library.getByLabel('Match device').check();
    await page.waitForFunction(`document.documentElement.dataset.theme === undefined`);
    expect(errors).toEqual([]);
  });

  it('LF9: settings show the storage in use and whether it is kept; the app shell state', async () => {
    const { page, errors } = await open('/');
    await addSong(page, 'Take Five');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByTestId('storage-state').getByText('Saved in this browser').waitFor();
    await page.getByTestId('storage-usage').getByText(/ of .* available/).waitFor();
    const usage = await page.getByTestId('storage-usage').textContent();
    expect(usage).toMatch(/^\d+(\.\d)? (bytes|KB|MB|GB) of /);
    expect(await page.getByTestId('storage-persisted').textContent()).toMatch(/^(Yes|Not guaranteed)/);
    await saveScreenshot(page, 'settings-storage-desktop');
    expect(errors).toEqual([]);
  });

  it('LF7: clearing local data asks first, then empties this tab and every other open tab', async () => {
    const { page: settings } = await open('/settings');
    const { page: library } = await open('/');
    await library.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await addSong(library, 'Gone soon');
    await waitForIndexedDbWrites(library, GUEST_LIBRARY_DB);

    await settings.getByRole('button', { name: 'Clear local data…' }).click();
    const dialog = settings.getByRole('dialog', { name: 'Delete everything on this device?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await songLink(library, 'Gone soon').waitFor();

    await settings.getByRole('button', { name: 'Clear local data…' }).click();
    const reloads = Promise.all([settings.waitForEvent('load'), library.waitForEvent('load')]);
    await dialog.getByRole('button', { name: 'Delete local data' }).click();
    await reloads;
    // The tab that showed the library kept no picture of it while reloading (LF14).
    expect((await library.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(FIRST_PAINT_KEY)})`)) ?? '').not.toContain('Gone soon');
    await library.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    // A fresh device again: no trace of the song, in either tab (the demo song may come back).
    await library.getByRole('list', { name: 'Songs' }).or(library.getByTestId('empty-library')).first().waitFor();
    expect(await songLink(library, 'Gone soon').count()).toBe(0);
    await settings.goto(server.url);
    await settings.getByRole('list', { name: 'Songs' }).or(settings.getByTestId('empty-library')).first().waitFor();
    expect(await songLink(settings, 'Gone soon').count()).toBe(0);
  });

  it('LF11: "/" focuses the search, "n" the new-song title, "?" lists the shortcuts; typed keys stay text', async () => {
    const { page, errors } = await open('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.locator('body').press('n');
    await page.waitForFunction(`document.activeElement?.getAttribute('name') === 'title'`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.keyboard.type('now typing n and /');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('now typing n and /');
    await page.getByRole('button', { name: 'Add song' }).click();
    await songLink(page, 'now typing n and /').waitFor();

    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.waitForFunction(`document.activeElement?.getAttribute('type') === 'search'`);
    expect(await page.locator('input[type="search"]').inputValue()).toBe('');

    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.locator('kbd').allTextContents()).toEqual(['/', 'n', '?']);
    await saveScreenshot(page, 'shortcuts-desktop');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});
