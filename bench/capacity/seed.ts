// Users, sessions and library documents written straight into the database: 10,000 sign-ups with
// argon2 would take minutes; a session row is what a sign-in leaves behind.
import { cookiePolicyFor, sessionCookieName } from '../../server/auth/session-cookie.ts';
import { newSessionTimes } from '../../server/auth/session-policy.ts';
import { generateSecretToken, hashSecretToken } from '../../server/auth/secret-token.ts';
import type { Database } from '../../server/db/database.ts';
import { libraryDocName } from '../../shared/library/index.ts';

export type SeededUser = { userId: string; cookie: string; doc: string };

const CHUNK = 1000;
const COOKIE_NAME = sessionCookieName(cookiePolicyFor(undefined));

/** `count` users, each with one session and (when `library` is given) a stored library document. */
export async function seedUsers(db: Database, count: number, library: Uint8Array | null, label: string): Promise<SeededUser[]> {
  const users: SeededUser[] = [];
  for (let start = 0; start < count; start += CHUNK) {
    const emails = Array.from({ length: Math.min(CHUNK, count - start) }, (_, i) => `${label}-${start + i}@capacity.example`);
    const inserted = await db.query('INSERT INTO users (email) SELECT unnest($1::text[]) RETURNING id', [emails]);
    const userIds = inserted.rows.map((row) => String(row.id));
    const tokens = userIds.map(() => generateSecretToken());
    const times = newSessionTimes(Date.now());
    await db.query(
      `INSERT INTO sessions (id, user_id, expires_at, absolute_expires_at)
       SELECT unnest($1::text[]), unnest($2::uuid[]), $3, $4`,
      [tokens.map(hashSecretToken), userIds, new Date(times.expiresAt), new Date(times.absoluteExpiresAt)],
    );
    const docs = userIds.map((id) => libraryDocName(id));
    if (library) {
      await db.query(
        `INSERT INTO yjs_documents (name, user_id, updates_since_snapshot, bytes_since_snapshot)
         SELECT unnest($1::text[]), unnest($2::uuid[]), 1, $3`,
        [docs, userIds, library.length],
      );
      await db.query('INSERT INTO yjs_updates (doc_name, update) SELECT unnest($1::text[]), $2', [docs, library]);
    }
    userIds.forEach((userId, i) => users.push({ userId, cookie: `${COOKIE_NAME}=${tokens[i]}`, doc: docs[i] ?? '' }));
  }
  return users;
}
