import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';

describe.skipIf(!hasChromium)('accounts in Chromium against the real server', () => {
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

  async function openPage(): Promise<{ page: Page; errors: string[] }> {
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page) };
  }

  it('AUTH4: sign up, sign out and sign in again through the UI, on a phone-sized screen', async () => {
    const { page, errors } = await openPage();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    // A guest sees a way in, and no error for not being signed in.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();

    // Client-side checks first: a short password is explained next to the field.
    await page.getByLabel('Name (optional)').fill('Robin');
    await page.getByLabel('Email', { exact: true }).fill('Robin@Example.com');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByText('Use at least 8 characters.').count()).toBe(1);
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Password', { exact: true }).fill('blue guitar over the hill');
    await saveScreenshot(page, 'auth-sign-up-phone');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    // The guest library of this fresh profile (the demo song) is offered to the new account (CSYNC7).
    await page.getByRole('dialog', { name: "Add this device's library to your account?" }).getByRole('button', { name: 'Add to my account' }).click();
    await page.getByText('robin@example.com').waitFor();
    await page.getByRole('banner').getByRole('link', { name: /Account \(robin@example\.com\)/ }).waitFor();
    await saveScreenshot(page, 'auth-account-phone');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    // Signing out asks what happens to this device's copy of the library (CSYNC10); keep is the default.
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

    // A wrong password gets the one uniform message, announced as an alert.
    await page.getByLabel('Email', { exact: true }).fill('robin@example.com');
    await page.getByLabel('Password', { exact: true }).fill('not my password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or password is not correct.' }).waitFor();

    await page.getByLabel('Password', { exact: true }).fill('blue guitar over the hill');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: /Account \(robin@example\.com\)/ }).waitFor();

    // The session survives a reload (the cookie is HttpOnly: the page cannot read it, only the server).
    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: /Account \(robin@example\.com\)/ }).waitFor();
    expect(await page.evaluate('document.cookie')).toBe('');
    await saveScreenshot(page, 'auth-signed-in-library-phone');

    // The only failed response was the deliberate wrong password (Chromium also logs it to the console).
    expect(errors).toEqual([
      `HTTP 401: ${server.url}/api/auth/signin`,
      'console.error: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
  });
});
