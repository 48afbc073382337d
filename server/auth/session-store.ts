import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { parseUserRow, USER_COLUMNS, type UserRecord } from './user-store.ts';

/** A session row; `id` is the SHA-256 hex of the token, the token itself is never stored. */
export type SessionRecord = {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  absoluteExpiresAt: number;
};

const SessionRow = z.object({
  session_id: z.string(),
  user_id: z.string(),
  session_created_at: z.date(),
  expires_at: z.date(),
  absolute_expires_at: z.date(),
});

export async function insertSession(db: Queryable, session: SessionRecord): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id, user_id, created_at, last_refreshed_at, expires_at, absolute_expires_at)
     VALUES ($1, $2, $3, $3, $4, $5)`,
    [session.id, session.userId, new Date(session.createdAt), new Date(session.expiresAt), new Date(session.absoluteExpiresAt)],
  );
}

/** The session with this id and its user, in one round trip. */
export async function findSessionAndUser(db: Queryable, id: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const { rows } = await db.query(
    `SELECT s.id AS session_id, s.user_id, s.created_at AS session_created_at, s.expires_at, s.absolute_expires_at, ${USER_COLUMNS}
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const s = SessionRow.parse(row);
  return {
    session: {
      id: s.session_id,
      userId: s.user_id,
      createdAt: s.session_created_at.getTime(),
      expiresAt: s.expires_at.getTime(),
      absoluteExpiresAt: s.absolute_expires_at.getTime(),
    },
    user: parseUserRow(row),
  };
}

/** The sessions among `ids` that exist (without their users), in one round trip. */
export async function findSessions(db: Queryable, ids: readonly string[]): Promise<SessionRecord[]> {
  const { rows } = await db.query(
    `SELECT id AS session_id, user_id, created_at AS session_created_at, expires_at, absolute_expires_at FROM sessions WHERE id = ANY($1::text[])`,
    [ids],
  );
  return rows.map((row) => {
    const s = SessionRow.parse(row);
    return { id: s.session_id, userId: s.user_id, createdAt: s.session_created_at.getTime(), expiresAt: s.expires_at.getTime(), absoluteExpiresAt: s.absolute_expires_at.getTime() };
  });
}

/** Slides the expiry of several sessions in one statement. */
export async function updateSessionExpiries(db: Queryable, updates: readonly { id: string; expiresAt: number }[], now: number): Promise<void> {
  await db.query(
    `UPDATE sessions SET expires_at = to_timestamp(v.expires_ms / 1000.0), last_refreshed_at = $3
       FROM unnest($1::text[], $2::float8[]) AS v (id, expires_ms) WHERE sessions.id = v.id`,
    [updates.map((u) => u.id), updates.map((u) => u.expiresAt), new Date(now)],
  );
}

/** Deletes several sessions in one statement. */
export async function deleteSessions(db: Queryable, ids: readonly string[]): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = ANY($1::text[])', [ids]);
}

export async function updateSessionExpiry(db: Queryable, id: string, expiresAt: number, now: number): Promise<void> {
  await db.query('UPDATE sessions SET expires_at = $2, last_refreshed_at = $3 WHERE id = $1', [id, new Date(expiresAt), new Date(now)]);
}

/** Deletes one session; true when it existed. */
export async function deleteSession(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM sessions WHERE id = $1', [id]);
  return rowCount === 1;
}

/** Deletes every session of a user except `keepId`; returns the ids that ended. */
export async function deleteUserSessions(db: Queryable, userId: string, keepId: string | null = null): Promise<string[]> {
  const { rows } = await db.query(
    'DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR id <> $2::text) RETURNING id',
    [userId, keepId],
  );
  return rows.map((row) => z.object({ id: z.string() }).parse(row).id);
}

/** Removes sessions that can no longer be used; returns how many. */
export async function deleteExpiredSessions(db: Queryable, now: number): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM sessions WHERE expires_at <= $1 OR absolute_expires_at <= $1', [new Date(now)]);
  return rowCount;
}
