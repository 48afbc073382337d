import type { Doc } from 'yjs';
import { songMaps } from './accessors-song.ts';
import { sectionMaps } from './accessors-section.ts';
import { SETTINGS_UPDATED_AT_KEY } from './accessors-settings.ts';
import { assembleSongs, pushTo } from './assemble-library.ts';
import type { Library } from './library-model.ts';
import { readFieldEntities, readSettingsMap, readWholeEntities } from './read-entities.ts';
import { sortIssues, type ReadIssue } from './read-issues.ts';
import { readPracticeStats } from './read-practice-stats.ts';
import { libraryRoots, type RootMap } from './roots.ts';
import { readChordsBySection } from './read-chords.ts';
import { EpochMsSchema } from './schema-primitives.ts';
import { MetronomeSettingsSchema, PreferencesSchema } from './schema-settings.ts';
import { sectionReader, songReader, StoredTempoEventSchema } from './read-schemas.ts';
import type { TempoEvent } from './schema-tempo.ts';
import { compatibilityOf, scanSchemaMarks } from './schema-version.ts';

const SETTINGS_META_KEYS: ReadonlySet<string> = new Set([SETTINGS_UPDATED_AT_KEY]);

function settingsTime(map: RootMap): number | undefined {
  const parsed = EpochMsSchema.safeParse(map.get(SETTINGS_UPDATED_AT_KEY));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The whole library as plain validated objects (DOC14). Never throws: anything malformed is
 * skipped and listed in `issues`; the output is identical on replicas with identical state.
 */
export function readLibrary(doc: Doc): Library {
  const roots = libraryRoots(doc);
  const issues: ReadIssue[] = [];
  const marks = scanSchemaMarks(roots.meta);
  for (const key of marks.malformedKeys) issues.push({ kind: 'meta', key, reason: 'malformed schema version mark' });

  const songs = readFieldEntities(songMaps(doc), songReader, issues);
  const sections = readFieldEntities(sectionMaps(doc), sectionReader, issues);
  const counters = readPracticeStats(roots.practiceStats, issues);

  const chordsBySection = readChordsBySection(roots.chords, sections, issues);
  const tempoBySong = new Map<string, TempoEvent[]>();
  readWholeEntities(roots.tempoEvents, StoredTempoEventSchema, 'tempoEvent', issues).forEach((event, id) => {
    if (songs.has(event.songId)) pushTo(tempoBySong, event.songId, event);
    else issues.push({ kind: 'tempoEvent', key: id, reason: `song ${event.songId} is missing` });
  });
  const { live, deleted } = assembleSongs({ songs, sections, chordsBySection, tempoBySong, counters }, issues);

  const preferences = readSettingsMap(roots.preferences, PreferencesSchema, 'preferences', issues, SETTINGS_META_KEYS);
  const metronome = readSettingsMap(roots.metronome, MetronomeSettingsSchema, 'metronome', issues, SETTINGS_META_KEYS);
  const times = [settingsTime(roots.preferences), settingsTime(roots.metronome)].filter((t) => t !== undefined);
  return {
    schemaVersion: marks.version,
    compatibility: compatibilityOf(marks.version),
    songs: live,
    deletedSongs: deleted,
    preferences,
    metronome,
    ...(times.length > 0 ? { settingsUpdatedAt: Math.max(...times) } : {}),
    issues: sortIssues(issues),
  };
}
