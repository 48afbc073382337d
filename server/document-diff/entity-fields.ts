import type { Chord, Section, Song, TempoEvent } from '../../shared/library/index.ts';

// The fields a user edits, per entity: what a plan compares and writes (ids, times, order and
// practice counters are not content a restore rewinds).
export const SONG_FIELDS = ['title', 'artist', 'album', 'durationSeconds', 'bpm', 'key', 'timeSignature', 'tags', 'notes'] as const satisfies readonly (keyof Song)[];
export const SECTION_FIELDS = ['name', 'type', 'bars', 'bpm', 'timeSignature', 'confidence', 'color', 'notes'] as const satisfies readonly (keyof Section)[];
export const CHORD_FIELDS = ['bar', 'beat', 'durationBeats', 'root', 'quality', 'extensions', 'bass'] as const satisfies readonly (keyof Chord)[];
export const TEMPO_FIELDS = ['bar', 'beat', 'bpm', 'timeSignature', 'change', 'rampBeats'] as const satisfies readonly (keyof TempoEvent)[];

/** The listed fields of `entity` that are set. */
export function pickFields<T extends object, K extends keyof T>(entity: T, fields: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const field of fields) if (entity[field] !== undefined) picked[field] = entity[field];
  // Every listed field is copied when set; the unset ones are optional in T.
  return picked as Pick<T, K>;
}
