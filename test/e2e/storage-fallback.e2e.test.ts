import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';

// Init scripts run in the page before the app. They break IndexedDB for MetMap's databases only.
const HANGING_OPEN = `(() => {
  const realOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    if (String(name).startsWith('metmap:')) return {}; // a request whose events never fire
    return realOpen.call(this, name, ...rest);
  };
})()`;
const FAILING_OPEN = `(() => {
  const realOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    if (!String(name).startsWith('metmap:')) return realOpen.call(this, name, ...rest);
    const request = {};
    setTimeout(() => request.onerror?.({ target: { error: new DOMException('simulated', 'UnknownError') } }));
    return request;
  };
})()`;
const NO_INDEXEDDB = `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })`;

describe.skipIf(!hasChromium)('library without working on-device storage', () => {
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

  async function openWithBrokenStorage(initScript: string): Promise<Page> {
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await context.addInitScript(initScript);
    const page = await context.newPage();
    await page.goto(server.url);
    return page;
  }

  async function expectAddingStillWorks(page: Page): Promise<void> {
    await page.getByLabel('Title').fill('Autumn Leaves');
    await page.getByRole('button', { name: 'Add song' }).click();
    await page.getByRole('list', { name: 'Songs' }).getByRole('link', { name: /Autumn Leaves/ }).waitFor();
  }

  it('a hanging IndexedDB open times out into a banner and the library works in memory', async () => {
    const page = await openWithBrokenStorage(HANGING_OPEN);
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toContain('not answering');
    await page.getByTestId('empty-library').waitFor();
    await expectAddingStillWorks(page);
    await saveScreenshot(page, 'storage-banner-phone');
  });

  it('a failing IndexedDB open shows the banner at once and the library works in memory', async () => {
    const page = await openWithBrokenStorage(FAILING_OPEN);
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor({ timeout: 2_000 });
    expect(await banner.textContent()).toContain('could not be opened');
    await expectAddingStillWorks(page);
  });

  it('a browser without IndexedDB shows the banner and the library works in memory', async () => {
    const page = await openWithBrokenStorage(NO_INDEXEDDB);
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor({ timeout: 2_000 });
    expect(await banner.textContent()).toContain('no on-device storage');
    await expectAddingStillWorks(page);
  });
});
