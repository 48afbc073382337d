import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindLibraryActions, patchGestureKey, patchLabel } from './library-actions.ts';
import { readLibrary, updateSong } from './library-api.ts';
import { libraryUndoFor } from './library-undo.ts';

// Rule IDs: client/src/features/song/SPEC.md.
function setUp() {
  const doc = new Y.Doc();
  const undo = libraryUndoFor(doc);
  return { doc, undo, actions: bindLibraryActions(doc, undo) };
}

const onlySong = (doc: Y.Doc) => readLibrary(doc).songs[0];

describe('bindLibraryActions', () => {
  it('UNDO1: writes through the bound actions are undone; a write without this tab\'s origin is not', () => {
    const { doc, undo, actions } = setUp();
    const songId = actions.createSong({ title: 'Naima' });
    actions.updateSong(songId, { bpm: 60 });
    updateSong(doc, songId, { key: 'Ab' }, { origin: 'broadcast-channel' });

    expect(undo.undo()).toBe('Edit tempo');
    expect(onlySong(doc)).toMatchObject({ title: 'Naima', key: 'Ab' });
    expect(onlySong(doc)?.bpm).toBeUndefined();
    expect(undo.undo()).toBe('Add song');
    expect(readLibrary(doc).songs).toEqual([]);
  });

  it('UNDO3: edits of two fields in quick succession are two steps; moves of one section are one', () => {
    const { doc, undo, actions } = setUp();
    const songId = actions.createSong({ title: 'Naima' });
    const ids = ['A', 'B', 'C'].map((name) => actions.createSection({ songId, name }));
    const c = ids[2] ?? '';
    actions.reorderSection(c, 1);
    actions.reorderSection(c, 0);
    actions.updateSong(songId, { title: 'Naima (live)' });
    actions.updateSong(songId, { artist: 'John Coltrane' });

    undo.undo();
    expect(onlySong(doc)).toMatchObject({ title: 'Naima (live)' });
    undo.undo();
    expect(onlySong(doc)?.title).toBe('Naima');
    expect(undo.undo()).toBe('Move section');
    expect(onlySong(doc)?.sections.map((section) => section.name)).toEqual(['A', 'B', 'C']);
    // Three quick "Add section" clicks stay three steps.
    undo.undo();
    expect(onlySong(doc)?.sections.map((section) => section.name)).toEqual(['A', 'B']);
  });

  it('UNDO2: a chord moved then edited undoes in two steps with their labels', () => {
    const { doc, undo, actions } = setUp();
    const songId = actions.createSong({ title: 'Naima' });
    const sectionId = actions.createSection({ songId, name: 'A' });
    const chordId = actions.createChord({ sectionId, bar: 1, beat: 1, root: 'Bb', quality: 'min7' });
    actions.updateChord(chordId, { bar: 2, beat: 3 });
    actions.updateChord(chordId, { quality: '7' });
    expect(undo.undo()).toBe('Edit chord');
    expect(undo.undo()).toBe('Move chord');
    expect(onlySong(doc)?.sections[0]?.chords[0]).toMatchObject({ bar: 1, beat: 1, quality: 'min7' });
    expect(undo.redoLabel()).toBe('Move chord');
  });

  it('UNDO1: one manager per document, so every component shares the same stacks', () => {
    const doc = new Y.Doc();
    expect(libraryUndoFor(doc)).toBe(libraryUndoFor(doc));
    expect(libraryUndoFor(new Y.Doc())).not.toBe(libraryUndoFor(doc));
  });
});

describe('undo labels and gesture keys', () => {
  it('UNDO3: labels name the fields; keys ignore field order', () => {
    expect(patchLabel('', { durationSeconds: 200 })).toBe('Edit duration');
    expect(patchLabel('section', { bpm: 90, timeSignature: '3/4', bars: 4 })).toBe('Edit section tempo, time signature and bars');
    expect(patchLabel('section', {})).toBe('Edit section details');
    expect(patchGestureKey('song', 's1', { b: 1, a: 2 })).toBe(patchGestureKey('song', 's1', { a: 3, b: 4 }));
    expect(patchGestureKey('song', 's1', { a: 1 })).not.toBe(patchGestureKey('song', 's2', { a: 1 }));
  });
});
