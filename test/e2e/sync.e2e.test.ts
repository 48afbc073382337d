import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { DEMO_SONG_TITLE } from './first-run.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { addSong, listedTitles, songLink, waitForServiceWorkerControl } from './library-pages.ts';
import {
  authenticate,
  databaseNames,
  PASSWORD,
  recordedSyncStates,
  recordSyncStates,
  savedInCloud,
  signedInDevice,
  syncStatus,
  userIdOf,
} from './sync-devices.ts';

describe.skipIf(!hasChromium)('cloud sync in Chromium against the real server (real providers)', () => {
  let server: AppServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let users = 0;
  const newEmail = () => `sync-${++users}@example.com`;

  beforeAll(async () => {
    server = await startAppServer();
    return () => server.stop();
  });
  beforeAll(async () => {
    browser = await launchChromium();
    return () => browser.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  const device = async (email: string, mode: 'signup' | 'signin') => {
    const opened = await signedInDevice(browser, server.url, email, { mode });
    contexts.push(opened.context);
    return opened;
  };

  /** A fresh profile as a guest: first run gives it the demo song. */
  const guestDevice = async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await songLink(page, DEMO_SONG_TITLE).waitFor();
    return { context, page, errors };
  };

  /** Fills the sign-in page; `via` is the link that leads there (the header's for a guest). */
  const signInThroughUi = async (page: Page, email: string, via = page.getByRole('banner').getByRole('link', { name: 'Sign in' })) => {
    await via.click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  /** The listed songs as titles (a card's text starts with its title), sorted; duplicates stay visible. */
  const songTitles = async (page: Page, known: readonly string[]) =>
    (await listedTitles(page)).map((text) => known.find((title) => text.startsWith(title)) ?? text).sort();

  const openAccountPage = async (page: Page) => {
    await page.getByRole('banner').getByRole('link', { name: /^Account \(/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
  };

  const mergeDialog = (page: Page) => page.getByRole('dialog', { name: "Add this device's library to your account?" });

  it('CSYNC1, CSYNC3, CSYNC4: two devices of one user sync live; offline, both edit, closing warns, and back online both show the merged library', async () => {
    const email = newEmail();
    const a = await device(email, 'signup');
    const b = await device(email, 'signin');
    expect(await syncStatus(a.page).textContent()).toMatch(/^Saved in cloud · \d/);

    // Live: each edit reaches the other device; "Saved in cloud" only after the acknowledgement.
    await recordSyncStates(a.page);
    await addSong(a.page, 'Autumn Leaves');
    await songLink(b.page, 'Autumn Leaves').waitFor({ timeout: 5_000 });
    await savedInCloud(a.page);
    expect(await recordedSyncStates(a.page)).toEqual(['saved', 'syncing', 'saved']);
    await addSong(b.page, 'Blue Bossa');
    await songLink(a.page, 'Blue Bossa').waitFor({ timeout: 5_000 });
    await savedInCloud(b.page);
    await saveScreenshot(a.page, 'sync-saved-desktop');

    // "Sync now" runs a fresh handshake, acknowledged like any change.
    await recordSyncStates(b.page);
    await b.page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => recordedSyncStates(b.page)).toEqual(['saved', 'syncing', 'saved']);

    // B goes offline (its offline app shell installed first); both edit.
    await waitForServiceWorkerControl(b.page);
    await b.context.setOffline(true);
    await b.page.locator('[data-testid="sync-status"][data-state="offline"]').waitFor();
    await addSong(a.page, 'Take Five');
    await addSong(b.page, 'So What');
    await savedInCloud(a.page);
    expect(await syncStatus(b.page).textContent()).toBe('Offline · 1 change waiting');
    expect(await songLink(b.page, 'Take Five').count()).toBe(0);
    expect(await songLink(a.page, 'So What').count()).toBe(0);
    await saveScreenshot(b.page, 'sync-offline-desktop');

    // Closing the tab that holds an unsaved change asks first; staying keeps the tab.
    const dialogType = new Promise<string>((resolve) => {
      b.page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      });
    });
    await b.page.close({ runBeforeUnload: true });
    expect(await dialogType).toBe('beforeunload');
    expect(b.page.isClosed()).toBe(false);

    // Reloading offline (leaving anyway) opens the account's copy with the change, still unsaved.
    const userId = await userIdOf(a.context, server.url);
    await waitForIndexedDbWrites(b.page, `metmap:library:${userId}`);
    b.page.once('dialog', (dialog) => void dialog.accept());
    await b.page.reload();
    await songLink(b.page, 'So What').waitFor();
    await b.page.locator('[data-testid="sync-status"][data-state="offline"]').waitFor();
    expect(await syncStatus(b.page).textContent()).toBe('Offline · changes waiting');

    // Back online: both show the merged library.
    await b.context.setOffline(false);
    await songLink(b.page, 'Take Five').waitFor({ timeout: 10_000 });
    await songLink(a.page, 'So What').waitFor({ timeout: 10_000 });
    await savedInCloud(b.page);
    const all = ['Autumn Leaves', 'Blue Bossa', 'So What', 'Take Five'];
    expect(await songTitles(a.page, all)).toEqual(all);
    expect(await songTitles(b.page, all)).toEqual(all);

    // CSYNC11: the inspector in the developer settings.
    await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await a.page.getByText('Developer', { exact: true }).click();
    const inspector = a.page.getByTestId('sync-inspector');
    await inspector.getByRole('button', { name: 'Measure documents' }).click();
    const library = inspector.getByRole('region', { name: `library:${userId}` });
    await library.getByTestId('sync-doc-size').filter({ hasText: /^[\d,.\s]+ bytes$/ }).waitFor();
    expect(await library.getByTestId('sync-pending').textContent()).toBe('0');
    expect(await inspector.getByRole('region', { name: `practice:${userId}` }).count()).toBe(1);
    expect(await inspector.getByTestId('sync-connection').textContent()).toBe('connected · saved');
    expect(a.errors).toEqual([]);
    // The reload offline asks the server who is signed in, which the browser reports as it fails.
    expect(b.errors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('CSYNC7, CSYNC8: a guest library is merged on sign-in, joining what the account holds from another device, the demo song once', async () => {
    const email = newEmail();
    // Device H: a guest who signs up and adds the guest library (the demo and one song) to the new account.
    const h = await guestDevice();
    await addSong(h.page, 'Cloud Song');
    await h.page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await h.page.getByRole('link', { name: 'Create an account' }).click();
    await h.page.getByLabel('Email', { exact: true }).fill(email);
    await h.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await h.page.getByRole('button', { name: 'Create account' }).click();
    await mergeDialog(h.page).getByText('2 songs').waitFor();
    await mergeDialog(h.page).getByRole('button', { name: 'Add to my account' }).click();
    await h.page.getByRole('link', { name: 'Library' }).first().click();
    await songLink(h.page, 'Cloud Song').waitFor();
    await savedInCloud(h.page);

    // Device G: another guest with its own demo song and a song, then signs in to the same account.
    const g = await guestDevice();
    await addSong(g.page, 'Guest Song');
    const otherTab = await g.context.newPage();
    await otherTab.goto(server.url);
    await songLink(otherTab, 'Guest Song').waitFor();
    await signInThroughUi(g.page, email);
    await mergeDialog(g.page).getByText('2 songs').waitFor();
    await saveScreenshot(g.page, 'sync-guest-merge-desktop');
    await mergeDialog(g.page).getByRole('button', { name: 'Add to my account' }).click();
    await songLink(g.page, 'Cloud Song').waitFor({ timeout: 10_000 });
    await songLink(h.page, 'Guest Song').waitFor({ timeout: 10_000 });
    await savedInCloud(g.page);
    // The device's other tab followed the sign-in (without asking again) and shows the account's library.
    await songLink(otherTab, 'Cloud Song').waitFor({ timeout: 10_000 });
    expect(await mergeDialog(otherTab).count()).toBe(0);

    const expected = ['Cloud Song', DEMO_SONG_TITLE, 'Guest Song'].sort();
    expect(await songTitles(g.page, expected)).toEqual(expected);
    expect(await songTitles(h.page, expected)).toEqual(expected);
    expect(await songTitles(otherTab, expected)).toEqual(expected);
    expect(g.errors).toEqual([]);
  });

  it('CSYNC8: "keep them separate" leaves the guest library out of the account, and it is back after signing out', async () => {
    const email = newEmail();
    const a = await device(email, 'signup');
    await addSong(a.page, 'Account Song');
    await savedInCloud(a.page);

    const g = await guestDevice();
    await addSong(g.page, 'Aside Song');
    await signInThroughUi(g.page, email);
    await mergeDialog(g.page).getByRole('button', { name: 'Keep them separate' }).click();
    await songLink(g.page, 'Account Song').waitFor({ timeout: 10_000 });
    await savedInCloud(g.page);
    expect(await songLink(g.page, 'Aside Song').count()).toBe(0);
    expect(await songLink(a.page, 'Aside Song').count()).toBe(0);

    await openAccountPage(g.page);
    await g.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await g.page.getByRole('dialog').getByRole('button', { name: 'Sign out', exact: true }).click();
    await g.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await g.page.getByRole('link', { name: 'Library' }).first().click();
    await songLink(g.page, 'Aside Song').waitFor();
    expect(await songLink(g.page, 'Account Song').count()).toBe(0);
  });

  it('CSYNC10: signing out with "remove" clears the copy in another open tab before its database is deleted', async () => {
    const email = newEmail();
    const first = await device(email, 'signup');
    const userId = await userIdOf(first.context, server.url);
    const second = first.context.pages()[0] === first.page ? await first.context.newPage() : first.page;
    const secondErrors = collectPageErrors(second);
    await second.goto(server.url);
    await addSong(first.page, 'Private Song');
    await songLink(second, 'Private Song').waitFor({ timeout: 5_000 });
    await savedInCloud(first.page);
    await savedInCloud(second);
    const accountDatabases = [`metmap:library:${userId}`, `metmap:practice:${userId}`];
    expect(await databaseNames(second)).toEqual(expect.arrayContaining(accountDatabases));

    await openAccountPage(first.page);
    await first.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const dialog = first.page.getByRole('dialog');
    await dialog.getByLabel('Remove it from this device, in every open tab').check();
    await dialog.getByRole('button', { name: 'Sign out', exact: true }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // The other tab was told first: it closed the account's copy and shows the guest library.
    await second.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor({ timeout: 5_000 });
    expect(await songLink(second, 'Private Song').count()).toBe(0);
    expect(await syncStatus(second).count()).toBe(0);
    await expect.poll(() => databaseNames(second), { timeout: 10_000 }).not.toEqual(expect.arrayContaining([accountDatabases[0]]));
    expect(await databaseNames(second)).not.toContain(accountDatabases[1]);
    expect(await second.evaluate("localStorage.getItem('metmap:account')")).toBeNull();
    expect(secondErrors).toEqual([]);
  });

  it('CSYNC5: a session that ended while offline asks to sign in again and keeps every local edit', async () => {
    const email = newEmail();
    const a = await device(email, 'signup');
    const b = await device(email, 'signin');
    await b.context.setOffline(true);
    await b.page.locator('[data-testid="sync-status"][data-state="offline"]').waitFor();
    await addSong(b.page, 'Written Offline');

    // Meanwhile every session of the account ends (sign out everywhere, from device A).
    const signOutAll = await a.context.request.post(`${server.url}/api/auth/signout-all`, { data: {}, headers: { origin: server.url } });
    expect(signOutAll.status()).toBe(204);
    await a.page.getByTestId('session-ended-banner').waitFor({ timeout: 10_000 });

    await b.context.setOffline(false);
    await b.page.getByTestId('session-ended-banner').waitFor({ timeout: 10_000 });
    expect(await syncStatus(b.page).textContent()).toBe('Sign in to sync');
    await songLink(b.page, 'Written Offline').waitFor();
    await saveScreenshot(b.page, 'sync-session-ended-desktop');

    await signInThroughUi(b.page, email, b.page.getByTestId('session-ended-banner').getByRole('link', { name: 'Sign in again' }));
    await savedInCloud(b.page);
    expect(await b.page.getByTestId('session-ended-banner').count()).toBe(0);

    // The edit kept on B reached the cloud: a new device of the account gets it.
    const c = await browser.newContext({ viewport: VIEWPORTS.desktop });
    contexts.push(c);
    await authenticate(c, server.url, email, 'signin');
    const page = await c.newPage();
    await page.goto(server.url);
    await songLink(page, 'Written Offline').waitFor({ timeout: 10_000 });
  });
});
