import type { z } from 'zod';
import {
  ChordRowSchema,
  PracticeSessionRowSchema,
  SectionRowSchema,
  SongRowSchema,
  type DocKind,
} from '../../shared/library/index.ts';

/** The per-entity projection tables (migrations/0002_projections.sql), keyed (user_id, id). */
export type EntityTable = {
  key: 'songs' | 'sections' | 'chords' | 'practiceSessions';
  sql: string;
  schema: z.ZodObject;
  columns: string[];
  /** Columns passed as JSON text (jsonb). */
  json: ReadonlySet<string>;
};

const table = (key: EntityTable['key'], sql: string, schema: z.ZodObject, json: string[] = []): EntityTable => ({
  key,
  sql,
  schema,
  columns: Object.keys(schema.shape),
  json: new Set(json),
});

export const SONGS_TABLE = table('songs', 'songs', SongRowSchema, ['tempo_map']);
export const SECTIONS_TABLE = table('sections', 'sections', SectionRowSchema);
export const CHORDS_TABLE = table('chords', 'chords', ChordRowSchema);
export const PRACTICE_SESSIONS_TABLE = table('practiceSessions', 'practice_sessions', PracticeSessionRowSchema);

// Parents before children: upserts run in this order, deletes in the reverse one.
const LIBRARY_TABLES: readonly EntityTable[] = [SONGS_TABLE, SECTIONS_TABLE, CHORDS_TABLE];
const PRACTICE_TABLES: readonly EntityTable[] = [PRACTICE_SESSIONS_TABLE];

/** Which tables a document projects to (SYNC10): the library document all but practice sessions. */
export function tablesOf(kind: DocKind): readonly EntityTable[] {
  return kind === 'library' ? LIBRARY_TABLES : PRACTICE_TABLES;
}

/** Only the library document carries preferences. */
export function projectsPreferences(kind: DocKind): boolean {
  return kind === 'library';
}
