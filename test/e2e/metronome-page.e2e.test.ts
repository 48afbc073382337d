import type { Browser, BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { skipFirstRun } from './first-run.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { GUEST_LIBRARY_DB } from './library-pages.ts';

describe.skipIf(!hasChromium)('standalone metronome in Chromium', () => {
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

  it('MTR1, MTR2, MET13: beat lights run in visual-only mode; tempo, meter and a tapped accent are kept in the document', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await skipFirstRun(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(new URL('/metronome', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Metronome' }).waitFor();

    await page.getByLabel('Visual only (lights, no sound)').check();
    await page.getByRole('button', { name: 'One bpm faster' }).click();
    await page.getByLabel('Beats per bar').selectOption('3');
    expect(await page.getByLabel('Pattern').locator('option:checked').textContent()).toBe('Waltz');
    // Beat 2 of the waltz: normal → medium.
    await page.getByRole('button', { name: 'Beat 2: normal' }).click();
    await page.getByRole('button', { name: 'Beat 2: medium' }).waitFor();
    expect(await page.getByLabel('Pattern').locator('option:checked').textContent()).toBe('Custom');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Every beat of the bar lights up in turn.
    for (const beat of [1, 2, 3]) await page.locator(`.accent-beat[data-on]`, { hasText: String(beat) }).waitFor();
    await saveScreenshot(page, 'metronome-playing-phone');
    await page.getByRole('button', { name: 'Stop' }).click();

    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Metronome' }).waitFor();
    expect(await page.locator('.metronome-readout').textContent()).toContain('121 bpm · 3/4');
    await page.getByRole('button', { name: 'Beat 2: medium' }).waitFor();
    expect(await page.getByLabel('Visual only (lights, no sound)').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});
