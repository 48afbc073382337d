import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createChord } from './accessors-chord.ts';
import { createPracticeSession } from './accessors-practice-log.ts';
import { recordSongPractice } from './accessors-practice-stats.ts';
import { createSection } from './accessors-section.ts';
import { setPreferences } from './accessors-settings.ts';
import { createSong } from './accessors-song.ts';
import { createTempoEvent } from './accessors-tempo.ts';
import { SongWithSectionsSchema } from './library-model.ts';
import { readLibrary } from './read-library.ts';
import { readPracticeLog } from './read-practice-log.ts';
import { LIBRARY_ROOT_NAMES, PRACTICE_ROOT_NAMES } from './roots.ts';
import { MetronomeSettingsSchema, PreferencesSchema } from './schema-settings.ts';
import { PracticeSessionSchema } from './schema-practice.ts';
import { T0, newDoc } from './test-support/docs.ts';
import { createRandom, type Random } from './test-support/prng.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTION = '11111111-1111-4111-8111-000000000001';
const OTHER = '99999999-9999-4999-8999-000000000009';

function validLibrary(): Y.Doc {
  const doc = newDoc(1);
  createSong(doc, { id: SONG, title: 'Good song', bpm: 100 }, { now: T0 });
  createSection(doc, { id: SECTION, songId: SONG, name: 'Verse' }, { now: T0 });
  createChord(doc, { sectionId: SECTION, bar: 1, beat: 1, root: 'A' });
  createTempoEvent(doc, { songId: SONG, bar: 2, bpm: 110 });
  recordSongPractice(doc, { songId: SONG, seconds: 30, at: T0 });
  setPreferences(doc, { theme: 'dark' });
  return doc;
}

// Raw writes, as a buggy or hostile client could make them (the test is the only other place
// that touches Y types directly).
const root = (doc: Y.Doc, name: keyof typeof LIBRARY_ROOT_NAMES) => doc.getMap<unknown>(LIBRARY_ROOT_NAMES[name]);

describe('readLibrary on malformed documents', () => {
  it.each([
    ['song value is not JSON', (doc: Y.Doc) => root(doc, 'songs').set(OTHER, '{nope'), 'song'],
    ['song value is a JSON array', (doc: Y.Doc) => root(doc, 'songs').set(OTHER, '[1,2]'), 'song'],
    ['song value is a number', (doc: Y.Doc) => root(doc, 'songs').set(OTHER, 42), 'song'],
    ['song without title', (doc: Y.Doc) => root(doc, 'songs').set(OTHER, JSON.stringify({ createdAt: T0 })), 'song'],
    ['song with a wrong type', (doc: Y.Doc) => root(doc, 'songs').set(OTHER, JSON.stringify({ title: 'x', createdAt: T0, bpm: 'fast' })), 'song'],
    ['song key is not a UUID', (doc: Y.Doc) => root(doc, 'songs').set('song-1', JSON.stringify({ title: 'x', createdAt: T0 })), 'song'],
    ['song value is a nested Y.Map', (doc: Y.Doc) => root(doc, 'songs').set(OTHER, new Y.Map()), 'song'],
    ['field of a missing song', (doc: Y.Doc) => root(doc, 'songFields').set(`${OTHER}:title`, ['x', T0]), 'songField'],
    ['orphan section', (doc: Y.Doc) => root(doc, 'sections').set(OTHER, JSON.stringify({ songId: OTHER, name: 'x', order: 'a0', createdAt: T0 })), 'section'],
    ['section with a bad order key', (doc: Y.Doc) => root(doc, 'sections').set(OTHER, JSON.stringify({ songId: SONG, name: 'x', order: '!!', createdAt: T0 })), 'section'],
    ['chord of a missing section', (doc: Y.Doc) => root(doc, 'chords').set(OTHER, `${OTHER}|1|1|1|C|maj||`), 'chord'],
    ['chord value as JSON', (doc: Y.Doc) => root(doc, 'chords').set(OTHER, JSON.stringify({ sectionId: SECTION })), 'chord'],
    ['tempo event of a missing song', (doc: Y.Doc) => root(doc, 'tempoEvents').set(OTHER, JSON.stringify({ songId: OTHER, bar: 1, bpm: 90 })), 'tempoEvent'],
    ['ramp without length', (doc: Y.Doc) => root(doc, 'tempoEvents').set(OTHER, JSON.stringify({ songId: SONG, bar: 1, bpm: 90, change: 'ramp' })), 'tempoEvent'],
    ['practice slot with a bad key', (doc: Y.Doc) => root(doc, 'practiceStats').set(`${SONG}:me`, '{"count":1,"seconds":1}'), 'practiceStats'],
    ['practice slot with a bad value', (doc: Y.Doc) => root(doc, 'practiceStats').set(`${SONG}:7`, '{"count":-1,"seconds":1}'), 'practiceStats'],
    ['malformed version mark', (doc: Y.Doc) => root(doc, 'meta').set('schemaVersion:2', 3), 'meta'],
  ])('DOC14: %s is skipped and reported; the rest still reads', (_name, corrupt, kind) => {
    const doc = validLibrary();
    const before = readLibrary(doc);
    corrupt(doc);
    const after = readLibrary(doc);
    expect(after.issues).toEqual([expect.objectContaining({ kind })]);
    expect({ ...after, issues: [] }).toEqual(before);
  });

  it('DOC14: a bad field overlay is ignored, the entity keeps its other values', () => {
    const doc = validLibrary();
    root(doc, 'songFields').set(`${SONG}:bpm`, ['fast', T0]);
    root(doc, 'songFields').set(`${SONG}:title`, [null, T0]); // a required field cannot be cleared
    root(doc, 'songFields').set(`${SONG}:colour`, ['red', T0]);
    root(doc, 'songFields').set(`${SONG}:artist`, 'no timestamp');
    root(doc, 'sectionFields').set(`${SECTION}:bars`, [0, T0]);
    const library = readLibrary(doc);
    expect(library.songs[0]).toMatchObject({ title: 'Good song', bpm: 100 });
    expect(library.songs[0]).not.toHaveProperty('artist');
    expect(library.songs[0]?.sections[0]?.bars).toBe(8);
    expect(library.issues.map((issue) => issue.kind)).toEqual(['sectionField', 'songField', 'songField', 'songField', 'songField']);
  });

  it('DOC14: invalid settings fall back to defaults and are reported', () => {
    const doc = validLibrary();
    root(doc, 'preferences').set('playbackSpeed', 9);
    root(doc, 'metronome').set('accentPattern', 'loud');
    const library = readLibrary(doc);
    expect(library.preferences).toEqual({ ...PreferencesSchema.parse({}), theme: 'dark' });
    expect(library.metronome).toEqual(MetronomeSettingsSchema.parse({}));
    expect(library.issues.map((issue) => issue.kind).sort()).toEqual(['metronome', 'preferences']);
  });

  it('DOC14: readPracticeLog skips and reports malformed sessions', () => {
    const doc = newDoc();
    createPracticeSession(doc, { songId: SONG, startedAt: T0 });
    doc.getMap(PRACTICE_ROOT_NAMES.sessions).set(OTHER, JSON.stringify({ songId: SONG, startedAt: 'yesterday' }));
    doc.getMap(PRACTICE_ROOT_NAMES.sessions).set('x', 'y');
    const log = readPracticeLog(doc);
    expect(log.sessions).toHaveLength(1);
    expect(log.issues.map((issue) => issue.key).sort()).toEqual([OTHER, 'x']);
  });
});

function garbage(random: Random, depth = 0): unknown {
  const json = () => JSON.stringify(garbage(random, depth + 1));
  switch (random.int(0, 15)) {
    case 0: return random.int(-1e9, 1e9);
    case 1: return random.next();
    case 2: return null;
    case 3: return random.bool();
    case 4: return 'x'.repeat(random.int(0, 3000));
    case 5: return json();
    case 6: return `${random.uuid()}|${random.int(0, 1500)}|1|1|C|maj||`;
    case 7: return new Uint8Array(random.int(0, 8));
    case 8: return depth > 2 ? [] : Array.from({ length: random.int(0, 3) }, () => garbage(random, depth + 1));
    case 9: return depth > 2 ? {} : { title: garbage(random, depth + 1), createdAt: T0, songId: SONG, order: 'a0', name: 'n', bar: 1, bpm: 90 };
    case 10: return JSON.stringify({ title: 'ok', createdAt: garbage(random, depth + 1), __proto__: { polluted: true }, constructor: 1 });
    case 11: return new Y.Map();
    case 12: return new Y.Array();
    case 13: return new Y.Text('text');
    case 14: return [garbage(random, depth + 1), random.int(0, 2e12)];
    default: return '['.repeat(random.int(1, 5000)) + ']'.repeat(random.int(0, 5000));
  }
}

function garbageKey(random: Random): string {
  return random.pick([SONG, SECTION, OTHER, random.uuid(), `${SONG}:title`, `${SECTION}:order`, `${random.uuid()}:${random.int(0, 99)}`, 'schemaVersion:1', '', 'bpm', '__proto__']);
}

describe('readLibrary on random garbage', () => {
  it('DOC14: never throws, and everything it returns is valid', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = createRandom(seed);
      const doc = validLibrary();
      const practice = newDoc();
      createPracticeSession(practice, { songId: SONG, startedAt: T0 });
      for (let i = 0; i < 25; i++) {
        const name = random.pick(Object.values(LIBRARY_ROOT_NAMES).filter((rootName) => rootName !== LIBRARY_ROOT_NAMES.songs || random.bool(0.2)));
        doc.getMap(name).set(garbageKey(random), garbage(random));
        practice.getMap(random.pick(Object.values(PRACTICE_ROOT_NAMES))).set(garbageKey(random), garbage(random));
      }
      const library = readLibrary(doc);
      const context = `seed ${seed}`;
      for (const song of [...library.songs, ...library.deletedSongs]) expect(SongWithSectionsSchema.safeParse(song).success, context).toBe(true);
      expect(PreferencesSchema.safeParse(library.preferences).success, context).toBe(true);
      expect(MetronomeSettingsSchema.safeParse(library.metronome).success, context).toBe(true);
      expect(library.issues.length, context).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(library)), context).toEqual(library);
      const log = readPracticeLog(practice);
      for (const session of log.sessions) expect(PracticeSessionSchema.safeParse(session).success, context).toBe(true);
    }
  });
});
