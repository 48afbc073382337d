import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServerProcess } from './app-server.ts';
import { collectPageErrors, hasChromium, launchChromium, saveScreenshot, VIEWPORTS } from './browser.ts';
import { skipFirstRun } from './first-run.ts';
import { waitForIndexedDbWrites } from './indexeddb.ts';
import { addSong, GUEST_LIBRARY_DB, songLink } from './library-pages.ts';

// Rule IDs: client/src/features/song/SPEC.md.

async function centerOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (box === null) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
}

/** Creates a song from the library page and opens it. */
async function openNewSong(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await addSong(page, title);
  await songLink(page, title).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function addSection(page: Page, type: string, bars: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a section' });
  await form.getByLabel('Type').selectOption({ label: type });
  await form.getByLabel('Bars').fill(String(bars));
  await form.getByRole('button', { name: 'Add section' }).click();
  await page.getByRole('heading', { level: 3, name: `Section: ${type}` }).waitFor();
}

const strip = (page: Page) => page.getByRole('list', { name: 'Section map' });
const stripNames = (page: Page) => strip(page).locator('.song-strip-name').allTextContents();

async function addChord(page: Page, bar: number, beat: number, root: string, quality: string): Promise<void> {
  await page.getByRole('button', { name: `Add chord at bar ${bar}, beat ${beat}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Root').selectOption(root);
  await dialog.getByLabel('Quality').selectOption(quality);
  await dialog.getByRole('button', { name: 'Add chord' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe.skipIf(!hasChromium)('song editor in Chromium against the real server', () => {
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

  it('EDIT1–EDIT6, UNDO2, UNDO7: a song built through the UI (sections, chords, a snapping drag, keyboard reorder, tempo map, undo/redo) survives a reload', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    await skipFirstRun(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await openNewSong(page, server.url, 'Autumn Leaves');

    // Sections: named after their type, each selected for editing when added.
    await addSection(page, 'Intro', 4);
    await addSection(page, 'Verse', 8);
    await addSection(page, 'Chorus', 8);
    expect(await stripNames(page)).toEqual(['Intro', 'Verse', 'Chorus']);
    const chorusSegment = strip(page).getByRole('button', { name: /^Chorus:/ });
    expect(await chorusSegment.getAttribute('aria-pressed')).toBe('true');

    // EDIT4: keyboard reorder; focus stays on the moved segment.
    await chorusSegment.focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => stripNames(page)).toEqual(['Intro', 'Chorus', 'Verse']);
    expect(await page.locator(':focus').getAttribute('aria-label')).toMatch(/^Chorus:/);
    await page.keyboard.press('Alt+Home');
    await expect.poll(() => stripNames(page)).toEqual(['Chorus', 'Intro', 'Verse']);
    await page.getByRole('button', { name: 'Move later' }).click();
    await expect.poll(() => stripNames(page)).toEqual(['Intro', 'Chorus', 'Verse']);

    // EDIT3: confidence and a color override on the chorus.
    await page.getByRole('button', { name: '5 of 5, nailed it' }).click();
    await page.getByRole('button', { name: 'Color #0f766e' }).click();
    await strip(page).getByRole('button', { name: /^Chorus: Chorus, 8 bars, confidence 5 of 5$/ }).waitFor();

    // EDIT5: chords on the verse's grid, then a mouse drag that lands between beats and snaps.
    await strip(page).getByRole('button', { name: /^Verse:/ }).click();
    await page.getByRole('heading', { level: 3, name: 'Section: Verse' }).waitFor();
    await addChord(page, 1, 1, 'A', 'min7');
    await addChord(page, 2, 1, 'F#', 'dim');
    const am7 = page.getByRole('button', { name: 'A minor 7, bar 1, beat 1' });
    expect(await am7.textContent()).toBe('Am7');
    expect(await page.getByRole('button', { name: 'F sharp diminished, bar 2, beat 1' }).textContent()).toBe('F#dim');

    const from = await centerOf(am7);
    const target = await centerOf(page.getByRole('button', { name: 'Add chord at bar 3, beat 3' }));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // Off-centre inside the cell: the drop must still snap to beat 3.
    await page.mouse.move(target.x + target.width / 2 - 3, target.y - target.height / 2 + 3, { steps: 12 });
    await page.locator('.chord-drop-target').waitFor();
    await page.mouse.up();
    await page.getByRole('button', { name: 'A minor 7, bar 3, beat 3' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add chord at bar 1, beat 1' }).count()).toBe(1);

    // EDIT5: keyboard move and delete of a chord.
    await page.getByRole('button', { name: 'F sharp diminished, bar 2, beat 1' }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('button', { name: 'F sharp diminished, bar 2, beat 2' }).waitFor();
    expect(await page.locator(':focus').textContent()).toBe('F#dim');

    // EDIT6: a ramp on the tempo map.
    await page.getByRole('button', { name: 'Add tempo change' }).click();
    const tempoForm = page.locator('.tempo-event-form');
    await tempoForm.getByLabel('Bar', { exact: true }).fill('5');
    await tempoForm.getByLabel('Tempo (bpm)').fill('132');
    await tempoForm.getByLabel('Ramp (gradual)').check();
    await tempoForm.getByLabel('Over how many beats').fill('8');
    await tempoForm.getByRole('button', { name: 'Add tempo change' }).click();
    await page.getByRole('list', { name: 'Tempo changes' }).getByText('Bar 5 · 132 bpm · ramp over 8 beats').waitFor();

    // EDIT1 + UNDO2: a field edit is one step; undo and redo by button and by keyboard.
    const songTempo = page.locator('.song-fields').getByLabel('Tempo (bpm)');
    await songTempo.fill('96');
    await songTempo.press('Tab');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo edit tempo/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone: Edit tempo').waitFor();
    expect(await songTempo.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByText('Redone: Edit tempo').waitFor();
    expect(await songTempo.inputValue()).toBe('96');
    // UNDO7: shortcuts outside a text field act on the document.
    await page.getByRole('heading', { level: 2, name: 'Details' }).click();
    await page.keyboard.press('Control+z');
    await page.getByText('Undone: Edit tempo').waitFor();
    expect(await songTempo.inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+Z');
    await page.getByText('Redone: Edit tempo').waitFor();
    expect(await songTempo.inputValue()).toBe('96');

    // EDIT1: an invalid value is refused in place and writes nothing.
    await songTempo.fill('999');
    await songTempo.press('Enter');
    await page.getByText('Tempo is 20–400 bpm.').waitFor();
    expect(await songTempo.getAttribute('aria-invalid')).toBe('true');
    await songTempo.press('Escape');
    expect(await songTempo.inputValue()).toBe('96');

    // From the top, so the sticky header is not drawn in the middle of the full-page picture.
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'song-editor-desktop');

    // Everything is in IndexedDB: a reload brings it all back.
    await waitForIndexedDbWrites(page, GUEST_LIBRARY_DB);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Autumn Leaves' }).waitFor();
    await strip(page).waitFor();
    expect(await stripNames(page)).toEqual(['Intro', 'Chorus', 'Verse']);
    expect(await page.locator('.song-fields').getByLabel('Tempo (bpm)').inputValue()).toBe('96');
    const reloadedChorus = strip(page).getByRole('button', { name: /^Chorus: Chorus, 8 bars, confidence 5 of 5$/ });
    expect(await reloadedChorus.getAttribute('style')).toContain('rgb(15, 118, 110)');
    await strip(page).getByRole('button', { name: /^Verse:/ }).click();
    await page.getByRole('button', { name: 'A minor 7, bar 3, beat 3' }).waitFor();
    await page.getByRole('button', { name: 'F sharp diminished, bar 2, beat 2' }).waitFor();
    await page.getByText('Bar 5 · 132 bpm · ramp over 8 beats').waitFor();

    await page.setViewportSize(VIEWPORTS.phone);
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'song-editor-phone');
    expect(errors).toEqual([]);
  });

  it('EDIT4, EDIT5, EDIT7: on a phone, touch drags reorder sections and move chords; a deleted section comes back with undo', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
    await skipFirstRun(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const cdp = await context.newCDPSession(page);
    /** A one-finger drag through real touch events (Chromium turns them into pointer events). */
    async function touchDrag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
      const point = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x, from.y) });
      for (let i = 1; i <= 10; i++) {
        const x = from.x + ((to.x - from.x) * i) / 10;
        const y = from.y + ((to.y - from.y) * i) / 10;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }

    await openNewSong(page, server.url, 'Blackbird');
    await addSection(page, 'Verse', 4);
    await addSection(page, 'Bridge', 4);
    await addSection(page, 'Outro', 4);

    // EDIT4: drag the outro's segment to the front with a finger.
    const verse = await centerOf(strip(page).getByRole('button', { name: /^Verse:/ }));
    const outro = await centerOf(strip(page).getByRole('button', { name: /^Outro:/ }));
    await touchDrag(outro, { x: verse.x - verse.width / 2 + 4, y: verse.y });
        expect(await stripNames(page)).toEqual(['Outro', 'Verse', 'Bridge']);

    // EDIT5: a chord moved by touch snaps to a beat of another bar.
    await page.getByRole('heading', { level: 3, name: 'Section: Outro' }).waitFor();
    await addChord(page, 1, 2, 'G', 'maj');
    const cell = await centerOf(page.getByRole('button', { name: 'Add chord at bar 4, beat 4' }));
    const chip = await centerOf(page.getByRole('button', { name: 'G major, bar 1, beat 2' }));
    await touchDrag(chip, { x: cell.x - cell.width / 2 + 2, y: cell.y + cell.height / 2 - 2 });
    await page.getByRole('button', { name: 'G major, bar 4, beat 4' }).waitFor();

    // EDIT7: deleting asks first; undo restores the section with its chord.
    await page.getByRole('button', { name: 'Delete section…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Outro”?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await stripNames(page)).toEqual(['Outro', 'Verse', 'Bridge']);
    await page.getByRole('button', { name: 'Delete section…' }).click();
    await confirm.getByRole('button', { name: 'Delete section' }).click();
    await expect.poll(() => stripNames(page)).toEqual(['Verse', 'Bridge']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stripNames(page)).toEqual(['Outro', 'Verse', 'Bridge']);
    await strip(page).getByRole('button', { name: /^Outro:/ }).click();
    await page.getByRole('button', { name: 'G major, bar 4, beat 4' }).waitFor();

    // EDIT6: a step change is added, edited and deleted.
    await page.getByRole('button', { name: 'Add tempo change' }).click();
    const tempoForm = page.locator('.tempo-event-form');
    await tempoForm.getByLabel('Bar', { exact: true }).fill('3');
    await tempoForm.getByLabel('Step (one step per beat)').check();
    await tempoForm.getByRole('button', { name: 'Add tempo change' }).click();
    await tempoForm.getByText('A ramp or step needs its length').waitFor();
    await tempoForm.getByLabel('Over how many beats').fill('4');
    await tempoForm.getByRole('button', { name: 'Add tempo change' }).click();
    const tempoChanges = page.getByRole('list', { name: 'Tempo changes' });
    await tempoChanges.getByText('Bar 3 · 120 bpm · step over 4 beats').waitFor();
    await tempoChanges.getByRole('button', { name: /^Edit Bar 3/ }).click();
    await tempoForm.getByLabel('Tempo (bpm)').fill('100');
    await tempoForm.getByRole('button', { name: 'Save tempo change' }).click();
    await tempoChanges.getByText('Bar 3 · 100 bpm · step over 4 beats').waitFor();
    expect(await page.getByRole('img', { name: /ranges from 100 to 120 bpm/ }).count()).toBe(1);
    await tempoChanges.getByRole('button', { name: /^Delete Bar 3/ }).click();
    await page.getByText('No tempo changes').waitFor();

    // Phone layout: nothing wider than the screen except the scrollable strip and grid.
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'song-editor-phone-dark');
    expect(errors).toEqual([]);
  });

  it('UNDO1: undo in one tab reverts only its own edit, never the other tab\'s', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    await skipFirstRun(context);
    const a = await context.newPage();
    const b = await context.newPage();
    const errors = [...collectPageErrors(a), ...collectPageErrors(b)];
    await openNewSong(a, server.url, 'Footprints');
    await b.goto(a.url());
    await b.getByRole('heading', { level: 1, name: 'Footprints' }).waitFor();

    const fieldIn = (page: Page, label: string) => page.locator('.song-fields').getByLabel(new RegExp(`^${label}`));
    await fieldIn(a, 'Key').fill('Cm');
    await fieldIn(a, 'Key').press('Enter');
    await fieldIn(b, 'Artist').fill('Wayne Shorter');
    await fieldIn(b, 'Artist').press('Enter');
    await expect.poll(() => fieldIn(a, 'Artist').inputValue()).toBe('Wayne Shorter');
    await expect.poll(() => fieldIn(b, 'Key').inputValue()).toBe('Cm');

    // Tab A's latest own step is the key; the artist came from tab B.
    await a.getByRole('button', { name: 'Undo' }).click();
    await a.getByText('Undone: Edit key').waitFor();
    expect(await fieldIn(a, 'Key').inputValue()).toBe('');
    expect(await fieldIn(a, 'Artist').inputValue()).toBe('Wayne Shorter');
    // What is left on A's stack is its own "Add song" from the library page, not B's artist.
    expect(await a.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo add song/);
    await expect.poll(() => fieldIn(b, 'Key').inputValue()).toBe('');

    // Tab B's undo reverts its artist and leaves A's state alone.
    expect(await b.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo edit artist/);
    await b.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => fieldIn(a, 'Artist').inputValue()).toBe('');
    await a.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => fieldIn(b, 'Key').inputValue()).toBe('Cm');
    expect(await fieldIn(a, 'Artist').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
