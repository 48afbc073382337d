import { z } from 'zod';
import type { Queryable } from '../db/database.ts';

/** How a table's rows belong to a user: a `user_id` column, or a `doc_name` of one of their documents. */
export type UserTable = { table: string; ownedBy: 'user_id' | 'doc_name' };

const ColumnRow = z.object({ table_name: z.string(), column_name: z.string() });
const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Every table holding a user's data, found in the catalog rather than listed by hand, so a table a
 * later migration adds is exported (and checked by the deletion test) without anyone remembering to.
 */
export async function findUserTables(db: Queryable): Promise<UserTable[]> {
  const { rows } = await db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
       AND c.column_name IN ('user_id', 'doc_name')
     ORDER BY c.table_name`,
  );
  const byTable = new Map<string, Set<string>>();
  for (const row of rows) {
    const { table_name, column_name } = ColumnRow.parse(row);
    if (!SAFE_IDENTIFIER.test(table_name)) throw new Error(`unexpected table name ${JSON.stringify(table_name)}`);
    byTable.set(table_name, (byTable.get(table_name) ?? new Set()).add(column_name));
  }
  return [...byTable].map(([table, columns]) => ({ table, ownedBy: columns.has('user_id') ? 'user_id' : 'doc_name' }));
}

/** The rows of `table` that belong to `userId`. */
export async function selectUserRows(db: Queryable, { table, ownedBy }: UserTable, userId: string): Promise<Record<string, unknown>[]> {
  const sql =
    ownedBy === 'user_id'
      ? `SELECT * FROM "${table}" WHERE user_id = $1`
      : `SELECT t.* FROM "${table}" t JOIN yjs_documents d ON d.name = t.doc_name WHERE d.user_id = $1`;
  const { rows } = await db.query(sql, [userId]);
  return rows;
}
