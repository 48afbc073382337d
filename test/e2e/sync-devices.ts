import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { collectPageErrors, VIEWPORTS } from './browser.ts';
import { skipFirstRun } from './first-run.ts';

export const PASSWORD = 'blue guitar over the hill';

/** A browser profile (context) standing for one device, with one page open on the app. */
export type Device = { context: BrowserContext; page: Page; errors: string[] };

/** Signs up or in through the API, inside the context, so the session cookie lands in its jar. */
export async function authenticate(context: BrowserContext, serverUrl: string, email: string, mode: 'signup' | 'signin'): Promise<void> {
  const response = await context.request.post(`${serverUrl}/api/auth/${mode}`, {
    data: { email, password: PASSWORD },
    headers: { origin: serverUrl },
  });
  if (!response.ok()) throw new Error(`${mode} ${email}: HTTP ${response.status()} ${await response.text()}`);
}

/** The signed-in user's id (`/api/auth/me`). */
export async function userIdOf(context: BrowserContext, serverUrl: string): Promise<string> {
  const body: unknown = await (await context.request.get(`${serverUrl}/api/auth/me`)).json();
  return z.object({ user: z.object({ id: z.string() }) }).parse(body).user.id;
}

/**
 * A device of `email`, already signed in (through the API) and showing the account's library once
 * its sync says "Saved in cloud". `firstRun: false` gives a returning device (no demo song, no tour).
 */
export async function signedInDevice(
  browser: Browser,
  serverUrl: string,
  email: string,
  options: { mode: 'signup' | 'signin'; firstRun?: boolean },
): Promise<Device> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  if (options.firstRun !== true) await skipFirstRun(context);
  await authenticate(context, serverUrl, email, options.mode);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(serverUrl);
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await savedInCloud(page);
  return { context, page, errors };
}

/** The header's sync status element. */
export function syncStatus(page: Page) {
  return page.getByTestId('sync-status');
}

/** Waits until the header says "Saved in cloud" (every document acknowledged after its commit). */
export async function savedInCloud(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="sync-status"][data-state="saved"]').waitFor({ timeout });
}

/** Starts recording every state the header's sync status shows (read back with `recordedSyncStates`). */
export async function recordSyncStates(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const states = [];
    window.__syncStates = states;
    const read = () => {
      const state = document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-state') ?? null;
      if (states[states.length - 1] !== state) states.push(state);
    };
    read();
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  })()`);
}

export async function recordedSyncStates(page: Page): Promise<string[]> {
  const states: unknown = await page.evaluate('window.__syncStates');
  return Array.isArray(states) ? states.map(String) : [];
}

/** Names of this origin's IndexedDB databases, as the page sees them. */
export async function databaseNames(page: Page): Promise<string[]> {
  const names: unknown = await page.evaluate('indexedDB.databases().then((all) => all.map((db) => db.name))');
  return Array.isArray(names) ? names.map(String) : [];
}
