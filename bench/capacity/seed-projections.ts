// The projection rows a library leaves behind once synced (SYNC10), for seeded users: the first user's
// written by the server's own projection code, then copied to the others in SQL. Idle users of a
// running service have them already; 10,000 first projections at once would be another benchmark.
import * as Y from 'yjs';
import type { Database } from '../../server/db/database.ts';
import { emptyRows, planProjection, projectDocument } from '../../server/sync/projection-plan.ts';
import { writeProjection } from '../../server/sync/projection-store.ts';
import { UserIdSchema } from '../../shared/library/index.ts';
import type { SeededUser } from './seed.ts';

const TABLES = ['songs', 'sections', 'chords', 'user_preferences'] as const;
const CHUNK = 1000;

export async function seedProjections(db: Database, users: readonly SeededUser[], library: Uint8Array): Promise<void> {
  const [template, ...others] = users;
  if (!template) return;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, library);
  const userId = UserIdSchema.parse(template.userId);
  const empty = emptyRows(userId);
  const projection = projectDocument('library', userId, doc);
  const diff = planProjection('library', empty, projection.rows, {
    rows: empty,
    invalidIds: { songs: [], sections: [], chords: [], practiceSessions: [] },
    hasPreferences: false,
  });
  await writeProjection(db, { docName: template.doc, userId, kind: 'library', diff, stateVector: Y.encodeStateVector(doc) });
  doc.destroy();

  for (const table of TABLES) {
    const { rows } = await db.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position', [table]);
    const columns = rows.map((row) => String(row.column_name));
    const selected = columns.map((column) => (column === 'user_id' ? 'u.id' : `t.${column}`));
    for (let start = 0; start < others.length; start += CHUNK) {
      const ids = others.slice(start, start + CHUNK).map((user) => user.userId);
      await db.query(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${selected.join(', ')} FROM ${table} t CROSS JOIN unnest($1::uuid[]) AS u(id) WHERE t.user_id = $2`,
        [ids, template.userId],
      );
    }
  }
  await db.query(
    `UPDATE yjs_documents SET projected_state_vector = (SELECT projected_state_vector FROM yjs_documents WHERE name = $2), projected_at = now() WHERE name = ANY($1::text[])`,
    [others.map((user) => user.doc), template.doc],
  );
}
