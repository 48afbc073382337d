import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_ATTRIBUTE, FIRST_PAINT_KEY } from '../../client/src/features/library/first-paint-boot.ts';
import { appInChromium } from './app-in-chromium.ts';
import { collectPageErrors, hasChromium, VIEWPORTS } from './browser.ts';
import { skipFirstRun } from './first-run.ts';
import { addSong, songLink } from './library-pages.ts';

const picture = (page: Page) => page.locator(`[${FIRST_PAINT_ATTRIBUTE}]`);
const storedFirstPaint = (page: Page) => page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(FIRST_PAINT_KEY)})`);
// The page is parsed (the inline script has run) while the held entry script has not: module
// scripts run after parsing, and DOMContentLoaded waits for them.
const parsed = (page: Page) => page.waitForFunction(`document.readyState !== 'loading'`);
const marked = (page: Page, name: string) => page.evaluate<boolean>(`performance.getEntriesByName(${JSON.stringify(name)}).length > 0`);

describe.skipIf(!hasChromium)('library first paint (LF14)', () => {
  const app = appInChromium();

  /**
   * A context whose app entry script waits for `release()`: the test sees the page as it is before
   * the app's JavaScript runs. No service worker, so every script request reaches the route.
   */
  async function heldScripts(): Promise<{ context: BrowserContext; hold(): void; release(): void }> {
    const created = await app.newContext({ viewport: VIEWPORTS.desktop, serviceWorkers: 'block' });
    await skipFirstRun(created);
    let holding = false;
    let waiting: Array<() => void> = [];
    await created.route('**/assets/index-*.js', async (route) => {
      if (holding) await new Promise<void>((resolve) => waiting.push(resolve));
      await route.continue();
    });
    return {
      context: created,
      hold: () => {
        holding = true;
      },
      release: () => {
        holding = false;
        for (const resolve of waiting) resolve();
        waiting = [];
      },
    };
  }

  it('LF14: a reload shows the library as last seen before the app has loaded, inert, then the app replaces it', async () => {
    const held = await heldScripts();
    const page = await held.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(app.server.url);
    await addSong(page, 'Blue in Green');
    await addSong(page, 'So What');
    // Kept after the list cache is saved (a quiet moment after the last change).
    await expect.poll(async () => (await storedFirstPaint(page)) ?? '', { timeout: 15_000 }).toContain('So What');

    held.hold();
    await page.reload({ waitUntil: 'commit' });
    await parsed(page);
    expect(await picture(page).getByRole('link', { name: /Blue in Green/ }).count()).toBe(1);
    expect(await picture(page).getByRole('link', { name: /So What/ }).count()).toBe(1);
    expect(await picture(page).getAttribute('inert')).not.toBeNull();
    expect(await marked(page, 'library-rendered')).toBe(true);
    expect(await marked(page, 'app-start')).toBe(false);

    held.release();
    await page.locator('ul[aria-label="Songs"][data-source="live"]').waitFor();
    expect(await picture(page).count()).toBe(0);
    await songLink(page, 'So What').click();
    await page.getByRole('heading', { level: 1, name: 'So What' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('LF14: no first paint once the list changed elsewhere, for another account, from another build, or from a damaged value', async () => {
    const held = await heldScripts();
    const page = await held.context.newPage();
    await page.goto(app.server.url);
    await addSong(page, 'Nardis');
    await expect.poll(async () => (await storedFirstPaint(page)) ?? '', { timeout: 15_000 }).toContain('Nardis');

    // Renamed on the song page: the picture of the library would be out of date, so it goes.
    await songLink(page, 'Nardis').click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Nardis (take 2)');
    await title.press('Enter');
    await expect.poll(() => storedFirstPaint(page), { timeout: 15_000 }).toBeNull();

    // Back on the library, hiding the page keeps a new one.
    await page.goto(app.server.url);
    await songLink(page, 'Nardis \\(take 2\\)').waitFor();
    await page.reload();
    await expect.poll(async () => (await storedFirstPaint(page)) ?? '', { timeout: 15_000 }).toContain('Nardis (take 2)');

    // Changed from a page of the origin that is not the app, so that leaving the app (which keeps
    // the first paint when the page hides) cannot undo the change.
    const kept = await storedFirstPaint(page);
    for (const change of [
      `localStorage.setItem('metmap:account', '{"id":"someone-else"}')`,
      `localStorage.setItem(${JSON.stringify(FIRST_PAINT_KEY)}, JSON.stringify({ ...JSON.parse(localStorage.getItem(${JSON.stringify(FIRST_PAINT_KEY)})), build: '/assets/index-old.js' }))`,
      // A damaged value: ignored, and the app draws the page as usual.
      `localStorage.setItem(${JSON.stringify(FIRST_PAINT_KEY)}, '{"v":1,"html":')`,
      `localStorage.setItem(${JSON.stringify(FIRST_PAINT_KEY)}, JSON.stringify({ ...JSON.parse(localStorage.getItem(${JSON.stringify(FIRST_PAINT_KEY)})), html: 42 }))`,
    ]) {
      await page.goto(new URL('/healthz', app.server.url).href);
      await page.evaluate(`localStorage.removeItem('metmap:account'); localStorage.setItem(${JSON.stringify(FIRST_PAINT_KEY)}, ${JSON.stringify(kept)})`);
      await page.evaluate(change);
      held.hold();
      await page.goto(app.server.url, { waitUntil: 'commit' });
      await parsed(page);
      expect(await picture(page).count()).toBe(0);
      expect(await marked(page, 'library-rendered')).toBe(false);
      held.release();
      await songLink(page, 'Nardis \\(take 2\\)').waitFor();
    }
  });
});
