import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { demoLibraryUpdate } from './demo-library.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { postRelayUpdate } from './inject-update.ts';
import { GUEST_LIBRARY_DB, songLink } from './library-pages.ts';

// A returning device: no first-run demo song or tour (key of client/src/features/onboarding), so
// the screenshots show exactly the injected library.
const RETURNING_DEVICE = `localStorage.setItem('metmap:first-run', JSON.stringify({ decided: true, onboardingPending: false }))`;

describe.skipIf(!hasChromium)('screenshots of every page at phone and desktop widths', () => {
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

  async function visit(page: Page, path: string, heading: RegExp | string): Promise<void> {
    await page.goto(new URL(path, server.url).href);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.evaluate('document.fonts.ready');
  }

  it('library, song, practice, metronome, log and settings, light and dark, at 390 and 1280 px', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await context.addInitScript(RETURNING_DEVICE);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await visit(page, '/', 'Library');
    const { update, songIds } = demoLibraryUpdate();
    await postRelayUpdate(page, GUEST_LIBRARY_DB, update);
    await songLink(page, 'Autumn Leaves').waitFor();
    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    const songId = songIds[0] ?? '';

    const pages = [
      { name: 'library', path: '/', heading: 'Library' },
      { name: 'song', path: `/songs/${songId}`, heading: 'Autumn Leaves' },
      { name: 'practice', path: `/songs/${songId}/practice`, heading: /Practi/ },
      { name: 'metronome', path: '/metronome', heading: /Metronome/ },
      { name: 'log', path: '/log', heading: /log/i },
      { name: 'settings', path: '/settings', heading: 'Settings' },
    ];
    const saved: string[] = [];
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        for (const { name, path, heading } of pages) {
          await visit(page, path, heading);
          saved.push(await saveScreenshot(page, `page-${name}-${width}-${theme}`));
        }
      }
    }
    expect(saved).toHaveLength(pages.length * 4);
    expect(errors).toEqual([]);
  });
});
