import type { BrowserContext } from 'playwright-core';

/** localStorage key of the first-run decision (client/src/features/onboarding/first-run-flags.ts). */
export const FIRST_RUN_KEY = 'metmap:first-run';

/** Id of the demo song every fresh profile gets (client/src/features/onboarding/demo-song.ts). */
export const DEMO_SONG_ID = '6d657400-de00-4000-8000-000000000001';
export const DEMO_SONG_TITLE = 'Demo: Practice Groove';

/**
 * Makes the context's pages behave like a device that has run MetMap before: no demo song, no tour.
 * For tests that need an empty library. Runs before the app, on every page of the context.
 */
export async function skipFirstRun(context: BrowserContext): Promise<void> {
  const flags = JSON.stringify({ decided: true, onboardingPending: false });
  await context.addInitScript(`(() => {
    try {
      if (localStorage.getItem(${JSON.stringify(FIRST_RUN_KEY)}) === null) localStorage.setItem(${JSON.stringify(FIRST_RUN_KEY)}, ${JSON.stringify(flags)});
    } catch {}
  })()`);
}
