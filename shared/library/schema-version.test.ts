import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createChord } from './accessors-chord.ts';
import { createPracticeSession } from './accessors-practice-log.ts';
import { recordSongPractice } from './accessors-practice-stats.ts';
import { createSection, reorderSection, updateSection } from './accessors-section.ts';
import { setMetronomeSettings, setPreferences } from './accessors-settings.ts';
import { createSong, deleteSong, updateSong } from './accessors-song.ts';
import { createTempoEvent } from './accessors-tempo.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { readPracticeLog } from './read-practice-log.ts';
import { LIBRARY_SCHEMA_VERSION, documentCompatibility, readSchemaVersion } from './schema-version.ts';
import { countUpdates, exchange, newDoc } from './test-support/docs.ts';
import { ensureSchemaVersion } from './write-transaction.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTION = '11111111-1111-4111-8111-000000000001';

/** What a future MetMap with schema `version` would leave in the document (raw Y API: test only). */
function markNewer(doc: Y.Doc, version = LIBRARY_SCHEMA_VERSION + 1): void {
  doc.getMap('meta').set(`schemaVersion:${version}`, version);
}

describe('schema version', () => {
  it('DOC9: a fresh document has no version; the first write records ours, once', () => {
    const doc = newDoc();
    expect(readSchemaVersion(doc)).toBe(0);
    expect(documentCompatibility(doc)).toBe('ok');
    expect(countUpdates(doc, () => ensureSchemaVersion(doc))).toBe(1);
    expect(countUpdates(doc, () => ensureSchemaVersion(doc))).toBe(0);
    expect(readSchemaVersion(doc)).toBe(LIBRARY_SCHEMA_VERSION);
    const other = newDoc();
    createSong(other, { title: 'x' });
    expect(readSchemaVersion(other)).toBe(LIBRARY_SCHEMA_VERSION);
    expect(readLibrary(other).schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
  });

  it('DOC9: replicas initialising at the same time agree, without issues', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    ensureSchemaVersion(a);
    ensureSchemaVersion(b);
    exchange(a, b);
    for (const doc of [a, b]) expect(readLibrary(doc)).toMatchObject({ schemaVersion: 1, compatibility: 'ok', issues: [] });
  });

  it('DOC9: an older and a newer client initialising at once end up "newer" on both replicas', () => {
    const older = newDoc(1);
    const newer = newDoc(2);
    ensureSchemaVersion(older);
    markNewer(newer);
    exchange(older, newer);
    for (const doc of [older, newer]) {
      expect(readSchemaVersion(doc)).toBe(LIBRARY_SCHEMA_VERSION + 1);
      expect(documentCompatibility(doc)).toBe('newer');
    }
  });

  it('DOC9: in a document written by a newer schema every accessor refuses to write', () => {
    const doc = newDoc();
    createSong(doc, { id: SONG, title: 'x' });
    createSection(doc, { id: SECTION, songId: SONG, name: 'Verse' });
    markNewer(doc);
    const writes = [
      () => createSong(doc, { title: 'y' }),
      () => updateSong(doc, SONG, { title: 'z' }),
      () => updateSong(doc, SONG, { title: 'x' }),
      () => deleteSong(doc, SONG),
      () => createSection(doc, { songId: SONG, name: 'Chorus' }),
      () => updateSection(doc, SECTION, { bars: 4 }),
      () => reorderSection(doc, SECTION, 0),
      () => createChord(doc, { sectionId: SECTION, bar: 1, beat: 1, root: 'C' }),
      () => createTempoEvent(doc, { songId: SONG, bar: 1, bpm: 90 }),
      () => recordSongPractice(doc, { songId: SONG, seconds: 1 }),
      () => setPreferences(doc, { theme: 'dark' }),
      () => setMetronomeSettings(doc, { bpm: 90 }),
      () => ensureSchemaVersion(doc),
    ];
    for (const write of writes) {
      expect(countUpdates(doc, () => expect(write).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.newerSchema })))).toBe(0);
    }
    // Reading still works, so the app can show the library read-only.
    expect(readLibrary(doc)).toMatchObject({ compatibility: 'newer', songs: [{ id: SONG, title: 'x' }] });
  });

  it('DOC9: the practice document carries its own version mark', () => {
    const doc = newDoc();
    createPracticeSession(doc, { songId: SONG, startedAt: 0 });
    expect(readPracticeLog(doc).schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    markNewer(doc);
    expect(readPracticeLog(doc).compatibility).toBe('newer');
    expect(() => createPracticeSession(doc, { songId: SONG, startedAt: 0 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.newerSchema }));
  });
});
