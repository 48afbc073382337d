import { PracticeSessionRowSchema } from '../../shared/library/index.ts';
import { DEFAULT_PAGE_LIMIT } from '../../shared/rest/api-common.ts';
import type { ApiPracticeSession, PracticeSessionListQuery, PracticeSessionListResponse } from '../../shared/rest/practice-session-api.ts';
import type { Queryable } from '../db/database.ts';
import { apiPracticeSession } from './api-mappers.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { columnsOf, parseRows } from './projection-rows.ts';

const COLUMNS = columnsOf(PracticeSessionRowSchema);

/** `GET /api/practice-sessions`: newest first, keyset pagination on (started_at, id). */
export async function listPracticeSessions(db: Queryable, userId: string, query: PracticeSessionListQuery): Promise<PracticeSessionListResponse> {
  const listing = JSON.stringify([query.songId ?? null, query.from ?? null, query.to ?? null]);
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, listing, 'timestamp');
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const params: unknown[] = [userId];
  const where = ['user_id = $1'];
  const add = (condition: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (query.songId !== undefined) add((p) => `song_id = ${p}::uuid`, query.songId);
  if (query.from !== undefined) add((p) => `started_at >= ${p}::timestamptz`, new Date(query.from));
  if (query.to !== undefined) add((p) => `started_at < ${p}::timestamptz`, new Date(query.to));
  if (cursor) {
    params.push(cursor.v, cursor.id);
    where.push(`(started_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(limit + 1);
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM practice_sessions WHERE ${where.join(' AND ')} ORDER BY started_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const sessions = parseRows(PracticeSessionRowSchema, rows.slice(0, limit));
  const last = sessions.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ l: listing, v: last.started_at, id: last.id }) : null;
  return { practiceSessions: sessions.map(apiPracticeSession), nextCursor };
}

/** One of the user's practice sessions, or null. */
export async function readPracticeSession(db: Queryable, userId: string, id: string): Promise<ApiPracticeSession | null> {
  const [row] = parseRows(PracticeSessionRowSchema, (await db.query(`SELECT ${COLUMNS} FROM practice_sessions WHERE user_id = $1 AND id = $2`, [userId, id])).rows);
  return row ? apiPracticeSession(row) : null;
}
