import type { Page } from 'playwright-core';

/** IndexedDB name of the guest library (client/src/lib/library-doc.ts). */
export const GUEST_LIBRARY_DB = 'metmap:library:guest';

/** Adds a song through the library page's form and waits until it is listed. */
export async function addSong(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Add song' }).click();
  await songLink(page, title).waitFor();
}

/** The link of a song card in the library list. */
export function songLink(page: Page, title: string) {
  return page.getByRole('list', { name: 'Songs' }).getByRole('link', { name: new RegExp(title) });
}

/** Titles of the listed songs, in the order shown. */
export async function listedTitles(page: Page): Promise<string[]> {
  const cards = page.getByRole('list', { name: 'Songs' }).getByRole('link');
  const texts = await cards.allTextContents();
  return texts.map((text) => text.trim());
}

/** Resolves once a service worker controls the page (the app shell is then cached for offline use). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 20_000 });
}
