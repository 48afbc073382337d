import { SETTINGS_UPDATED_AT_KEY } from './accessors-settings.ts';
import type { Library } from './library-model.ts';
import { readSettingsMap } from './read-entities.ts';
import type { ReadIssue } from './read-issues.ts';
import type { LibraryRoots, RootMap } from './roots.ts';
import { EpochMsSchema } from './schema-primitives.ts';
import { MetronomeSettingsSchema, PreferencesSchema } from './schema-settings.ts';
import { compatibilityOf, scanSchemaMarks } from './schema-version.ts';

const SETTINGS_META_KEYS: ReadonlySet<string> = new Set([SETTINGS_UPDATED_AT_KEY]);

export type LibrarySettings = Pick<Library, 'schemaVersion' | 'compatibility' | 'preferences' | 'metronome' | 'settingsUpdatedAt'> & {
  issues: ReadIssue[];
};

/** Schema version, preferences and metronome settings, as readLibrary reads them (DOC9, DOC13, DOC14). */
export function readLibrarySettings(roots: LibraryRoots): LibrarySettings {
  const issues: ReadIssue[] = [];
  const marks = scanSchemaMarks(roots.meta);
  for (const key of marks.malformedKeys) issues.push({ kind: 'meta', key, reason: 'malformed schema version mark' });
  const preferences = readSettingsMap(roots.preferences, PreferencesSchema, 'preferences', issues, SETTINGS_META_KEYS);
  const metronome = readSettingsMap(roots.metronome, MetronomeSettingsSchema, 'metronome', issues, SETTINGS_META_KEYS);
  const times = [settingsTime(roots.preferences), settingsTime(roots.metronome)].filter((t) => t !== undefined);
  return {
    schemaVersion: marks.version,
    compatibility: compatibilityOf(marks.version),
    preferences,
    metronome,
    ...(times.length > 0 ? { settingsUpdatedAt: Math.max(...times) } : {}),
    issues,
  };
}

function settingsTime(map: RootMap): number | undefined {
  const parsed = EpochMsSchema.safeParse(map.get(SETTINGS_UPDATED_AT_KEY));
  return parsed.success ? parsed.data : undefined;
}
