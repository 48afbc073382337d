import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, VIEWPORTS } from './browser.ts';
import { DEMO_SONG_TITLE } from './first-run.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { addSong, GUEST_LIBRARY_DB, listedTitles, songLink } from './library-pages.ts';

/** A file for an `<input type=file>`, as Playwright takes it. */
type Upload = { name: string; mimeType: string; buffer: Buffer };

/** Clicks "Export library" and returns the downloaded file (ready to upload again) and its parsed content. */
async function exportLibrary(page: Page): Promise<{ upload: Upload; file: Record<string, unknown> }> {
  await page.goto(new URL('/import-export', new URL(page.url()).origin).href);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library' }).click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  const file: unknown = JSON.parse(text);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new Error('export is not a JSON object');
  expect(download.suggestedFilename()).toMatch(/^metmap-library-\d{4}-\d\d-\d\d\.json$/);
  return { upload: { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) }, file: { ...file } };
}

/** The file without its export time: what must be identical between two profiles. */
function content(file: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _exportedAt, ...rest } = file;
  return rest;
}

/** Picks the file on the import page; returns the text the status region shows. */
async function chooseImportFile(page: Page, upload: Upload): Promise<string> {
  await page.goto(new URL('/import-export', new URL(page.url()).origin).href);
  await page.getByLabel('Choose a JSON file').setInputFiles(upload);
  const status = page.getByTestId('import-status');
  await status.getByText(/will change:|Nothing to import/).waitFor();
  return (await status.textContent()) ?? '';
}

describe.skipIf(!hasChromium)('import and export in Chromium', () => {
  let server: AppServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    return () => server.stop();
  });
  beforeAll(async () => {
    browser = await launchChromium();
    return () => browser.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /** A fresh browser profile (its own IndexedDB and localStorage), past the first-run tour. */
  async function freshProfile(): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await songLink(page, DEMO_SONG_TITLE).waitFor();
    await page.getByRole('button', { name: 'Skip tour' }).click();
    return { page, errors };
  }

  it('IMP1, IMP5: a library exported and imported into a fresh profile is identical; importing it twice adds nothing', async () => {
    const source = await freshProfile();
    await addSong(source.page, 'Autumn Leaves');
    await addSong(source.page, 'Blue in Green');
    // A setting and a practice counter, so the file carries more than songs.
    await source.page.goto(new URL('/metronome', server.url).href);
    await source.page.getByRole('button', { name: 'One bpm faster' }).click();
    await source.page.getByText('121').first().waitFor();
    const exported = await exportLibrary(source.page);
    const songs = exported.file['songs'];
    expect(Array.isArray(songs) && songs.length).toBe(3);

    const target = await freshProfile();
    const plan = await chooseImportFile(target.page, exported.upload);
    expect(plan).toContain('2 songs added');
    expect(plan).not.toContain('refused');
    await target.page.getByRole('button', { name: 'Import', exact: true }).click();
    await target.page.getByTestId('import-status').getByText('Imported').waitFor();

    expect(content((await exportLibrary(target.page)).file)).toEqual(content(exported.file));

    // Twice: nothing to do, nothing duplicated.
    const again = await chooseImportFile(target.page, exported.upload);
    expect(again).toContain('everything in it is already here');
    expect(await target.page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await target.page.goto(server.url);
    await songLink(target.page, 'Blue in Green').waitFor();
    expect((await listedTitles(target.page)).length).toBe(3);

    // And it was stored: after a reload the profile still exports the same library.
    await waitForIndexedDbWrites(target.page, GUEST_LIBRARY_DB);
    await target.page.reload();
    await songLink(target.page, 'Autumn Leaves').waitFor();
    expect(content((await exportLibrary(target.page)).file)).toEqual(content(exported.file));
    expect(source.errors).toEqual([]);
    expect(target.errors).toEqual([]);
  });

  it('IMP2, IMP3: a file that is not an export is refused whole; a damaged entity is reported and the rest imported', async () => {
    const { page, errors } = await freshProfile();
    await page.goto(new URL('/import-export', server.url).href);
    await page.getByLabel('Choose a JSON file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await page.getByTestId('import-status').getByText('notes.json was not imported.').waitFor();
    expect(await page.getByTestId('import-rejected').textContent()).toContain('it is not a MetMap export');

    const song = (id: string, title: string, bars: number) => ({
      id,
      title,
      timeSignature: '4/4',
      tags: [],
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      tempoMap: [],
      practiceCount: 0,
      totalPracticeSeconds: 0,
      sections: [
        {
          id: id.replace(/^1/, '2'),
          songId: id,
          name: 'A',
          type: 'verse',
          bars,
          confidence: 3,
          order: 'a0',
          createdAt: 1_700_000_000_000,
          updatedAt: 1_700_000_000_000,
          practiceCount: 0,
          chords: [],
        },
      ],
      deletedSections: [],
    });
    const file = {
      format: 'metmap-export',
      version: 1,
      scope: 'library',
      exportedAt: 1_700_000_000_000,
      songs: [song('11111111-1111-4111-8111-111111111111', 'Good', 8), song('12222222-1111-4111-8111-111111111111', 'Bad bars', 5000)],
    };
    await page.getByLabel('Choose a JSON file').setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const status = page.getByTestId('import-status');
    await status.getByText('will change').waitFor();
    expect(await page.getByTestId('import-rejected').textContent()).toContain('section “A” of “Bad bars”: bars: Too big');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await status.getByText('Imported mixed.json.').waitFor();
    await page.goto(server.url);
    await songLink(page, 'Good').waitFor();
    await songLink(page, 'Bad bars').waitFor();
    expect(await songLink(page, 'Bad bars').textContent()).toContain('0 sections');
    expect(errors).toEqual([]);
  });
});
