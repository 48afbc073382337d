import type { Doc } from 'yjs';
import { libraryRoots, type RootMap } from './roots.ts';
import {
  MetronomeSettingsPatchSchema,
  PreferencesPatchSchema,
  type MetronomeSettingsPatch,
  type PreferencesPatch,
} from './schema-settings.ts';
import { assertWritable } from './schema-version.ts';
import { jsonEqual } from './stored-values.ts';
import { parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

/** Key in the preferences and metronome maps holding the last change time. */
export const SETTINGS_UPDATED_AT_KEY = 'updatedAt';

// Settings maps hold one key per setting (DOC13): concurrent changes of different settings merge.
function setFields(doc: Doc, map: RootMap, patch: Record<string, unknown>, options: WriteOptions | undefined): void {
  const changed = Object.entries(patch).filter(([key, value]) => value !== undefined && !jsonEqual(map.get(key), value));
  if (changed.length === 0) return;
  writeTransaction(doc, options, (now) => {
    for (const [key, value] of changed) map.set(key, value);
    map.set(SETTINGS_UPDATED_AT_KEY, now);
  });
}

export function setPreferences(doc: Doc, patch: PreferencesPatch, options?: WriteOptions): void {
  assertWritable(doc);
  setFields(doc, libraryRoots(doc).preferences, parseInput(PreferencesPatchSchema, patch, 'preferences'), options);
}

export function setMetronomeSettings(doc: Doc, patch: MetronomeSettingsPatch, options?: WriteOptions): void {
  assertWritable(doc);
  setFields(doc, libraryRoots(doc).metronome, parseInput(MetronomeSettingsPatchSchema, patch, 'metronome settings'), options);
}
