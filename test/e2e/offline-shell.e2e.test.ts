import type { Browser, BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { addSong, GUEST_LIBRARY_DB, songLink, waitForServiceWorkerControl } from './library-pages.ts';

describe.skipIf(!hasChromium)('offline app shell (service worker)', () => {
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

  it('LF8: the worker, the manifest and the icons are served with the right types and caching', async () => {
    const worker = await fetch(new URL('/sw.js', server.url));
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const manifestResponse = await fetch(new URL('/manifest.webmanifest', server.url));
    expect(manifestResponse.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest: unknown = await manifestResponse.json();
    expect(manifest).toMatchObject({ name: 'MetMap', start_url: '/', display: 'standalone', theme_color: '#5b3fd1' });
    for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-512.png', '/favicon.svg']) {
      const response = await fetch(new URL(icon, server.url));
      expect(response.status, icon).toBe(200);
      expect(response.headers.get('content-type'), icon).toMatch(/^image\//);
    }
  });

  it('LF8: once the worker controls the page, a reload with the network off shows the library', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await addSong(page, 'Stella by Starlight');
    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await songLink(page, 'Stella by Starlight').waitFor();
    // A deep link opens offline too (navigation fallback to the cached index.html).
    await page.goto(new URL('/settings', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByTestId('app-shell-state').textContent()).toContain('opens without a network');
    await saveScreenshot(page, 'offline-settings-phone');
    // Offline, only the account session check fails, as a network error; nothing else is missing.
    expect(errors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('LF8: server paths are never answered by the navigation fallback', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    const health = await page.goto(new URL('/healthz', server.url).href);
    expect(await health?.json()).toEqual({ status: 'ok' });
    const api = await page.goto(new URL('/api/no-such-route', server.url).href);
    expect(api?.status()).toBe(404);
    expect(api?.headers()['content-type']).toMatch(/^application\/json/);
  });
});
