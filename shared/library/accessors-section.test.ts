import { describe, expect, it } from 'vitest';
import { createSection, deleteSection, reorderSection, restoreSection, updateSection } from './accessors-section.ts';
import { createSong } from './accessors-song.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { SECTION_TYPE_COLORS, sectionColor } from './schema-section.ts';
import { T0, countUpdates, exchange, newDoc, replicaOf } from './test-support/docs.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const S1 = '11111111-1111-4111-8111-000000000001';
const S2 = '11111111-1111-4111-8111-000000000002';
const S3 = '11111111-1111-4111-8111-000000000003';

function songWithSections(names: string[]) {
  const doc = newDoc(1);
  createSong(doc, { id: SONG, title: 'Song' }, { now: T0 });
  const ids = names.map((name, i) => createSection(doc, { id: `11111111-1111-4111-8111-00000000000${i + 1}`, songId: SONG, name }, { now: T0 + i }));
  return { doc, ids };
}
const names = (doc: Parameters<typeof readLibrary>[0]) => readLibrary(doc).songs[0]?.sections.map((section) => section.name);

describe('section accessors', () => {
  it('DOC4: createSection applies defaults and appends by default', () => {
    const { doc } = songWithSections(['Intro', 'Verse']);
    const sections = readLibrary(doc).songs[0]?.sections;
    expect(sections?.map((section) => section.name)).toEqual(['Intro', 'Verse']);
    expect(sections?.[0]).toMatchObject({ id: S1, songId: SONG, type: 'custom', bars: 8, confidence: 3, practiceCount: 0, chords: [] });
    expect(sectionColor({ type: 'chorus' })).toBe(SECTION_TYPE_COLORS.chorus);
    expect(sectionColor({ type: 'chorus', color: '#000000' })).toBe('#000000');
  });

  it('DOC6: createSection inserts at an index', () => {
    const { doc } = songWithSections(['Intro', 'Outro']);
    createSection(doc, { songId: SONG, name: 'Verse', index: 1 });
    createSection(doc, { songId: SONG, name: 'Count-in', index: 0 });
    expect(names(doc)).toEqual(['Count-in', 'Intro', 'Verse', 'Outro']);
  });

  it('DOC4: updateSection edits fields; null clears local tempo and meter', () => {
    const { doc } = songWithSections(['Verse']);
    updateSection(doc, S1, { type: 'verse', bars: 16, bpm: 90, timeSignature: '3/4', confidence: 5 }, { now: T0 + 100 });
    expect(readLibrary(doc).songs[0]?.sections[0]).toMatchObject({ type: 'verse', bars: 16, bpm: 90, timeSignature: '3/4', confidence: 5, updatedAt: T0 + 100 });
    updateSection(doc, S1, { bpm: null, timeSignature: null });
    const section = readLibrary(doc).songs[0]?.sections[0];
    expect(section).not.toHaveProperty('bpm');
    expect(section).not.toHaveProperty('timeSignature');
  });

  it.each([
    ['bars 0', { bars: 0 }],
    ['bars 1000', { bars: 1000 }],
    ['confidence 6', { confidence: 6 }],
    ['unknown type', { type: 'hook' }],
    ['bad color', { color: 'red' }],
    ['songId is fixed', { songId: SONG }],
  ])('DOC18: updateSection refuses %s', (_name, patch) => {
    const { doc } = songWithSections(['Verse']);
    // @ts-expect-error deliberately invalid input
    expect(() => updateSection(doc, S1, patch)).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
  });

  it('DOC18: createSection needs an existing song', () => {
    const doc = newDoc();
    expect(() => createSection(doc, { songId: SONG, name: 'x' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.notFound }));
  });

  it('DOC6: reorderSection moves a section between its new neighbours', () => {
    const { doc } = songWithSections(['A', 'B', 'C']);
    reorderSection(doc, S1, 2);
    expect(names(doc)).toEqual(['B', 'C', 'A']);
    reorderSection(doc, S3, 0);
    expect(names(doc)).toEqual(['C', 'B', 'A']);
    expect(countUpdates(doc, () => reorderSection(doc, S3, 0))).toBe(0);
    expect(() => reorderSection(doc, S3, -1)).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
  });

  it('DOC6: sections inserted concurrently at the same spot get an order every replica agrees on; a later move re-keys', () => {
    const { doc: a } = songWithSections(['A', 'B']);
    const b = replicaOf(a, 2);
    createSection(a, { id: '22222222-2222-4222-8222-00000000000a', songId: SONG, name: 'from a', index: 1 });
    createSection(b, { id: '22222222-2222-4222-8222-00000000000b', songId: SONG, name: 'from b', index: 1 });
    exchange(a, b);
    expect(names(a)).toEqual(['A', 'from a', 'from b', 'B']); // equal keys: ordered by id
    expect(names(b)).toEqual(names(a));
    reorderSection(a, S2, 2); // between the two equal keys
    exchange(a, b);
    expect(names(a)).toEqual(['A', 'from a', 'B', 'from b']);
    expect(names(b)).toEqual(names(a));
  });

  it('DOC8: concurrent edits of different fields of one section both survive', () => {
    const { doc: a } = songWithSections(['Chorus']);
    const b = replicaOf(a, 2);
    updateSection(a, S1, { name: 'Big chorus' });
    updateSection(b, S1, { confidence: 1 });
    reorderSection(b, S1, 0);
    exchange(a, b);
    for (const doc of [a, b]) expect(readLibrary(doc).songs[0]?.sections[0]).toMatchObject({ name: 'Big chorus', confidence: 1 });
  });

  it('DOC7: deleteSection hides the section; restoreSection returns it to its place', () => {
    const { doc } = songWithSections(['A', 'B', 'C']);
    deleteSection(doc, S2, { now: T0 + 9 });
    const song = readLibrary(doc).songs[0];
    expect(song?.sections.map((section) => section.name)).toEqual(['A', 'C']);
    expect(song?.deletedSections).toMatchObject([{ id: S2, deletedAt: T0 + 9 }]);
    expect(() => reorderSection(doc, S2, 0)).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.notFound }));
    restoreSection(doc, S2);
    expect(names(doc)).toEqual(['A', 'B', 'C']);
  });

  it('DOC7: a section edited on one replica while deleted on another stays deleted with the edit', () => {
    const { doc: a } = songWithSections(['A']);
    const b = replicaOf(a, 2);
    deleteSection(a, S1);
    updateSection(b, S1, { notes: 'offline note' });
    exchange(a, b);
    for (const doc of [a, b]) expect(readLibrary(doc).songs[0]?.deletedSections[0]?.notes).toBe('offline note');
  });
});
