import type { PreferencesRow, ProjectedRows } from './schema-rows.ts';
import { jsonEqual } from './stored-values.ts';

export interface TableDiff<Row> {
  /** Inserted or changed rows, by id. */
  upserts: Row[];
  /** Ids of rows that are gone. */
  deletes: string[];
}

/** Only what changed between two projections (DOC16); apply upserts parents-first, deletes children-first. */
export interface RowsDiff {
  songs: TableDiff<ProjectedRows['songs'][number]>;
  sections: TableDiff<ProjectedRows['sections'][number]>;
  chords: TableDiff<ProjectedRows['chords'][number]>;
  practiceSessions: TableDiff<ProjectedRows['practiceSessions'][number]>;
  /** The preferences row to write, or null when unchanged. */
  preferences: PreferencesRow | null;
}

function diffTable<Row extends { id: string }>(previous: readonly Row[], next: readonly Row[]): TableDiff<Row> {
  const before = new Map(previous.map((row) => [row.id, row]));
  const upserts = next.filter((row) => {
    const old = before.get(row.id);
    before.delete(row.id);
    return old === undefined || !jsonEqual(old, row);
  });
  return { upserts, deletes: [...before.keys()].sort() };
}

/** Rows to write so that a store holding `previous` (null: nothing yet) ends up holding `next`. */
export function diffRows(previous: ProjectedRows | null, next: ProjectedRows): RowsDiff {
  return {
    songs: diffTable(previous?.songs ?? [], next.songs),
    sections: diffTable(previous?.sections ?? [], next.sections),
    chords: diffTable(previous?.chords ?? [], next.chords),
    practiceSessions: diffTable(previous?.practiceSessions ?? [], next.practiceSessions),
    preferences: previous !== null && jsonEqual(previous.preferences, next.preferences) ? null : next.preferences,
  };
}

export function isEmptyDiff(diff: RowsDiff): boolean {
  const tables = [diff.songs, diff.sections, diff.chords, diff.practiceSessions];
  return diff.preferences === null && tables.every((table) => table.upserts.length === 0 && table.deletes.length === 0);
}
