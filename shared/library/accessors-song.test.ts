import { describe, expect, it } from 'vitest';
import { createSong, deleteSong, restoreSong, updateSong } from './accessors-song.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { T0, countUpdates, exchange, newDoc, replicaOf } from './test-support/docs.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';

describe('song accessors', () => {
  it('DOC4: createSong stores the song with defaults; readLibrary returns it', () => {
    const doc = newDoc();
    const id = createSong(doc, { id: SONG, title: '  Blackbird  ', artist: 'The Beatles', bpm: 94 }, { now: T0 });
    expect(id).toBe(SONG);
    const [song] = readLibrary(doc).songs;
    expect(song).toEqual({
      id: SONG,
      title: 'Blackbird',
      artist: 'The Beatles',
      bpm: 94,
      timeSignature: '4/4',
      tags: [],
      createdAt: T0,
      updatedAt: T0,
      tempoMap: [],
      practiceCount: 0,
      totalPracticeSeconds: 0,
      sections: [],
      deletedSections: [],
    });
  });

  it('DOC3: createSong without an id generates a lowercase UUID', () => {
    const doc = newDoc();
    expect(createSong(doc, { title: 'x' })).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('DOC4: updateSong changes the given fields, null clears, updatedAt follows the edit', () => {
    const doc = newDoc();
    createSong(doc, { id: SONG, title: 'So What', artist: 'Miles Davis', album: 'Kind of Blue', tags: ['jazz'] }, { now: T0 });
    updateSong(doc, SONG, { album: null, key: 'Dm', tags: ['jazz', 'modal'] }, { now: T0 + 5000 });
    const [song] = readLibrary(doc).songs;
    expect(song).toMatchObject({ title: 'So What', artist: 'Miles Davis', key: 'Dm', tags: ['jazz', 'modal'], createdAt: T0, updatedAt: T0 + 5000 });
    expect(song).not.toHaveProperty('album');
  });

  it('DOC10: an update that changes nothing writes nothing', () => {
    const doc = newDoc();
    createSong(doc, { id: SONG, title: 'So What', bpm: 136 });
    expect(countUpdates(doc, () => updateSong(doc, SONG, { title: 'So What', bpm: 136, artist: null }))).toBe(0);
    expect(countUpdates(doc, () => updateSong(doc, SONG, { bpm: 140 }))).toBe(1);
  });

  it.each([
    ['empty title', { title: '   ' }],
    ['bpm out of range', { title: 'x', bpm: 401 }],
    ['bad time signature', { title: 'x', timeSignature: '4/5' }],
    ['unknown field', { title: 'x', colour: 'red' }],
    ['too many tags', { title: 'x', tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }],
    ['upper-case id', { title: 'x', id: SONG.toUpperCase() }],
  ])('DOC18: createSong refuses invalid input (%s) and writes nothing', (_name, input) => {
    const doc = newDoc();
    const create = () => createSong(doc, input as never); // deliberately invalid input
    expect(countUpdates(doc, () => expect(create).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput })))).toBe(0);
  });

  it('DOC18: updateSong refuses invalid patches, unknown songs and duplicate ids', () => {
    const doc = newDoc();
    createSong(doc, { id: SONG, title: 'x' });
    expect(() => updateSong(doc, SONG, { title: null } as never)).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    expect(() => updateSong(doc, SONG, { durationSeconds: -1 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    expect(() => updateSong(doc, '7f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b', { title: 'y' })).toThrow(
      expect.objectContaining({ code: LIBRARY_ERROR.notFound }),
    );
    expect(() => createSong(doc, { id: SONG, title: 'again' })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.alreadyExists }));
  });

  it('DOC7: deleteSong moves the song to deletedSongs; restoreSong brings it back', () => {
    const doc = newDoc();
    createSong(doc, { id: SONG, title: 'x' }, { now: T0 });
    deleteSong(doc, SONG, { now: T0 + 1 });
    let library = readLibrary(doc);
    expect(library.songs).toEqual([]);
    expect(library.deletedSongs).toMatchObject([{ id: SONG, deletedAt: T0 + 1 }]);
    expect(countUpdates(doc, () => deleteSong(doc, SONG))).toBe(0);
    restoreSong(doc, SONG, { now: T0 + 2 });
    library = readLibrary(doc);
    expect(library.deletedSongs).toEqual([]);
    expect(library.songs[0]).not.toHaveProperty('deletedAt');
    expect(library.songs[0]?.updatedAt).toBe(T0 + 2);
  });

  it('DOC8: concurrent edits of different fields of one song both survive', () => {
    const a = newDoc(1);
    createSong(a, { id: SONG, title: 'Autumn Leaves', bpm: 120 }, { now: T0 });
    const b = replicaOf(a, 2);
    updateSong(a, SONG, { title: 'Les Feuilles mortes' }, { now: T0 + 10 });
    updateSong(b, SONG, { bpm: 132, notes: 'swing' }, { now: T0 + 20 });
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(readLibrary(doc).songs[0]).toMatchObject({ title: 'Les Feuilles mortes', bpm: 132, notes: 'swing', updatedAt: T0 + 20 });
    }
  });

  it('DOC8: concurrent edits of the same field resolve to one value on every replica', () => {
    const a = newDoc(1);
    createSong(a, { id: SONG, title: 'x' });
    const b = replicaOf(a, 2);
    updateSong(a, SONG, { title: 'from a' });
    updateSong(b, SONG, { title: 'from b' });
    exchange(a, b);
    const titles = [a, b].map((doc) => readLibrary(doc).songs[0]?.title);
    expect(['from a', 'from b']).toContain(titles[0]);
    expect(titles[1]).toBe(titles[0]);
  });

  it('DOC7: a song deleted on one replica while edited on another is deleted and keeps the edit', () => {
    const a = newDoc(1);
    createSong(a, { id: SONG, title: 'x' });
    const b = replicaOf(a, 2);
    deleteSong(a, SONG);
    updateSong(b, SONG, { artist: 'edited offline' });
    exchange(a, b);
    for (const doc of [a, b]) expect(readLibrary(doc).deletedSongs[0]?.artist).toBe('edited offline');
  });
});
