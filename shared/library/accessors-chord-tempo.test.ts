import { describe, expect, it } from 'vitest';
import { createChord, deleteChord, updateChord } from './accessors-chord.ts';
import { createSection } from './accessors-section.ts';
import { createSong } from './accessors-song.ts';
import { createTempoEvent, deleteTempoEvent, updateTempoEvent } from './accessors-tempo.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { countUpdates, exchange, newDoc, replicaOf } from './test-support/docs.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTION = '11111111-1111-4111-8111-000000000001';
const C1 = '33333333-3333-4333-8333-000000000001';
const C2 = '33333333-3333-4333-8333-000000000002';
const TEMPO = '44444444-4444-4444-8444-000000000001';

function docWithSection() {
  const doc = newDoc(1);
  createSong(doc, { id: SONG, title: 'Song', bpm: 100 });
  createSection(doc, { id: SECTION, songId: SONG, name: 'Verse' });
  return doc;
}
const chordsOf = (doc: Parameters<typeof readLibrary>[0]) => readLibrary(doc).songs[0]?.sections[0]?.chords ?? [];

describe('chord accessors', () => {
  it('DOC5: create, update and delete chords; readers sort them by bar and beat', () => {
    const doc = docWithSection();
    createChord(doc, { id: C1, sectionId: SECTION, bar: 2, beat: 1, root: 'G', quality: '7' });
    createChord(doc, { id: C2, sectionId: SECTION, bar: 1, beat: 3, durationBeats: 2, root: 'C', quality: 'maj7', extensions: ['9'], bass: 'E' });
    expect(chordsOf(doc)).toEqual([
      { id: C2, sectionId: SECTION, bar: 1, beat: 3, durationBeats: 2, root: 'C', quality: 'maj7', extensions: ['9'], bass: 'E' },
      { id: C1, sectionId: SECTION, bar: 2, beat: 1, durationBeats: 1, root: 'G', quality: '7', extensions: [] },
    ]);
    updateChord(doc, C2, { bar: 3, bass: null });
    expect(chordsOf(doc).map((chord) => [chord.id, chord.bar, chord.bass])).toEqual([
      [C1, 2, undefined],
      [C2, 3, undefined],
    ]);
    expect(countUpdates(doc, () => updateChord(doc, C2, { bar: 3 }))).toBe(0);
    deleteChord(doc, C1);
    expect(chordsOf(doc).map((chord) => chord.id)).toEqual([C2]);
  });

  it('DOC18: chord accessors refuse invalid input and unknown ids', () => {
    const doc = docWithSection();
    expect(() => createChord(doc, { sectionId: SECTION, bar: 0, beat: 1, root: 'C' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    // @ts-expect-error deliberately invalid input
    expect(() => createChord(doc, { sectionId: SECTION, bar: 1, beat: 1, root: 'H' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    expect(() => createChord(doc, { sectionId: C1, bar: 1, beat: 1, root: 'C' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.notFound }));
    expect(() => updateChord(doc, C1, { bar: 2 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.notFound }));
    expect(() => deleteChord(doc, C1)).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.notFound }));
  });

  it('DOC5: chords added to one section on two replicas at once are all kept', () => {
    const a = docWithSection();
    const b = replicaOf(a, 2);
    createChord(a, { id: C1, sectionId: SECTION, bar: 1, beat: 1, root: 'A' });
    createChord(b, { id: C2, sectionId: SECTION, bar: 2, beat: 1, root: 'D' });
    exchange(a, b);
    for (const doc of [a, b]) expect(chordsOf(doc).map((chord) => chord.id)).toEqual([C1, C2]);
  });

  it('DOC5: a chord updated on one replica while deleted on another comes back with the update', () => {
    const a = docWithSection();
    createChord(a, { id: C1, sectionId: SECTION, bar: 1, beat: 1, root: 'A' });
    const b = replicaOf(a, 2);
    deleteChord(a, C1);
    updateChord(b, C1, { root: 'Bb' });
    exchange(a, b);
    for (const doc of [a, b]) expect(chordsOf(doc).map((chord) => chord.root)).toEqual(['Bb']);
  });
});

describe('tempo event accessors', () => {
  it('DOC5: create, update and delete tempo-map events', () => {
    const doc = docWithSection();
    createTempoEvent(doc, { id: TEMPO, songId: SONG, bar: 9, bpm: 120, change: 'ramp', rampBeats: 8, timeSignature: '3/4' });
    expect(readLibrary(doc).songs[0]?.tempoMap).toEqual([
      { id: TEMPO, songId: SONG, bar: 9, beat: 1, bpm: 120, change: 'ramp', rampBeats: 8, timeSignature: '3/4' },
    ]);
    updateTempoEvent(doc, TEMPO, { change: 'instant', rampBeats: null, timeSignature: null });
    expect(readLibrary(doc).songs[0]?.tempoMap[0]).toEqual({ id: TEMPO, songId: SONG, bar: 9, beat: 1, bpm: 120, change: 'instant' });
    deleteTempoEvent(doc, TEMPO);
    expect(readLibrary(doc).songs[0]?.tempoMap).toEqual([]);
  });

  it('DOC18: a ramp needs its length; bpm stays within 20–400', () => {
    const doc = docWithSection();
    expect(() => createTempoEvent(doc, { songId: SONG, bar: 1, bpm: 100, change: 'ramp' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    expect(() => createTempoEvent(doc, { songId: SONG, bar: 1, bpm: 19 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    createTempoEvent(doc, { id: TEMPO, songId: SONG, bar: 1, bpm: 100 });
    expect(() => updateTempoEvent(doc, TEMPO, { change: 'step' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
  });
});
