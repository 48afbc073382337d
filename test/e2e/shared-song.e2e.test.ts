import type { Browser, BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { CreatedShareLinkResponse } from '../../shared/rest/share-api.ts';
import { SongResponse } from '../../shared/rest/song-api.ts';
import { cookieClient, type CookieClient } from '../auth/cookie-client.ts';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';

async function signedUp(url: string, email: string): Promise<CookieClient> {
  const client = cookieClient(url);
  const response = await client.json('POST', '/api/auth/signup', { email, password: 'blue guitar over the hill' });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status}`);
  return client;
}

describe.skipIf(!hasChromium)('a shared song in Chromium', () => {
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

  it('SHARE3, SHARE5: a guest sees the song without hidden fields; a signed-in viewer copies it; a revoked link says so', async () => {
    const owner = await signedUp(server.url, 'owner@example.com');
    const created = await owner.json('POST', restPaths.songs, {
      title: 'Blue in Green',
      artist: 'Bill Evans',
      bpm: 60,
      key: 'Dm',
      notes: 'secret song notes',
      sections: [{ name: 'Head', bars: 4, confidence: 1, notes: 'secret section notes', chords: [{ bar: 1, beat: 1, root: 'B', quality: 'maj7', extensions: ['#11'] }, { bar: 2, beat: 1, root: 'A', quality: '7', extensions: ['b9'] }] }],
    });
    const { song } = SongResponse.parse(await created.json());
    const link = CreatedShareLinkResponse.parse(await (await owner.json('POST', pathTo(restPaths.songShareLinks, { id: song.id }), { expiresIn: '7d' })).json());

    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(link.url.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole('heading', { level: 1, name: 'Blue in Green' }).waitFor();
    await page.getByText('Bmaj7(#11)').waitFor();
    await page.getByText('A7(b9)').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('secret');
    expect(text).toContain('60 bpm · Dm · 4/4');
    await page.getByText('to copy this song into your library').waitFor();
    await saveScreenshot(page, 'shared-song-guest-phone');
    expect(errors).toEqual([]);
    await context.close();

    // A signed-in viewer (the session cookie of an account made through the API) copies the song.
    const viewer = await signedUp(server.url, 'viewer@example.com');
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    await context.addCookies([...viewer.cookies].map(([name, value]) => ({ name, value, url: server.url })));
    const viewerPage = await context.newPage();
    await viewerPage.goto(`${server.url}/shared/${link.token}`);
    await viewerPage.getByRole('button', { name: 'Copy to my library' }).click();
    await viewerPage.waitForURL(/\/songs\/[0-9a-f-]{36}$/);
    const copiedId = viewerPage.url().split('/').at(-1) ?? '';
    expect(copiedId).not.toBe(song.id);
    const copy = await viewer.request('GET', pathTo(restPaths.song, { id: copiedId }));
    expect(SongResponse.parse(await copy.json()).song.sections[0]?.chords.map((c) => c.symbol)).toEqual(['Bmaj7(#11)', 'A7(b9)']);

    await owner.json('DELETE', pathTo(restPaths.shareLink, { id: link.shareLink.id }), {});
    await viewerPage.goto(`${server.url}/shared/${link.token}`);
    await viewerPage.getByText('This link has expired or was revoked.').waitFor();
  });
});
