import type { Library, MetronomeSettings, Preferences, SongWithSections } from '../../shared/library/index.ts';
import { fieldPatch, isEmptyPatch } from './field-patch.ts';
import type { DocOperation } from './operations.ts';
import { planSong } from './plan-song.ts';

export type LibrarySettings = { preferences: Preferences; metronome: MetronomeSettings };

/**
 * The state a restore brings (part of) the library to: these songs exactly as given, these songs
 * deleted (soft), and, when present, these settings. Songs not mentioned are left alone.
 */
export type RestoreTarget = {
  songs: SongWithSections[];
  absentSongIds: string[];
  settings?: LibrarySettings;
};

export type RestorePlan = {
  operations: DocOperation[];
  /** The target for undoing this plan: the touched songs and settings as `current` had them. */
  before: RestoreTarget;
};

const PREFERENCE_KEYS = ['playbackSpeed', 'preRollSeconds', 'postRollSeconds', 'autoLoop', 'showTimestamps', 'theme', 'countInBeats'] as const satisfies readonly (keyof Preferences)[];
const METRONOME_KEYS = [
  'bpm',
  'beatsPerMeasure',
  'beatUnit',
  'accentPattern',
  'clickSound',
  'accentSound',
  'subdivision',
  'volume',
  'muted',
  'visualOnly',
  'latencyOffsetMs',
] as const satisfies readonly (keyof MetronomeSettings)[];

function planSettings(current: Library, target: LibrarySettings): DocOperation[] {
  const ops: DocOperation[] = [];
  const preferences = fieldPatch(current.preferences, target.preferences, PREFERENCE_KEYS);
  if (!isEmptyPatch(preferences)) ops.push({ kind: 'setPreferences', patch: preferences });
  const metronome = fieldPatch(current.metronome, target.metronome, METRONOME_KEYS);
  if (!isEmptyPatch(metronome)) ops.push({ kind: 'setMetronome', patch: metronome });
  return ops;
}

/**
 * Diffs the library as it is against a restore target (pure): the accessor calls to make, and
 * the state they replace, so that restoring `before` undoes them.
 */
export function planRestore(current: Library, target: RestoreTarget): RestorePlan {
  const currentSongs = new Map<string, SongWithSections>([...current.songs, ...current.deletedSongs].map((song) => [song.id, song]));
  const operations: DocOperation[] = [];
  const before: RestoreTarget = { songs: [], absentSongIds: [] };
  const touched = (id: string) => {
    const song = currentSongs.get(id);
    if (song) before.songs.push(song);
    else before.absentSongIds.push(id);
  };
  for (const song of target.songs) {
    const ops = planSong(currentSongs.get(song.id), song);
    if (ops.length === 0) continue;
    operations.push(...ops);
    touched(song.id);
  }
  for (const id of target.absentSongIds) {
    const song = currentSongs.get(id);
    if (!song || song.deletedAt !== undefined) continue;
    operations.push({ kind: 'deleteSong', id });
    touched(id);
  }
  if (target.settings) {
    const ops = planSettings(current, target.settings);
    if (ops.length > 0) {
      operations.push(...ops);
      before.settings = { preferences: current.preferences, metronome: current.metronome };
    }
  }
  return { operations, before };
}

/** The target that brings the whole library back to `point`: its songs and settings; later songs deleted. */
export function wholeLibraryTarget(point: Library, current: Library): RestoreTarget {
  const pointIds = new Set([...point.songs, ...point.deletedSongs].map((song) => song.id));
  return {
    songs: [...point.songs, ...point.deletedSongs],
    absentSongIds: current.songs.filter((song) => !pointIds.has(song.id)).map((song) => song.id),
    settings: { preferences: point.preferences, metronome: point.metronome },
  };
}
