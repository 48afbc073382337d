import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterEach, beforeAll } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { launchChromium } from './browser.ts';

/** A loaded machine (benchmarks, CI) can take over 30 s to start PGlite and migrate. */
const SERVER_START_TIMEOUT_MS = 150_000;

/**
 * Registers, in the calling `describe`, one app server and one Chromium for its tests, and closes
 * each test's browser context after it. Read `server` and `browser` inside tests only.
 */
export function appInChromium(): {
  readonly server: AppServerProcess;
  readonly browser: Browser;
  /** A new context, closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
} {
  let server: AppServerProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    const started = await startAppServer({ startTimeoutMs: SERVER_START_TIMEOUT_MS });
    server = started;
    return () => started.stop();
  }, SERVER_START_TIMEOUT_MS + 30_000);
  beforeAll(async () => {
    const launched = await launchChromium();
    browser = launched;
    return () => launched.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the app server');
    },
    get browser() {
      return ready(browser, 'Chromium');
    },
    async newContext(options) {
      context = await ready(browser, 'Chromium').newContext(options);
      return context;
    },
  };
}
