import type { AuthDeps } from '../auth/auth-deps.ts';
import { requireSession } from '../auth/request-auth.ts';
import type { Queryable } from '../db/database.ts';
import { readRoute } from '../guards/guarded-route.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { findUserTables, selectUserRows } from './user-tables.ts';

export const EXPORT_FORMAT = 'metmap-export/1';

/** Secrets stay out of the export: credential hashes and the session ids (which are token hashes). */
function isSecretColumn(table: string, column: string): boolean {
  return column.endsWith('_hash') || (table === 'sessions' && column === 'id');
}

/** JSON-safe values: timestamps as ISO strings, bytes (Yjs updates and snapshots) as base64. */
function exportValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return value;
}

function exportRow(table: string, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !isSecretColumn(table, column)).map(([c, v]) => [c, exportValue(v)]));
}

/**
 * Everything stored for a user, table by table: the account, sessions (without ids), provider
 * links, the Yjs documents with their stored updates and snapshots (base64 Yjs binary), and the
 * relational projections. Read in one transaction, so it is a consistent picture.
 */
export async function buildAccountExport(db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> }, userId: string, now: number) {
  return db.transaction(async (tx) => {
    const tables: Record<string, Record<string, unknown>[]> = {};
    const { rows: users } = await tx.query('SELECT * FROM users WHERE id = $1', [userId]);
    tables.users = users.map((row) => exportRow('users', row));
    for (const table of await findUserTables(tx)) {
      tables[table.table] = (await selectUserRows(tx, table, userId)).map((row) => exportRow(table.table, row));
    }
    return { format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), userId, tables };
  });
}

/** `GET /api/account/export` → the export as a JSON download. */
export function exportAccountHandler(deps: AuthDeps): Handler {
  return readRoute(async (req, res, ctx) => {
    const { user } = await requireSession(req, res, deps);
    const now = deps.clock();
    const body = await buildAccountExport(deps.db, user.id, now);
    ctx.log.info({ userId: user.id }, 'account exported');
    const day = new Date(now).toISOString().slice(0, 10);
    sendJson(res, 200, body, { 'content-disposition': `attachment; filename="metmap-export-${day}.json"` });
  });
}
