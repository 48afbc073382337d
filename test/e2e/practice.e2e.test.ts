import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { DEMO_SONG_ID, DEMO_SONG_TITLE } from './first-run.ts';
import { songLink } from './library-pages.ts';

/** The playhead's phase, bar and beat as the page shows them. */
async function playhead(page: Page) {
  const panel = page.getByTestId('playhead');
  return {
    phase: await panel.getAttribute('data-phase'),
    bar: (await page.getByTestId('playhead-bar').textContent())?.trim() ?? '',
    beat: (await page.getByTestId('playhead-beat').textContent())?.trim() ?? '',
  };
}

/** Polls the playhead until `accept` holds (no fixed sleeps); returns what it saw. */
async function waitForPlayhead(page: Page, accept: (seen: Awaited<ReturnType<typeof playhead>>) => boolean, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const seen = await playhead(page).catch(() => null);
    if (seen !== null && accept(seen)) return seen;
    if (Date.now() > until) throw new Error(`playhead never matched; last seen ${JSON.stringify(seen)}`);
    await page.waitForTimeout(20);
  }
}

describe.skipIf(!hasChromium)('practice mode in Chromium', () => {
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

  it('PRA2, PRA6, PRA7, LOG1: practise the demo song with a count-in in visual-only mode, mark done, end with a rating; the log shows it', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);

    // First run: the demo song and the tour.
    await page.getByTestId('onboarding').waitFor();
    await songLink(page, DEMO_SONG_TITLE).waitFor();
    await saveScreenshot(page, 'library-first-run-desktop');
    await page.getByRole('button', { name: 'Skip tour' }).click();
    await page.getByTestId('onboarding').waitFor({ state: 'detached' });

    await page.goto(new URL(`/songs/${DEMO_SONG_ID}/practice`, server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    // Focus areas are preselected: the three weakest sections of the demo.
    const pads = page.getByRole('list', { name: 'Sections' });
    for (const name of ['Bridge', 'Verse', 'Chorus']) {
      expect(await pads.getByRole('button', { name: new RegExp(`^${name}`) }).getAttribute('aria-pressed')).toBe('true');
    }
    expect(await pads.getByRole('button', { name: /^Intro/ }).getAttribute('aria-pressed')).toBe('false');
    // Just the bridge: 4 bars at 96 bpm.
    await page.getByRole('button', { name: 'None' }).click();
    await pads.getByRole('button', { name: /^Bridge/ }).click();

    await page.getByLabel('Visual only (silent)').check();
    expect(await page.getByLabel('Count-in').inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    await waitForPlayhead(page, (seen) => seen.phase === 'count-in');
    await saveScreenshot(page, 'practice-count-in-desktop');
    const first = await waitForPlayhead(page, (seen) => seen.phase === 'playing');
    const later = await waitForPlayhead(page, (seen) => seen.phase === 'playing' && (seen.beat !== first.beat || seen.bar !== first.bar));
    expect(later).not.toEqual(first);
    // Bar 2 arrives: bars advance, not just beats.
    await waitForPlayhead(page, (seen) => seen.bar.startsWith('2 /'));
    expect(await page.getByTestId('playhead-chord').textContent()).toMatch(/^Chord: Am then E7/);
    await saveScreenshot(page, 'practice-desktop');
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'practice-phone');
    await page.setViewportSize(VIEWPORTS.desktop);

    await page.getByRole('button', { name: 'Mark Bridge done' }).click();
    await page.getByRole('button', { name: 'Mark Bridge done' }).filter({ hasText: 'Done ×1' }).waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByTestId('playhead').and(page.locator('[data-phase="stopped"]')).waitFor();

    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('radio', { name: '4 of 5' }).check();
    await page.getByLabel('Notes (optional)').fill('Bridge chords under control');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText(/Session saved: \d+:\d\d, rated 4 of 5/).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log' }).click();
    const session = page.getByTestId('log-session').first();
    await session.waitFor();
    expect(await session.textContent()).toContain(DEMO_SONG_TITLE);
    expect(await session.textContent()).toContain('rated 4/5');
    expect(await session.textContent()).toContain('Bridge chords under control');
    const perSong = page.getByTestId('log-song').first();
    expect(await perSong.textContent()).toContain('1 session');
    expect(await perSong.textContent()).toContain('rating 4.0 / 5');
    expect(await page.getByRole('img', { name: /Practice time per week/ }).count()).toBe(1);

    // The library now lists the demo song as practised today, and it survives a reload.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await songLink(page, DEMO_SONG_TITLE).filter({ hasText: 'practised today' }).waitFor();
    await saveScreenshot(page, 'library-desktop-practised');
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'library-phone-practised');
    await page.goto(new URL('/log', server.url).href);
    await page.getByTestId('log-session').first().waitFor();
    expect(await page.getByTestId('log-session').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('PRA5: a session left by closing the tab is ended with its real duration, not left open', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await songLink(page, DEMO_SONG_TITLE).waitFor();
    await page.goto(new URL(`/songs/${DEMO_SONG_ID}/practice`, server.url).href);
    await page.getByLabel('Visual only (silent)').check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Two seconds of practice by the session timer, then the tab is closed without "End session".
    await page.getByTestId('session-timer').getByText('0:02').waitFor();
    await page.close({ runBeforeUnload: true });
    expect(errors).toEqual([]);

    const next = await context.newPage();
    await next.goto(new URL('/log', server.url).href);
    const session = next.getByTestId('log-session').first();
    await session.waitFor();
    const text = (await session.textContent()) ?? '';
    expect(text).toContain(DEMO_SONG_TITLE);
    expect(text).not.toContain('in progress');
    expect(text).toMatch(/0:0[2-9]/);
  });
});

