import type { Doc } from 'yjs';
import type { ChildIndex } from './child-index.ts';
import { readChordEntry, readFieldEntity, readStatsEntry, readWholeEntry } from './incremental-entities.ts';
import type { Library } from './library-model.ts';
import {
  assembleSection,
  assembleSong,
  clearReaderState,
  collectIssues,
  createReaderState,
  songLists,
  type ReaderState,
} from './library-reader-state.ts';
import { readLibrarySettings, type LibrarySettings } from './library-reader-settings.ts';
import type { ReadIssue } from './read-issues.ts';
import { libraryRoots, type RootMap } from './roots.ts';
import { sectionReader, songReader, StoredTempoEventSchema } from './read-schemas.ts';
import { splitEntityKey } from './stored-values.ts';

/** readLibrary kept up to date by the document's transactions: the same result, at the cost of the change. */
export interface LibraryReader {
  /** Equal (toEqual) to readLibrary(doc); songs and sections that did not change keep their objects. */
  read(): Library;
  destroy(): void;
}

type Visit = (key: string, present: boolean, stored: unknown) => void;
// A change as big as what is known already (the stored library loading into the empty document the
// first render read) is cheaper to read afresh than entry by entry.
const MIN_KEYS_FOR_FULL_READ = 256;

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
  const state: ReaderState = createReaderState();
  const { songs, sections, chords, tempo, slots, issuesBy, sectionOut, songOut } = state;
  let settings: LibrarySettings | null = null;
  let issuesChanged = true;
  let result: Library | null = null;

  const onTransaction = (transaction: { changed: Map<unknown, Set<string | null>> }) => {
    if (result === null) return; // the first read visits everything anyway
    transaction.changed.forEach((keys, type) => {
      const root = rootOf.get(type);
      if (root === undefined) return;
      let changed = pending.get(root);
      if (changed === undefined) pending.set(root, (changed = new Set()));
      for (const key of keys) if (key !== null) changed.add(key);
    });
  };
  doc.on('afterTransaction', onTransaction);

  const setIssues = (map: Map<string, ReadIssue[]>, key: string, issues: ReadIssue[]) => {
    if (issues.length > 0) {
      map.set(key, issues);
      issuesChanged = true;
    } else if (map.size > 0 && map.delete(key)) issuesChanged = true;
  };

  function worthReadingAfresh(): boolean {
    let changed = 0;
    for (const keys of pending.values()) changed += keys.size;
    return changed >= MIN_KEYS_FOR_FULL_READ && changed > songs.size + sections.size + chords.size + tempo.size + slots.size;
  }

  function read(): Library {
    if (result !== null && pending.size === 0) return result;
    if (result !== null && worthReadingAfresh()) {
      clearReaderState(state);
      pending.clear();
      result = null;
    }
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
      // A full read collects every issue anyway and meets each child once.
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

    each(roots.songFields, overlayVisitor(state.songOverlays, dirtySongEntities, 'songField'));
    each(roots.sectionFields, overlayVisitor(state.sectionOverlays, dirtySectionEntities, 'sectionField'));
    if (full) {
      // Every stored entity, and the ids that only have overlays (they carry issues).
      for (const id of roots.songs.keys()) dirtySongEntities.add(id);
      for (const id of state.songOverlays.byParent.keys()) dirtySongEntities.add(id);
      for (const id of roots.sections.keys()) dirtySectionEntities.add(id);
      for (const id of state.sectionOverlays.byParent.keys()) dirtySectionEntities.add(id);
    } else {
      each(roots.songs, (key) => dirtySongEntities.add(key));
      each(roots.sections, (key) => dirtySectionEntities.add(key));
    }

    for (const id of dirtySongEntities) {
      const { record, issues } = readFieldEntity(songMaps, songReader, id, state.songOverlays.childrenOf(id));
      setIssues(issuesBy.song, id, issues);
      if ((record === null) === songs.has(id)) structureChanged = true;
      if (record === null) songs.delete(id);
      else songs.set(id, record);
      if (!full) dirtySongs.add(id);
    }
    for (const id of dirtySectionEntities) {
      const { record, issues } = readFieldEntity(sectionMaps, sectionReader, id, state.sectionOverlays.childrenOf(id));
      setIssues(issuesBy.section, id, issues);
      const before = full ? undefined : sections.get(id);
      if ((record === null) !== (before === undefined)) structureChanged = true;
      if (before !== undefined) {
        dirtySongs.add(before.songId);
        unlink(state.sectionsBySong, songExists, before.songId, id);
      }
      if (record === null) sections.delete(id);
      else {
        sections.set(id, record);
        link(state.sectionsBySong, songExists, record.songId, id);
      }
      if (!full) dirtySections.add(id);
    }

    each(roots.chords, (key, present, stored) => {
      const before = full ? undefined : chords.get(key);
      if (before !== undefined) {
        dirtySections.add(before.sectionId);
        unlink(state.chordsBySection, sectionExists, before.sectionId, key);
        chords.delete(key);
      }
      const entry = present ? readChordEntry(key, stored) : null;
      setIssues(issuesBy.chord, key, entry === null || entry.ok ? [] : [entry.issue]);
      if (!entry?.ok) return;
      chords.set(key, entry.value);
      if (!full) dirtySections.add(entry.value.sectionId);
      link(state.chordsBySection, sectionExists, entry.value.sectionId, key);
    });
    each(roots.tempoEvents, (key, present, stored) => {
      const before = full ? undefined : tempo.get(key);
      if (before !== undefined) {
        dirtySongs.add(before.songId);
        unlink(state.tempoBySong, songExists, before.songId, key);
        tempo.delete(key);
      }
      const entry = present ? readWholeEntry(key, stored, StoredTempoEventSchema, 'tempoEvent') : null;
      setIssues(issuesBy.tempoEvent, key, entry === null || entry.ok ? [] : [entry.issue]);
      if (!entry?.ok) return;
      tempo.set(key, entry.value);
      if (!full) dirtySongs.add(entry.value.songId);
      link(state.tempoBySong, songExists, entry.value.songId, key);
    });
    each(roots.practiceStats, (key, present, stored) => {
      const before = full ? undefined : slots.get(key);
      if (before !== undefined) {
        dirtySongs.add(before.entityId);
        dirtySections.add(before.entityId);
        unlink(state.slotsByEntity, entityExists, before.entityId, key);
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
      link(state.slotsByEntity, entityExists, entry.value.entityId, key);
    });
    if (full || settings === null || pending.has(roots.meta) || pending.has(roots.preferences) || pending.has(roots.metronome)) {
      settings = readLibrarySettings(roots);
      issuesChanged = true;
    }
    pending.clear();

    for (const id of full ? sections.keys() : dirtySections) {
      const record = sections.get(id);
      if (record === undefined) {
        sectionOut.delete(id);
        continue;
      }
      if (!full) dirtySongs.add(record.songId);
      sectionOut.set(id, assembleSection(state, record));
    }
    let listChanged = full;
    for (const id of full ? songs.keys() : dirtySongs) {
      const record = songs.get(id);
      if (record !== undefined) songOut.set(id, assembleSong(state, record));
      else if (!songOut.delete(id)) continue;
      listChanged = true;
    }

    const previous = result;
    const lists = listChanged || previous === null ? songLists(state) : { live: previous.songs, deleted: previous.deletedSongs };
    const issues = issuesChanged || structureChanged || previous === null ? collectIssues(state, settings.issues) : previous.issues;
    issuesChanged = false;
    const { issues: _settingsIssues, ...documentSettings } = settings;
    result = { ...documentSettings, songs: lists.live, deletedSongs: lists.deleted, issues };
    return result;
  }

  return { read, destroy: () => doc.off('afterTransaction', onTransaction) };
}
