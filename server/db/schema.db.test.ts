import { describe, expect, it, onTestFinished } from 'vitest';
import { testDatabaseTargets, type TestDatabaseTarget } from '../../test/db.ts';
import type { Database } from './database.ts';
import { MIGRATIONS_DIR } from './migration-files.ts';
import { runMigrations } from './migrate.ts';
import { sqlErrorOf, SqlState } from './sql-error.ts';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const HASH_C = 'c'.repeat(64);

async function migratedDatabase(target: TestDatabaseTarget): Promise<Database> {
  const { db, cleanup } = await target.create();
  onTestFinished(cleanup);
  await runMigrations(db, MIGRATIONS_DIR);
  return db;
}

async function createUser(db: Database, email: string): Promise<string> {
  const { rows } = await db.query('INSERT INTO users (email) VALUES ($1) RETURNING id', [email]);
  return String(rows[0]?.id);
}

async function count(db: Database, table: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

for (const target of testDatabaseTargets()) {
  describe(`0001_init schema: ${target.kind}`, () => {
    it('SCH1: deleting a user deletes everything the user owns, documents and their history included', async () => {
      const db = await migratedDatabase(target);
      const [alice, bob] = [await createUser(db, 'alice@example.com'), await createUser(db, 'bob@example.com')];
      for (const [user, hash, doc] of [
        [alice, HASH_A, `library:${alice}`],
        [bob, HASH_B, `library:${bob}`],
      ] as const) {
        await db.query("INSERT INTO sessions (id, user_id, expires_at, absolute_expires_at) VALUES ($1, $2, now() + interval '30 days', now() + interval '1 year')", [hash, user]);
        await db.query("INSERT INTO oauth_accounts (provider, provider_user_id, user_id) VALUES ('github', $1, $2)", [hash, user]);
        await db.query("INSERT INTO email_tokens (token_hash, user_id, purpose, email, expires_at) VALUES ($1, $2, 'verify_email', 'x@example.com', now())", [hash, user]);
        await db.query('INSERT INTO share_links (token_hash, user_id, song_id) VALUES ($1, $2, gen_random_uuid())', [hash, user]);
        await db.query('INSERT INTO yjs_documents (name, user_id) VALUES ($1, $2)', [doc, user]);
        await db.query('INSERT INTO yjs_updates (doc_name, update) VALUES ($1, $2)', [doc, new Uint8Array([1, 2, 3])]);
        await db.query("INSERT INTO yjs_snapshots (doc_name, kind, seq, state, state_vector) VALUES ($1, 'compacted', 0, $2, $3)", [doc, new Uint8Array([0]), new Uint8Array([0])]);
      }
      const tables = ['sessions', 'oauth_accounts', 'email_tokens', 'share_links', 'yjs_documents', 'yjs_updates', 'yjs_snapshots'];
      for (const table of tables) expect(await count(db, table), table).toBe(2);

      await db.query('DELETE FROM users WHERE id = $1', [alice]);

      for (const table of tables) expect(await count(db, table), table).toBe(1);
      const { rows } = await db.query('SELECT user_id FROM sessions');
      expect(rows).toEqual([{ user_id: bob }]);
    });

    it('SCH2: one account per address, stored lower-case', async () => {
      const db = await migratedDatabase(target);
      await createUser(db, 'carol@example.com');
      expect(sqlErrorOf(await failure(createUser(db, 'carol@example.com')))).toEqual({ code: SqlState.uniqueViolation, constraint: 'users_email_key' });
      expect(sqlErrorOf(await failure(createUser(db, 'Carol@Example.com')))).toEqual({ code: SqlState.checkViolation, constraint: 'users_email_lower_case' });
      const { rows } = await db.query('SELECT email_verified, password_hash, created_at FROM users');
      expect(rows[0]).toMatchObject({ email_verified: false, password_hash: null });
      expect(rows[0]?.created_at).toBeInstanceOf(Date);
    });

    it('SCH3: only SHA-256 hex hashes of tokens can be stored, never a raw token', async () => {
      const db = await migratedDatabase(target);
      const user = await createUser(db, 'dave@example.com');
      const rawToken = 'k2x7-raw-session-token-from-the-cookie';
      const insertSession = (id: string) =>
        db.query("INSERT INTO sessions (id, user_id, expires_at, absolute_expires_at) VALUES ($1, $2, now(), now() + interval '1 day')", [id, user]);
      expect(sqlErrorOf(await failure(insertSession(rawToken)))?.code).toBe(SqlState.checkViolation);
      await insertSession(HASH_C);
      const insertLink = (hash: string) => db.query('INSERT INTO share_links (token_hash, user_id, song_id) VALUES ($1, $2, gen_random_uuid())', [hash, user]);
      expect(sqlErrorOf(await failure(insertLink(rawToken)))?.code).toBe(SqlState.checkViolation);
      const insertEmailToken = (hash: string, purpose: string) =>
        db.query('INSERT INTO email_tokens (token_hash, user_id, purpose, email, expires_at) VALUES ($1, $2, $3, $4, now())', [hash, user, purpose, 'dave@example.com']);
      expect(sqlErrorOf(await failure(insertEmailToken(rawToken, 'verify_email')))?.code).toBe(SqlState.checkViolation);
      expect(sqlErrorOf(await failure(insertEmailToken(HASH_A, 'login')))).toEqual({ code: SqlState.checkViolation, constraint: 'email_tokens_purpose_known' });
    });

    it('SCH4: the update log keeps bytes exactly and numbers them in commit order per document', async () => {
      const db = await migratedDatabase(target);
      const user = await createUser(db, 'erin@example.com');
      const doc = `library:${user}`;
      await db.query('INSERT INTO yjs_documents (name, user_id) VALUES ($1, $2)', [doc, user]);
      const updates = [new Uint8Array([0, 255, 1]), new Uint8Array(0), Uint8Array.from({ length: 70_000 }, (_, i) => i % 256)];
      const seqs: unknown[] = [];
      for (const update of updates) {
        const { rows } = await db.query('INSERT INTO yjs_updates (doc_name, update) VALUES ($1, $2) RETURNING seq', [doc, update]);
        seqs.push(rows[0]?.seq);
      }
      expect(seqs.every((seq) => typeof seq === 'number')).toBe(true);
      const { rows } = await db.query('SELECT seq, update FROM yjs_updates WHERE doc_name = $1 AND seq > $2 ORDER BY seq', [doc, 0]);
      expect(rows).toEqual(updates.map((update, i) => ({ seq: seqs[i], update })));
      const { rows: docs } = await db.query('SELECT epoch, updates_since_snapshot, bytes_since_snapshot FROM yjs_documents');
      expect(docs).toEqual([{ epoch: 1, updates_since_snapshot: 0, bytes_since_snapshot: 0 }]);
    });
  });
}
