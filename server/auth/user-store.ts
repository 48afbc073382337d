import { z } from 'zod';
import type { AuthUser } from '../../shared/auth/auth-api.ts';
import type { Queryable } from '../db/database.ts';

/** A user as the auth code sees it (the password hash never leaves the server). */
export type UserRecord = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: boolean;
  passwordHash: string | null;
};

export const USER_COLUMNS = 'u.id, u.email, u.name, u.email_verified, u.password_hash';

const UserRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  email_verified: z.boolean(),
  password_hash: z.string().nullable(),
});

/** Parses a row selected with USER_COLUMNS (possibly among other columns). */
export function parseUserRow(row: unknown): UserRecord {
  const r = UserRow.parse(row);
  return { id: r.id, email: r.email, name: r.name, emailVerified: r.email_verified, passwordHash: r.password_hash };
}

/** What the API shows of a user. */
export function publicUser(user: UserRecord): AuthUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRecord | null> {
  const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.email = $1`, [email]);
  return rows[0] ? parseUserRow(rows[0]) : null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | null> {
  const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
  return rows[0] ? parseUserRow(rows[0]) : null;
}

export type NewUser = { email: string; name: string | null; passwordHash: string | null; emailVerified: boolean };

/** Inserts a user; null when the email is taken (checked by the unique constraint, so races are safe). */
export async function insertUser(db: Queryable, user: NewUser, now: number): Promise<UserRecord | null> {
  const { rows } = await db.query(
    `INSERT INTO users AS u (email, name, password_hash, email_verified, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (email) DO NOTHING
     RETURNING ${USER_COLUMNS}`,
    [user.email, user.name, user.passwordHash, user.emailVerified, new Date(now)],
  );
  return rows[0] ? parseUserRow(rows[0]) : null;
}

export async function setUserPasswordHash(db: Queryable, userId: string, passwordHash: string | null, now: number): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1', [userId, passwordHash, new Date(now)]);
}

export async function setUserName(db: Queryable, userId: string, name: string | null, now: number): Promise<UserRecord | null> {
  const { rows } = await db.query(
    `UPDATE users AS u SET name = $2, updated_at = $3 WHERE u.id = $1 RETURNING ${USER_COLUMNS}`,
    [userId, name, new Date(now)],
  );
  return rows[0] ? parseUserRow(rows[0]) : null;
}

/** Marks the email verified, but only if it is still `email` (the address the link was sent to). */
export async function markEmailVerified(db: Queryable, userId: string, email: string, now: number): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE users SET email_verified = true, updated_at = $3 WHERE id = $1 AND email = $2',
    [userId, email, new Date(now)],
  );
  return rowCount === 1;
}

/** Deletes the user; every row they own goes with it through ON DELETE CASCADE. */
export async function deleteUser(db: Queryable, userId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM users WHERE id = $1', [userId]);
  return rowCount === 1;
}
