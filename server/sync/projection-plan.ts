import * as Y from 'yjs';
import {
  diffRows,
  projectLibrary,
  readLibrary,
  readPracticeLog,
  type DocKind,
  type ProjectedRows,
  type ReadIssue,
  type RowsDiff,
  type UserId,
} from '../../shared/library/index.ts';
import type { StoredProjection } from './projection-store.ts';
import { diffFingerprints, type RowsFingerprint } from './row-fingerprints.ts';

const isFingerprint = (previous: ProjectedRows | RowsFingerprint): previous is RowsFingerprint => typeof previous.preferences === 'number';

export type DocumentProjection = {
  rows: ProjectedRows;
  issues: ReadIssue[];
  /** Written by a newer release: this server must not project (or repair) what it does not understand. */
  newer: boolean;
};

let emptyLibrary: ReturnType<typeof readLibrary> | undefined;
const theEmptyLibrary = () => (emptyLibrary ??= readLibrary(new Y.Doc()));

/** The rows of a user with nothing in the document (the baseline of tables a document does not project to). */
export function emptyRows(userId: UserId): ProjectedRows {
  return projectLibrary(userId, theEmptyLibrary());
}

/** Reads a loaded document and projects it (SYNC10): the library to songs, sections, chords and preferences; the practice log to sessions. */
export function projectDocument(kind: DocKind, userId: UserId, doc: Y.Doc): DocumentProjection {
  if (kind === 'library') {
    const library = readLibrary(doc);
    return { rows: projectLibrary(userId, library), issues: library.issues, newer: library.compatibility === 'newer' };
  }
  const log = readPracticeLog(doc);
  return { rows: projectLibrary(userId, theEmptyLibrary(), log), issues: log.issues, newer: log.compatibility === 'newer' };
}

/**
 * What to write so the stored rows become `next` (SYNC10): the diff against the last written
 * projection (its rows, or only their fingerprint, which the projection mirror keeps), or, right
 * after a load, against the rows read back — then stored rows that no longer parse are deleted (or
 * rewritten, when `next` has them) and a missing preferences row is written.
 */
export function planProjection(
  kind: DocKind,
  previous: ProjectedRows | RowsFingerprint,
  next: ProjectedRows,
  stored?: StoredProjection,
  nextPrint?: RowsFingerprint,
): RowsDiff {
  const diff = isFingerprint(previous) ? diffFingerprints(previous, next, nextPrint) : diffRows(previous, next);
  if (kind !== 'library') diff.preferences = null;
  if (!stored) return diff;
  if (kind === 'library' && !stored.hasPreferences) diff.preferences = next.preferences;
  for (const key of ['songs', 'sections', 'chords', 'practiceSessions'] as const) {
    const nextIds = new Set(next[key].map((row) => row.id));
    const gone = stored.invalidIds[key].filter((id) => !nextIds.has(id));
    diff[key].deletes = [...new Set([...diff[key].deletes, ...gone])].sort();
  }
  return diff;
}
