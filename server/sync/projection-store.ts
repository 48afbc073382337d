import type { z } from 'zod';
import {
  ChordRowSchema,
  PracticeSessionRowSchema,
  PreferencesRowSchema,
  SectionRowSchema,
  SongRowSchema,
  type DocKind,
  type ProjectedRows,
  type RowsDiff,
} from '../../shared/library/index.ts';
import type { Database, Queryable, Row } from '../db/database.ts';
import {
  CHORDS_TABLE,
  PRACTICE_SESSIONS_TABLE,
  SECTIONS_TABLE,
  SONGS_TABLE,
  projectsPreferences,
  tablesOf,
  type EntityTable,
} from './projection-tables.ts';

/** The rows stored for a user, as the baseline of the first diff after a load (SYNC10). */
export type StoredProjection = {
  /** Valid rows; tables the document does not project to are empty. */
  rows: ProjectedRows;
  /** Stored rows that no longer parse (e.g. written by an older release): deleted or rewritten. */
  invalidIds: Record<EntityTable['key'], string[]>;
  /** False when there is no (valid) preferences row yet. */
  hasPreferences: boolean;
};

const ROWS_PER_STATEMENT = 1_000;

/** timestamptz comes back as Date; the row schemas hold ISO-8601 strings, as projectLibrary writes them. */
function normalize(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}

async function readTable<S extends z.ZodType>(db: Queryable, table: EntityTable, schema: S, userId: string) {
  const { rows } = await db.query(`SELECT ${table.columns.join(', ')} FROM ${table.sql} WHERE user_id = $1 ORDER BY id`, [userId]);
  const valid: z.output<S>[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(normalize(row));
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(String(row.id));
  }
  return { valid, invalid };
}

/** Reads the rows a document projects to, parsing each with its row schema. */
export async function readStoredProjection(db: Queryable, userId: string, kind: DocKind, empty: ProjectedRows): Promise<StoredProjection> {
  const invalidIds: StoredProjection['invalidIds'] = { songs: [], sections: [], chords: [], practiceSessions: [] };
  if (kind === 'practice') {
    const sessions = await readTable(db, PRACTICE_SESSIONS_TABLE, PracticeSessionRowSchema, userId);
    invalidIds.practiceSessions = sessions.invalid;
    return { rows: { ...empty, practiceSessions: sessions.valid }, invalidIds, hasPreferences: true };
  }
  const songs = await readTable(db, SONGS_TABLE, SongRowSchema, userId);
  const sections = await readTable(db, SECTIONS_TABLE, SectionRowSchema, userId);
  const chords = await readTable(db, CHORDS_TABLE, ChordRowSchema, userId);
  Object.assign(invalidIds, { songs: songs.invalid, sections: sections.invalid, chords: chords.invalid });
  const { rows } = await db.query('SELECT user_id, preferences, metronome_settings, updated_at FROM user_preferences WHERE user_id = $1', [userId]);
  const preferences = rows[0] ? PreferencesRowSchema.safeParse(normalize(rows[0])) : undefined;
  return {
    rows: { ...empty, songs: songs.valid, sections: sections.valid, chords: chords.valid, ...(preferences?.success ? { preferences: preferences.data } : {}) },
    invalidIds,
    hasPreferences: preferences?.success === true,
  };
}

function cellValue(table: EntityTable, row: object, column: string): unknown {
  const value: unknown = Reflect.get(row, column);
  return table.json.has(column) ? JSON.stringify(value) : value;
}

async function upsertRows(tx: Queryable, table: EntityTable, rows: readonly object[]): Promise<void> {
  const { columns } = table;
  const updates = columns.filter((c) => c !== 'id' && c !== 'user_id').map((c) => `${c} = EXCLUDED.${c}`);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    const params = chunk.flatMap((row) => columns.map((column) => cellValue(table, row, column)));
    await tx.query(
      `INSERT INTO ${table.sql} (${columns.join(', ')}) VALUES ${values} ON CONFLICT (user_id, id) DO UPDATE SET ${updates.join(', ')}`,
      params,
    );
  }
}

/** The part of a RowsDiff that one table gets. */
function tableDiff(diff: RowsDiff, key: EntityTable['key']): { upserts: readonly object[]; deletes: readonly string[] } {
  return diff[key];
}

/**
 * Writes a diff and the state it was derived from in one transaction (SYNC10): deletes children
 * first, upserts parents first, then records the document's state vector.
 */
export async function writeProjection(
  db: Database,
  write: { docName: string; userId: string; kind: DocKind; diff: RowsDiff; stateVector: Uint8Array },
): Promise<void> {
  const tables = tablesOf(write.kind);
  await db.transaction(async (tx) => {
    for (const table of [...tables].reverse()) {
      const { deletes } = tableDiff(write.diff, table.key);
      if (deletes.length > 0) await tx.query(`DELETE FROM ${table.sql} WHERE user_id = $1 AND id = ANY($2::uuid[])`, [write.userId, [...deletes]]);
    }
    for (const table of tables) {
      const { upserts } = tableDiff(write.diff, table.key);
      if (upserts.length > 0) await upsertRows(tx, table, upserts);
    }
    const preferences = write.diff.preferences;
    if (preferences !== null && projectsPreferences(write.kind)) {
      await tx.query(
        `INSERT INTO user_preferences (user_id, preferences, metronome_settings, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET preferences = EXCLUDED.preferences, metronome_settings = EXCLUDED.metronome_settings, updated_at = EXCLUDED.updated_at`,
        [preferences.user_id, JSON.stringify(preferences.preferences), JSON.stringify(preferences.metronome_settings), preferences.updated_at],
      );
    }
    await tx.query('UPDATE yjs_documents SET projected_state_vector = $2, projected_at = now() WHERE name = $1', [write.docName, write.stateVector]);
  });
}
