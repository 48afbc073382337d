import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLibrary } from '../../lib/library-api.ts';
import { createDemoSong } from '../onboarding/demo-song.ts';
import { buildLibraryExport } from './build-export.ts';
import { parseImport } from './parse-import.ts';
import { planImport } from './plan-import.ts';

function demoExport() {
  const doc = new Y.Doc();
  createDemoSong(doc);
  return buildLibraryExport(readLibrary(doc), null, 0);
}

/** A plain JSON copy of the demo export (untyped, as an imported file is) that a test may damage. */
function looseCopy() {
  return JSON.parse(JSON.stringify(demoExport()));
}

function damaged(edit: (file: ReturnType<typeof looseCopy>) => void): string {
  const file = looseCopy();
  edit(file);
  return JSON.stringify(file);
}

describe('parseImport', () => {
  it('IMP2: refuses what is not a MetMap export as a whole, with the reason', () => {
    expect(parseImport('{oops')).toEqual({ ok: false, rejected: [{ kind: 'file', label: 'The file', reason: 'it is not JSON' }] });
    const wrong = parseImport(JSON.stringify({ format: 'other', songs: [] }));
    expect(wrong.ok).toBe(false);
    expect(wrong.rejected[0]?.reason).toMatch(/not a MetMap export/);
    expect(parseImport(JSON.stringify({ ...demoExport(), version: 2 })).ok).toBe(false);
  });

  it('IMP3: reports every refused entity and keeps the rest', () => {
    const text = damaged((file) => {
      const song = file.songs[0];
      if (song === undefined) throw new Error('no demo');
      const [intro, verse, chorus] = song.sections;
      if (intro === undefined || verse === undefined || chorus === undefined) throw new Error('no sections');
      Object.assign(intro, { bars: 5000 }); // refused section: its 4 chords go with it
      Object.assign(verse.chords[0] ?? {}, { root: 'H' }); // one bad chord
      Object.assign(chorus, { songId: '00000000-0000-4000-8000-000000000000' }); // wrong parent
      Object.assign(song.tempoMap[1] ?? {}, { change: 'ramp', rampBeats: undefined }); // a ramp without length
      file.songs.push({ ...song, id: 'not-an-id' });
      file.practiceSessions = [{ id: 'x' }];
    });
    const result = parseImport(text);
    if (!result.ok) throw new Error('expected a partial import');
    const summary = result.rejected.map((rejection) => `${rejection.kind} ${rejection.label}: ${rejection.reason}`);
    expect(summary).toContain('section section “Intro” of “Demo: Practice Groove”: bars: Too big: expected number to be <=999');
    expect(summary.filter((line) => line.startsWith('chord') && line.includes('its section was refused'))).toHaveLength(4);
    expect(summary.some((line) => line.startsWith('chord chord 1 of section “Verse”') && line.includes('root'))).toBe(true);
    expect(summary).toContain('section section “Chorus” of “Demo: Practice Groove”: its songId is not the song it is listed in');
    expect(summary.some((line) => line.startsWith('tempoEvent tempo change 2') && line.includes('rampBeats'))).toBe(true);
    expect(summary.some((line) => line.startsWith('song “Demo: Practice Groove”: id'))).toBe(true);
    expect(summary.some((line) => line.startsWith('practiceSession practice session 1'))).toBe(true);
    // The refused copy's sections and chords are each named too.
    expect(result.rejected.filter((rejection) => rejection.reason === 'its song was refused').length).toBeGreaterThan(20);
    const [song] = result.file.songs;
    expect(result.file.songs).toHaveLength(1);
    expect(song?.sections.map((section) => section.record.name)).toEqual(['Verse', 'Bridge', 'Outro']);
    expect(song?.sections[0]?.chords).toHaveLength(8);
    expect(song?.tempoMap).toHaveLength(1);
  });

  it('IMP4: an id repeated in the file is refused the second time', () => {
    const text = damaged((file) => {
      const song = file.songs[0];
      if (song === undefined) throw new Error('no demo');
      file.songs.push(structuredClone(song));
    });
    const result = parseImport(text);
    if (!result.ok) throw new Error('expected a partial import');
    expect(result.file.songs).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ kind: 'song', reason: 'the same id appears earlier in the file' });
  });

  it('IMP4: a section whose id belongs to another song here is refused with its chords', () => {
    const here = new Y.Doc();
    createDemoSong(here);
    const text = damaged((file) => {
      const song = file.songs[0];
      if (song === undefined) throw new Error('no demo');
      song.id = '11111111-1111-4111-8111-111111111111';
      song.tempoMap = [];
      song.sections = song.sections.slice(0, 1);
      song.sections[0].songId = '11111111-1111-4111-8111-111111111111';
    });
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error('expected a file');
    const plan = planImport(parsed.file, readLibrary(here), null, parsed.rejected);
    expect(plan.songsToAdd).toHaveLength(1);
    expect(plan.sectionsToAdd).toEqual([]);
    expect(plan.chordsToAdd).toEqual([]);
    expect(plan.rejected.map((rejection) => rejection.reason)).toEqual([
      'this id belongs to a section of another song here',
      'its section was refused',
      'its section was refused',
      'its section was refused',
      'its section was refused',
    ]);
  });
});
