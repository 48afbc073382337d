import type { Doc } from 'yjs';
import type { z } from 'zod';
import { SETTINGS_UPDATED_AT_KEY } from './accessors-settings.ts';
import type { ChordValue } from './chord-codec.ts';
import { ChildIndex } from './child-index.ts';
import type { ChordId } from './ids.ts';
import { readChordEntry, readFieldEntity, readStatsEntry, readWholeEntry, sumSlots } from './incremental-entities.ts';
import type { Library, SongWithSections } from './library-model.ts';
import { compareByOrder } from './order.ts';
import { overlayFieldSchemas, readSettingsMap } from './read-entities.ts';
import { sortIssues, type ReadIssue } from './read-issues.ts';
import { libraryRoots, type RootMap } from './roots.ts';
import { compareChords, type Chord } from './schema-chord.ts';
import type { PracticeStatsSlot } from './schema-practice.ts';
import { EpochMsSchema } from './schema-primitives.ts';
import { SECTION_OVERLAY_FIELDS, SectionEntitySchema, SectionRecordSchema, type Section } from './schema-section.ts';
import { MetronomeSettingsSchema, PreferencesSchema } from './schema-settings.ts';
import { SONG_OVERLAY_FIELDS, SongEntitySchema, SongRecordSchema } from './schema-song.ts';
import { TempoEventSchema, compareTempoEvents, type TempoEvent } from './schema-tempo.ts';
import { compatibilityOf, scanSchemaMarks } from './schema-version.ts';
import { splitEntityKey } from './stored-values.ts';

/** readLibrary kept up to date by the document's transactions: the same result, at the cost of the change. */
export interface LibraryReader {
  /** Equal (toEqual) to readLibrary(doc); songs and sections that did not change keep their objects. */
  read(): Library;
  destroy(): void;
}

const songReader = {
  kind: 'song',
  fieldKind: 'songField',
  schema: SongEntitySchema,
  overlayFields: overlayFieldSchemas(SongRecordSchema.shape, SONG_OVERLAY_FIELDS),
} as const;
const sectionReader = {
  kind: 'section',
  fieldKind: 'sectionField',
  schema: SectionEntitySchema,
  overlayFields: overlayFieldSchemas(SectionRecordSchema.shape, SECTION_OVERLAY_FIELDS),
} as const;
const SETTINGS_META_KEYS: ReadonlySet<string> = new Set([SETTINGS_UPDATED_AT_KEY]);
type SongRecord = z.output<typeof SongEntitySchema>;
type SectionRecord = z.output<typeof SectionEntitySchema>;
type StoredChord = ChordValue & { id: ChordId };
type Visit = (key: string, present: boolean, stored: unknown) => void;

/**
 * Reads the library in full once, then on each read re-parses only the keys the document's
 * transactions changed and rebuilds only the sections and songs they touch. readLibrary takes
 * hundreds of milliseconds on a 1,000-song library; an edit must reach the UI within a frame.
 */
export function createLibraryReader(doc: Doc): LibraryReader {
  const roots = libraryRoots(doc);
  const songMaps = { base: roots.songs, overlay: roots.songFields };
  const sectionMaps = { base: roots.sections, overlay: roots.sectionFields };
  const rootOf = new Map<unknown, RootMap>(Object.values(roots).map((root) => [root, root]));
  const pending = new Map<RootMap, Set<string>>();
  const onTransaction = (transaction: { changed: Map<unknown, Set<string | null>> }) => {
    if (result === null) return; // the first read visits everything anyway (e.g. the stored library loading)
    transaction.changed.forEach((keys, type) => {
      const root = rootOf.get(type);
      if (root === undefined) return;
      let changed = pending.get(root);
      if (changed === undefined) pending.set(root, (changed = new Set()));
      for (const key of keys) if (key !== null) changed.add(key);
    });
  };
  doc.on('afterTransaction', onTransaction);

  // Parsed entries (valid ones only) and the issues of what was skipped, per kind of entry.
  const songs = new Map<string, SongRecord>();
  const sections = new Map<string, SectionRecord>();
  const chords = new Map<string, StoredChord>();
  const tempo = new Map<string, TempoEvent>();
  const slots = new Map<string, { entityId: string; slot: PracticeStatsSlot }>();
  const issuesBy = {
    song: new Map<string, ReadIssue[]>(),
    section: new Map<string, ReadIssue[]>(),
    // Overlay keys no entity can own, per overlay map (the same key may sit in both).
    songField: new Map<string, ReadIssue[]>(),
    sectionField: new Map<string, ReadIssue[]>(),
    chord: new Map<string, ReadIssue[]>(),
    tempoEvent: new Map<string, ReadIssue[]>(),
    practiceStats: new Map<string, ReadIssue[]>(),
  };
  let settingsIssues: ReadIssue[] = [];
  let issuesChanged = true;
  const setIssues = (map: Map<string, ReadIssue[]>, key: string, issues: ReadIssue[]) => {
    if (issues.length > 0) {
      map.set(key, issues);
      issuesChanged = true;
    } else if (map.size > 0 && map.delete(key)) issuesChanged = true;
  };
  // Children by parent id: the overlays of an entity, and valid entries by the parent they name.
  const songOverlays = new ChildIndex();
  const sectionOverlays = new ChildIndex();
  const sectionsBySong = new ChildIndex();
  const chordsBySection = new ChildIndex();
  const tempoBySong = new ChildIndex();
  const slotsByEntity = new ChildIndex();
  // Assembled output, reused while unchanged.
  const sectionOut = new Map<string, Section>();
  const songOut = new Map<string, SongWithSections>();
  let result: Library | null = null;

  // A change as big as what is known already (the stored library loading into the empty document
  // the first render read) is cheaper to read afresh than entry by entry.
  const MIN_KEYS_FOR_FULL_READ = 256;
  function worthReadingAfresh(): boolean {
    let changed = 0;
    for (const keys of pending.values()) changed += keys.size;
    const known = songs.size + sections.size + chords.size + tempo.size + slots.size;
    return changed >= MIN_KEYS_FOR_FULL_READ && changed > known;
  }
  function forgetEverything(): void {
    for (const map of [songs, sections, chords, tempo, slots, sectionOut, songOut]) map.clear();
    for (const map of Object.values(issuesBy)) map.clear();
    for (const index of [songOverlays, sectionOverlays, sectionsBySong, chordsBySection, tempoBySong, slotsByEntity]) index.byParent.clear();
    pending.clear();
    result = null;
  }

  function read(): Library {
    if (result !== null && pending.size === 0) return result;
    if (result !== null && worthReadingAfresh()) forgetEverything();
    // The first read visits every entry; later ones only what transactions changed.
    const full = result === null;
    const each = (root: RootMap, visit: Visit) => {
      if (full) return root.forEach((stored, key) => visit(key, true, stored));
      const keys = pending.get(root);
      if (keys !== undefined) for (const key of keys) visit(key, root.has(key), root.get(key));
    };
    const dirtySongEntities = new Set<string>();
    const dirtySectionEntities = new Set<string>();
    const dirtySongs = new Set<string>();
    const dirtySections = new Set<string>();
    // Set when a record appears or disappears, or a child of a missing parent comes or goes:
    // then the "… is missing" issues are collected again.
    let structureChanged = false;
    const songExists = (id: string) => songs.has(id);
    const sectionExists = (id: string) => sections.has(id);
    const entityExists = (id: string) => songs.has(id) || sections.has(id);
    const link = (index: ChildIndex, exists: (id: string) => boolean, parent: string, child: string) => {
      // A full scan collects every issue anyway and meets each child once.
      if (full) return index.addNew(parent, child);
      index.add(parent, child);
      if (!exists(parent)) structureChanged = true;
    };
    const unlink = (index: ChildIndex, exists: (id: string) => boolean, parent: string, child: string) => {
      index.remove(parent, child);
      if (!exists(parent)) structureChanged = true;
    };
    const overlayVisitor = (index: ChildIndex, dirty: Set<string>, fieldKind: 'songField' | 'sectionField'): Visit => (key, present) => {
      const parts = splitEntityKey(key);
      if (parts === null) {
        setIssues(issuesBy[fieldKind], key, present ? [{ kind: fieldKind, key, reason: 'unknown field key' }] : []);
        return;
      }
      if (full) index.addNew(parts.id, key);
      else if (present) index.add(parts.id, key);
      else index.remove(parts.id, key);
      if (!full) dirty.add(parts.id);
    };

    each(roots.songFields, overlayVisitor(songOverlays, dirtySongEntities, 'songField'));
    each(roots.sectionFields, overlayVisitor(sectionOverlays, dirtySectionEntities, 'sectionField'));
    if (full) {
      // Every stored entity, and the ids that only have overlays (they carry issues).
      for (const id of roots.songs.keys()) dirtySongEntities.add(id);
      for (const id of songOverlays.byParent.keys()) dirtySongEntities.add(id);
      for (const id of roots.sections.keys()) dirtySectionEntities.add(id);
      for (const id of sectionOverlays.byParent.keys()) dirtySectionEntities.add(id);
    } else {
      each(roots.songs, (key) => dirtySongEntities.add(key));
      each(roots.sections, (key) => dirtySectionEntities.add(key));
    }

    for (const id of dirtySongEntities) {
      const { record, issues } = readFieldEntity(songMaps, songReader, id, songOverlays.childrenOf(id));
      setIssues(issuesBy.song, id, issues);
      if ((record === null) === songs.has(id)) structureChanged = true;
      if (record === null) songs.delete(id);
      else songs.set(id, record);
      if (!full) dirtySongs.add(id);
    }
    for (const id of dirtySectionEntities) {
      const { record, issues } = readFieldEntity(sectionMaps, sectionReader, id, sectionOverlays.childrenOf(id));
      setIssues(issuesBy.section, id, issues);
      const before = full ? undefined : sections.get(id);
      if ((record === null) !== (before === undefined)) structureChanged = true;
      if (before !== undefined) {
        if (!full) dirtySongs.add(before.songId);
        unlink(sectionsBySong, songExists, before.songId, id);
      }
      if (record === null) sections.delete(id);
      else {
        sections.set(id, record);
        link(sectionsBySong, songExists, record.songId, id);
      }
      if (!full) dirtySections.add(id);
    }

    each(roots.chords, (key, present, stored) => {
      const before = full ? undefined : chords.get(key);
      if (before !== undefined) {
        dirtySections.add(before.sectionId);
        unlink(chordsBySection, sectionExists, before.sectionId, key);
        chords.delete(key);
      }
      const entry = present ? readChordEntry(key, stored) : null;
      setIssues(issuesBy.chord, key, entry === null || entry.ok ? [] : [entry.issue]);
      if (!entry?.ok) return;
      chords.set(key, entry.value);
      if (!full) dirtySections.add(entry.value.sectionId);
      link(chordsBySection, sectionExists, entry.value.sectionId, key);
    });
    each(roots.tempoEvents, (key, present, stored) => {
      const before = full ? undefined : tempo.get(key);
      if (before !== undefined) {
        dirtySongs.add(before.songId);
        unlink(tempoBySong, songExists, before.songId, key);
        tempo.delete(key);
      }
      const entry = present ? readWholeEntry(key, stored, TempoEventSchema, 'tempoEvent') : null;
      setIssues(issuesBy.tempoEvent, key, entry === null || entry.ok ? [] : [entry.issue]);
      if (!entry?.ok) return;
      tempo.set(key, entry.value);
      if (!full) dirtySongs.add(entry.value.songId);
      link(tempoBySong, songExists, entry.value.songId, key);
    });
    each(roots.practiceStats, (key, present, stored) => {
      const before = full ? undefined : slots.get(key);
      if (before !== undefined) {
        dirtySongs.add(before.entityId);
        dirtySections.add(before.entityId);
        unlink(slotsByEntity, entityExists, before.entityId, key);
        slots.delete(key);
      }
      const entry = present ? readStatsEntry(key, stored) : null;
      setIssues(issuesBy.practiceStats, key, entry === null || entry.ok ? [] : [entry.issue]);
      if (!entry?.ok) return;
      slots.set(key, entry.value);
      if (!full) {
        dirtySongs.add(entry.value.entityId);
        dirtySections.add(entry.value.entityId);
      }
      link(slotsByEntity, entityExists, entry.value.entityId, key);
    });
    const settingsChanged = full || pending.has(roots.meta) || pending.has(roots.preferences) || pending.has(roots.metronome);
    pending.clear();

    for (const id of full ? sections.keys() : dirtySections) {
      const record = sections.get(id);
      if (record === undefined) {
        sectionOut.delete(id);
        continue;
      }
      if (!full) dirtySongs.add(record.songId);
      sectionOut.set(id, assembleSection(record));
    }
    let listChanged = full;
    for (const id of full ? songs.keys() : dirtySongs) {
      const record = songs.get(id);
      if (record !== undefined) songOut.set(id, assembleSong(record));
      else if (!songOut.delete(id)) continue;
      listChanged = true;
    }

    const previous = result;
    let live = previous?.songs ?? [];
    let deleted = previous?.deletedSongs ?? [];
    if (listChanged) {
      live = [];
      deleted = [];
      for (const song of songOut.values()) (song.deletedAt === undefined ? live : deleted).push(song);
      live.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0) || (a.id < b.id ? -1 : 1));
    }
    const settings = settingsChanged || previous === null ? readSettings() : previous;
    const issues = issuesChanged || structureChanged || previous === null ? collectIssues() : previous.issues;
    issuesChanged = false;
    result = {
      schemaVersion: settings.schemaVersion,
      compatibility: settings.compatibility,
      songs: live,
      deletedSongs: deleted,
      preferences: settings.preferences,
      metronome: settings.metronome,
      ...(settings.settingsUpdatedAt === undefined ? {} : { settingsUpdatedAt: settings.settingsUpdatedAt }),
      issues,
    };
    return result;
  }

  function readSettings() {
    const issues: ReadIssue[] = [];
    const marks = scanSchemaMarks(roots.meta);
    for (const key of marks.malformedKeys) issues.push({ kind: 'meta', key, reason: 'malformed schema version mark' });
    const preferences = readSettingsMap(roots.preferences, PreferencesSchema, 'preferences', issues, SETTINGS_META_KEYS);
    const metronome = readSettingsMap(roots.metronome, MetronomeSettingsSchema, 'metronome', issues, SETTINGS_META_KEYS);
    const times = [settingsTime(roots.preferences), settingsTime(roots.metronome)].filter((t) => t !== undefined);
    settingsIssues = issues;
    issuesChanged = true;
    return {
      schemaVersion: marks.version,
      compatibility: compatibilityOf(marks.version),
      preferences,
      metronome,
      settingsUpdatedAt: times.length > 0 ? Math.max(...times) : undefined,
    };
  }

  // A freshly parsed record becomes the output object itself (no copy, like readLibrary); once it
  // has been handed out, a rebuild copies it, so that a changed section or song is a new object.
  const handedOut = new WeakSet<object>();
  function outputFrom<R extends object, X extends object>(record: R, extras: X, lastPracticedAt: number | undefined): R & X & { lastPracticedAt?: number } {
    const fresh = !handedOut.has(record);
    const output: R & X & { lastPracticedAt?: number } = Object.assign(fresh ? record : { ...record }, extras);
    if (lastPracticedAt !== undefined) output.lastPracticedAt = lastPracticedAt;
    else if (!fresh) delete output.lastPracticedAt;
    if (fresh) handedOut.add(record);
    return output;
  }

  function assembleSection(record: SectionRecord): Section {
    const list: Chord[] = [];
    for (const key of chordsBySection.childrenOf(record.id)) {
      const chord = chords.get(key);
      // The section's validated id brands the reference (the same string): no copy of the chord.
      if (chord !== undefined) list.push(Object.assign(chord, { sectionId: record.id }));
    }
    const { practiceCount, lastPracticedAt } = countersOf(record.id);
    return outputFrom(record, { practiceCount, chords: list.sort(compareChords) }, lastPracticedAt);
  }

  function assembleSong(record: SongRecord): SongWithSections {
    const tempoMap: TempoEvent[] = [];
    for (const key of tempoBySong.childrenOf(record.id)) {
      const event = tempo.get(key);
      if (event !== undefined) tempoMap.push(event);
    }
    const all: Section[] = [];
    for (const id of sectionsBySong.childrenOf(record.id)) {
      const section = sectionOut.get(id);
      if (section !== undefined) all.push(section);
    }
    all.sort(compareByOrder);
    const { practiceCount, totalPracticeSeconds, lastPracticedAt } = countersOf(record.id);
    const extras = {
      tempoMap: tempoMap.sort(compareTempoEvents),
      practiceCount,
      totalPracticeSeconds,
      sections: all.filter((section) => section.deletedAt === undefined),
      deletedSections: all.filter((section) => section.deletedAt !== undefined),
    };
    return outputFrom(record, extras, lastPracticedAt);
  }

  function countersOf(id: string) {
    const list: PracticeStatsSlot[] = [];
    for (const key of slotsByEntity.childrenOf(id)) {
      const entry = slots.get(key);
      if (entry !== undefined) list.push(entry.slot);
    }
    return sumSlots(list);
  }

  /** Skipped entries plus children whose parent is missing, in readLibrary's order. */
  function collectIssues(): ReadIssue[] {
    const issues: ReadIssue[] = [...settingsIssues];
    for (const map of Object.values(issuesBy)) for (const list of map.values()) issues.push(...list);
    for (const [songId, ids] of sectionsBySong.byParent) {
      if (!songs.has(songId)) for (const id of ids) issues.push({ kind: 'section', key: id, reason: `song ${songId} is missing` });
    }
    for (const [sectionId, keys] of chordsBySection.byParent) {
      if (!sections.has(sectionId)) for (const key of keys) issues.push({ kind: 'chord', key, reason: `section ${sectionId} is missing` });
    }
    for (const [songId, keys] of tempoBySong.byParent) {
      if (!songs.has(songId)) for (const key of keys) issues.push({ kind: 'tempoEvent', key, reason: `song ${songId} is missing` });
    }
    for (const id of slotsByEntity.byParent.keys()) {
      if (!songs.has(id) && !sections.has(id)) issues.push({ kind: 'practiceStats', key: id, reason: 'counters of a missing song or section' });
    }
    return sortIssues(issues);
  }

  return { read, destroy: () => doc.off('afterTransaction', onTransaction) };
}

function settingsTime(map: RootMap): number | undefined {
  const parsed = EpochMsSchema.safeParse(map.get(SETTINGS_UPDATED_AT_KEY));
  return parsed.success ? parsed.data : undefined;
}
