import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIBRARY_SCHEMA_VERSION, readSchemaVersion } from '../../shared/library/index.ts';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { postRelayUpdate } from './inject-update.ts';
import { addSong, GUEST_LIBRARY_DB, songLink } from './library-pages.ts';

/** An update as a newer MetMap would write it: its schema version mark, one above ours. */
function newerSchemaUpdate(): Uint8Array {
  const newer = new Y.Doc();
  const version = LIBRARY_SCHEMA_VERSION + 1;
  // The mark format of shared/library/schema-version.ts; checked right below through the reader.
  newer.getMap('meta').set(`schemaVersion:${version}`, version);
  if (readSchemaVersion(newer) !== version) throw new Error('the schema version mark format changed: update this test');
  return Y.encodeStateAsUpdate(newer);
}

// Controls that only change what is shown (library search, sort, tag filter) stay usable.
const VIEW_CONTROLS = new Set(['library-search', 'library-sort', 'library-tag']);

/** Form controls inside the page's main region that still accept input, except view controls. */
async function enabledEditControls(page: Page): Promise<string[]> {
  const controls: string[] = await page.evaluate(`Array.from(document.querySelectorAll('main input, main select, main textarea'))
    .filter((control) => !control.matches(':disabled'))
    .map((control) => control.id || control.outerHTML.slice(0, 120))`);
  return controls.filter((control) => !VIEW_CONTROLS.has(control));
}

describe.skipIf(!hasChromium)('a library written by a newer schema version', () => {
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

  it('LF6: arriving from another tab, it turns every tab read-only, with a prompt to reload, also after a reload', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await addSong(page, 'Written before');
    const other = await context.newPage();
    await other.goto(server.url);
    await songLink(other, 'Written before').waitFor();
    expect(await page.getByTestId('read-only-banner').count()).toBe(0);

    await postRelayUpdate(other, GUEST_LIBRARY_DB, newerSchemaUpdate());
    for (const tab of [page, other]) {
      await tab.getByTestId('read-only-banner').waitFor({ timeout: 5_000 });
      expect(await tab.getByTestId('read-only-banner').getByRole('button', { name: 'Reload to update' }).count()).toBe(1);
      expect(await tab.getByRole('button', { name: 'Add song' }).isDisabled()).toBe(true);
      expect(await enabledEditControls(tab)).toEqual([]);
    }
    await saveScreenshot(page, 'read-only-library-desktop');

    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    await page.reload();
    await page.getByTestId('read-only-banner').waitFor();
    await songLink(page, 'Written before').waitFor();

    await songLink(page, 'Written before').click();
    await page.getByRole('heading', { level: 1, name: 'Written before' }).waitFor();
    expect(await enabledEditControls(page)).toEqual([]);

    await page.goto(new URL('/settings', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByTestId('read-only-banner').waitFor();
    expect(await page.getByLabel('Dark').isDisabled()).toBe(true);
    expect(await page.getByLabel('Count-in beats').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
