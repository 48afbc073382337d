import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createChord, updateChord } from './accessors-chord.ts';
import { recordSectionPractice } from './accessors-practice-stats.ts';
import { createSection, deleteSection, reorderSection, updateSection } from './accessors-section.ts';
import { createSong, updateSong } from './accessors-song.ts';
import { createTempoEvent } from './accessors-tempo.ts';
import { isLibraryError, LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { metaRoot } from './roots.ts';
import { createLibraryUndoManager, DEFAULT_STEP_LABEL } from './undo-manager.ts';

// Rule IDs: client/src/features/song/SPEC.md (UNDO1–UNDO6).
const REMOTE = 'remote-replica';

/** Two replicas wired like two tabs: every update of one is applied to the other with a foreign origin. */
function twoReplicas() {
  const local = new Y.Doc();
  const remote = new Y.Doc();
  local.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(remote, update, REMOTE);
  });
  remote.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(local, update, REMOTE);
  });
  return { local, remote };
}

function songOf(doc: Y.Doc, id: string) {
  const song = readLibrary(doc).songs.find((candidate) => candidate.id === id);
  if (song === undefined) throw new Error(`song ${id} is not live`);
  return song;
}

function setUp(captureTimeoutMs = 60_000) {
  const { local, remote } = twoReplicas();
  const origin = { tab: 'this one' };
  const undo = createLibraryUndoManager(local, origin, { captureTimeoutMs });
  const songId = createSong(local, { title: 'Blue in Green', artist: 'Miles Davis' });
  const at = { origin };
  return { local, remote, origin, undo, songId, at };
}

describe('createLibraryUndoManager', () => {
  it('UNDO1: a remote edit is never undone, a local one is', () => {
    const { local, remote, undo, songId, at } = setUp();
    expect(undo.canUndo()).toBe(false); // the untracked createSong is not this manager's step

    undo.beginStep('title', 'Edit title');
    updateSong(local, songId, { title: 'So What' }, at);
    updateSong(remote, songId, { artist: 'Bill Evans', bpm: 96 });
    expect(songOf(local, songId)).toMatchObject({ title: 'So What', artist: 'Bill Evans', bpm: 96 });

    expect(undo.undo()).toBe('Edit title');
    expect(songOf(local, songId)).toMatchObject({ title: 'Blue in Green', artist: 'Bill Evans', bpm: 96 });
    expect(songOf(remote, songId).title).toBe('Blue in Green');
    // Only the remote edit is left, and it is not ours to undo.
    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBeNull();
    expect(songOf(local, songId)).toMatchObject({ artist: 'Bill Evans', bpm: 96 });
  });

  it('UNDO1: writes in this document under another origin (another tab, storage) are not tracked', () => {
    const { local, songId } = setUp();
    const other = createLibraryUndoManager(local, { tab: 'another' });
    updateSong(local, songId, { album: 'Kind of Blue' }, { origin: 'y-indexeddb' });
    updateSong(local, songId, { key: 'Dm' });
    expect(other.canUndo()).toBe(false);
    expect(other.undo()).toBeNull();
    expect(songOf(local, songId)).toMatchObject({ album: 'Kind of Blue', key: 'Dm' });
  });

  it('UNDO2: redo re-applies an undone step; a new edit clears the redo stack', () => {
    const { local, undo, songId, at } = setUp();
    undo.beginStep('bpm', 'Edit tempo');
    updateSong(local, songId, { bpm: 132 }, at);
    undo.undo();
    expect(songOf(local, songId).bpm).toBeUndefined();
    expect(undo.canRedo()).toBe(true);
    expect(undo.redoLabel()).toBe('Edit tempo');

    expect(undo.redo()).toBe('Edit tempo');
    expect(songOf(local, songId).bpm).toBe(132);
    expect(undo.undoLabel()).toBe('Edit tempo');

    undo.undo();
    undo.beginStep('key', 'Edit key');
    updateSong(local, songId, { key: 'Eb' }, at);
    expect(undo.canRedo()).toBe(false);
    expect(undo.redo()).toBeNull();
  });

  it('UNDO3: writes of one gesture inside the capture window are one step; another gesture starts a new one', () => {
    const { local, undo, songId, at } = setUp();
    const sectionIds = ['Intro', 'Verse', 'Chorus'].map((name) => createSection(local, { songId, name }));
    const chorus = sectionIds[2] ?? '';
    const names = () => songOf(local, songId).sections.map((section) => section.name);

    undo.beginStep(`move:${chorus}`, 'Move Chorus');
    reorderSection(local, chorus, 1, at);
    undo.beginStep(`move:${chorus}`, 'Move Chorus');
    reorderSection(local, chorus, 0, at);
    undo.beginStep(`confidence:${chorus}`, 'Confidence');
    updateSection(local, chorus, { confidence: 5 }, at);
    expect(names()).toEqual(['Chorus', 'Intro', 'Verse']);

    undo.undo();
    expect(songOf(local, songId).sections[0]?.confidence).toBe(3);
    expect(names()).toEqual(['Chorus', 'Intro', 'Verse']);
    expect(undo.undo()).toBe('Move Chorus');
    expect(names()).toEqual(['Intro', 'Verse', 'Chorus']);
    expect(undo.canUndo()).toBe(false);
  });

  it('UNDO3: once the capture window has passed, the same gesture makes separate steps', () => {
    const { local, undo, songId, at } = setUp(0);
    undo.beginStep('bars', 'Bars');
    const sectionId = createSection(local, { songId, name: 'Verse', bars: 8 }, at);
    undo.beginStep('bars', 'Bars');
    updateSection(local, sectionId, { bars: 12 }, at);
    undo.undo();
    expect(songOf(local, songId).sections[0]?.bars).toBe(8);
    undo.undo();
    expect(songOf(local, songId).sections).toEqual([]);
  });

  it('UNDO4: undo never overwrites a field another replica changed after the local edit', () => {
    const { local, remote, undo, songId, at } = setUp();
    undo.beginStep('title', 'Edit title');
    updateSong(local, songId, { title: 'Mine' }, at);
    updateSong(remote, songId, { title: 'Theirs' });
    undo.undo();
    expect(songOf(local, songId).title).toBe('Theirs');
    expect(songOf(remote, songId).title).toBe('Theirs');
  });

  it('UNDO2: creating, deleting and editing sections, chords and tempo events undo and redo', () => {
    const { local, remote, undo, songId, at } = setUp();
    undo.beginStep('add-section', 'Add section');
    const sectionId = createSection(local, { songId, name: 'Verse', type: 'verse' }, at);
    undo.beginStep('add-chord', 'Add chord');
    const chordId = createChord(local, { sectionId, bar: 1, beat: 1, root: 'A', quality: 'min7' }, at);
    undo.beginStep('move-chord', 'Move chord');
    updateChord(local, chordId, { bar: 2, beat: 3 }, at);
    undo.beginStep('tempo', 'Add tempo change');
    createTempoEvent(local, { songId, bar: 9, bpm: 140, change: 'ramp', rampBeats: 8 }, at);
    undo.beginStep('delete', 'Delete section');
    deleteSection(local, sectionId, at);
    expect(songOf(remote, songId).sections).toEqual([]);

    undo.undo();
    const restored = songOf(local, songId).sections[0];
    expect(restored?.chords[0]).toMatchObject({ bar: 2, beat: 3, root: 'A', quality: 'min7' });
    undo.undo();
    expect(songOf(local, songId).tempoMap).toEqual([]);
    undo.undo();
    expect(songOf(local, songId).sections[0]?.chords[0]).toMatchObject({ bar: 1, beat: 1 });
    undo.undo();
    undo.undo();
    expect(songOf(remote, songId).sections).toEqual([]);

    for (let i = 0; i < 5; i++) undo.redo();
    expect(songOf(remote, songId).sections).toEqual([]);
    expect(songOf(remote, songId).deletedSections[0]?.chords[0]).toMatchObject({ bar: 2, beat: 3 });
    expect(songOf(remote, songId).tempoMap[0]).toMatchObject({ bar: 9, bpm: 140, change: 'ramp' });
  });

  it('UNDO5: practice counters are not part of an undo step', () => {
    const { local, undo, songId, at } = setUp();
    const sectionId = createSection(local, { songId, name: 'Solo' });
    undo.beginStep('rename', 'Rename');
    updateSection(local, sectionId, { name: 'Solo 1' }, at);
    recordSectionPractice(local, { sectionId, at: 1_700_000_000_000 }, at);
    undo.undo();
    const section = songOf(local, songId).sections[0];
    expect(section).toMatchObject({ name: 'Solo', practiceCount: 1 });
  });

  it('UNDO6: a document written by a newer schema is not changed by undo', () => {
    const { local, undo, songId, at } = setUp();
    undo.beginStep('title', 'Edit title');
    updateSong(local, songId, { title: 'So What' }, at);
    metaRoot(local).set('schemaVersion:99', 99);
    let caught: unknown;
    try {
      undo.undo();
    } catch (error) {
      caught = error;
    }
    expect(isLibraryError(caught, LIBRARY_ERROR.newerSchema)).toBe(true);
    expect(songOf(local, songId).title).toBe('So What');
  });

  it('UNDO2: subscribers hear every change of the stacks; an unannounced write gets the default label', () => {
    const { local, undo, songId, at } = setUp();
    let calls = 0;
    const unsubscribe = undo.subscribe(() => calls++);
    updateSong(local, songId, { notes: 'watch the bridge' }, at);
    expect(calls).toBe(1);
    expect(undo.undoLabel()).toBe(DEFAULT_STEP_LABEL);
    undo.undo();
    expect(calls).toBeGreaterThanOrEqual(2);
    unsubscribe();
    const before = calls;
    undo.redo();
    expect(calls).toBe(before);
  });

  it('UNDO1: refuses an empty origin, which would track untagged writes', () => {
    expect(() => createLibraryUndoManager(new Y.Doc(), null)).toThrow(TypeError);
  });
});
