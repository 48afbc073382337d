import { expect } from 'vitest';
import { libraryDocName, practiceDocName, type DocKind, type UserId, UserIdSchema } from '../../shared/library/index.ts';
import type { Database } from '../../server/db/database.ts';
import { emptyRows, projectDocument } from '../../server/sync/projection-plan.ts';
import { readStoredProjection } from '../../server/sync/projection-store.ts';
import { loadStoredDoc } from './sync-harness.ts';

/**
 * SYNC10: the projection rows equal the projection of the document as PostgreSQL stores it.
 * Call after `sync.settle()`.
 */
export async function expectProjectionOfStoredDocument(db: Database, userIdText: string, kinds: DocKind[] = ['library']): Promise<void> {
  const userId: UserId = UserIdSchema.parse(userIdText);
  for (const kind of kinds) {
    const name = kind === 'library' ? libraryDocName(userId) : practiceDocName(userId);
    const expected = projectDocument(kind, userId, await loadStoredDoc(db, name)).rows;
    const actual = await readStoredProjection(db, userId, kind, emptyRows(userId));
    if (kind === 'library') {
      expect(actual.invalidIds).toEqual({ songs: [], sections: [], chords: [], practiceSessions: [] });
      expect({ songs: actual.rows.songs, sections: actual.rows.sections, chords: actual.rows.chords }).toEqual({
        songs: expected.songs,
        sections: expected.sections,
        chords: expected.chords,
      });
      expect(actual.hasPreferences).toBe(true);
      expect(actual.rows.preferences).toEqual(expected.preferences);
    } else {
      expect(actual.rows.practiceSessions).toEqual(expected.practiceSessions);
    }
  }
}
