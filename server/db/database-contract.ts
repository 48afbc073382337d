import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from './database.ts';
import { sqlErrorOf, SqlState } from './sql-error.ts';

/** Makes a fresh, empty database and a way to dispose of it (see test/db.ts). */
export type DatabaseFactory = () => Promise<{ db: Database; cleanup(): Promise<void> }>;

/** Lets the event loop run other pending work, so concurrent callers get a chance to interleave. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function labels(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await db.query(`SELECT label FROM ${table} ORDER BY label`);
  return rows.map((row) => String(row.label));
}

/** Registers the rules of server/db/SPEC.md (DB1–DB8) against one implementation. */
export function describeDatabaseContract(name: string, create: DatabaseFactory): void {
  describe(`Database contract: ${name}`, () => {
    let db: Database;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ db, cleanup } = await create());
    });
    afterAll(async () => {
      await cleanup();
    });

    it('DB1: query binds positional parameters', async () => {
      const { rows } = await db.query('SELECT $1::text AS a, $2::int AS b, $3::boolean AS c, $4::text AS d', ['x', 42, true, null]);
      expect(rows).toEqual([{ a: 'x', b: 42, c: true, d: null }]);
    });

    it('DB1: query rejects several statements; exec runs a script', async () => {
      await expect(db.query('SELECT 1; SELECT 2')).rejects.toThrow();
      await db.exec('CREATE TABLE t_exec (label text); INSERT INTO t_exec VALUES (\'one\'); INSERT INTO t_exec VALUES (\'two\');');
      expect(await labels(db, 't_exec')).toEqual(['one', 'two']);
    });

    it('DB2: bytea round-trips as a plain Uint8Array, including empty and all byte values', async () => {
      await db.exec('CREATE TABLE t_bytes (id int PRIMARY KEY, data bytea NOT NULL)');
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const big = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 251);
      await db.query('INSERT INTO t_bytes VALUES (1, $1), (2, $2), (3, $3)', [all, new Uint8Array(0), big]);
      const { rows } = await db.query('SELECT data FROM t_bytes ORDER BY id');
      const values = rows.map((row) => row.data);
      for (const value of values) expect(Object.getPrototypeOf(value)).toBe(Uint8Array.prototype);
      expect(values).toEqual([all, new Uint8Array(0), big]);
    });

    it('DB2: text[] and jsonb round-trip; jsonb parameters are JSON text', async () => {
      await db.exec('CREATE TABLE t_values (id int PRIMARY KEY, tags text[] NOT NULL, doc jsonb NOT NULL)');
      const doc = { title: 'Song', bars: [1, 2, 3], nested: { ok: true, none: null }, quote: 'it\'s "fine"' };
      await db.query('INSERT INTO t_values VALUES (1, $1, $2), (2, $3, $4)', [
        ['rock', 'with,comma', 'with "quote"', ''],
        JSON.stringify(doc),
        [],
        JSON.stringify([1, 'two']),
      ]);
      const { rows } = await db.query('SELECT tags, doc FROM t_values ORDER BY id');
      expect(rows).toEqual([
        { tags: ['rock', 'with,comma', 'with "quote"', ''], doc },
        { tags: [], doc: [1, 'two'] },
      ]);
    });

    it('DB2: int8 reads as a number and fails loudly past 2^53; dates, timestamps and numerics read the same', async () => {
      const { rows } = await db.query(
        "SELECT 9007199254740991::int8 AS max_safe, ARRAY[1, 2]::int8[] AS ids, count(*) AS n, '2024-02-29'::date AS day, " +
          "'2024-02-29T12:34:56.789Z'::timestamptz AS at, 1.50::numeric AS amount, gen_random_uuid() AS id FROM (VALUES (1), (2)) v(x)",
      );
      expect(rows[0]).toMatchObject({ max_safe: 9007199254740991, ids: [1, 2], n: 2, day: '2024-02-29', amount: '1.50' });
      expect(rows[0]?.at).toEqual(new Date('2024-02-29T12:34:56.789Z'));
      expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
      await expect(db.query('SELECT 9007199254740993::int8 AS too_big')).rejects.toThrow(/does not fit/);
      // The connection is still usable after a value failed to parse.
      expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    });

    it('DB3: rowCount counts rows returned or changed, 0 for DDL', async () => {
      expect((await db.query('CREATE TABLE t_count (label text)')).rowCount).toBe(0);
      expect((await db.query("INSERT INTO t_count VALUES ('a'), ('b'), ('c')")).rowCount).toBe(3);
      expect((await db.query("UPDATE t_count SET label = label || '!' WHERE label <> 'c'")).rowCount).toBe(2);
      expect((await db.query("DELETE FROM t_count WHERE label = 'nope'")).rowCount).toBe(0);
      expect((await db.query('SELECT * FROM t_count')).rowCount).toBe(3);
    });

    it('DB4: a transaction commits and returns the callback value', async () => {
      await db.exec('CREATE TABLE t_commit (label text)');
      const result = await db.transaction(async (tx) => {
        await tx.query("INSERT INTO t_commit VALUES ('a')");
        await tx.query("INSERT INTO t_commit VALUES ('b')");
        return 'done';
      });
      expect(result).toBe('done');
      expect(await labels(db, 't_commit')).toEqual(['a', 'b']);
    });

    it('DB4: a throwing callback rolls back everything and rethrows the same error', async () => {
      await db.exec('CREATE TABLE t_rollback (label text)');
      const failure = new Error('callback failed');
      const attempt = db.transaction(async (tx) => {
        await tx.query("INSERT INTO t_rollback VALUES ('a')");
        await tx.exec("CREATE TABLE t_rollback_created (x int); INSERT INTO t_rollback VALUES ('b')");
        throw failure;
      });
      await expect(attempt).rejects.toBe(failure);
      expect(await labels(db, 't_rollback')).toEqual([]);
      expect((await db.query("SELECT to_regclass('t_rollback_created') AS t")).rows).toEqual([{ t: null }]);
    });

    it('DB5: concurrent transactions and outside statements do not interleave', async () => {
      await db.exec('CREATE TABLE t_concurrent (label text)');
      let markInserted: () => void = () => {};
      const inserted = new Promise<void>((resolve) => (markInserted = resolve));
      const failing = db.transaction(async (tx) => {
        await tx.query("INSERT INTO t_concurrent VALUES ('a1')");
        markInserted();
        for (let i = 0; i < 5; i++) await yieldToOthers();
        await tx.query("INSERT INTO t_concurrent VALUES ('a2')");
        throw new Error('roll back a');
      });
      const committing = db.transaction(async (tx) => {
        await tx.query("INSERT INTO t_concurrent VALUES ('b1')");
        await yieldToOthers();
        await tx.query("INSERT INTO t_concurrent VALUES ('b2')");
      });
      // Started while 'a' holds an uncommitted row: it must neither see that row nor be rolled back with it.
      const outside = inserted.then(async () => {
        const seen = await labels(db, 't_concurrent');
        await db.query("INSERT INTO t_concurrent VALUES ('c')");
        return seen;
      });
      const [a, b, c] = await Promise.allSettled([failing, committing, outside]);
      expect(a.status).toBe('rejected');
      expect(b.status).toBe('fulfilled');
      expect(c).toMatchObject({ status: 'fulfilled' });
      if (c.status === 'fulfilled') expect(c.value).not.toContain('a1');
      expect(await labels(db, 't_concurrent')).toEqual(['b1', 'b2', 'c']);
    });

    it('DB6: errors are thrown with their SQLSTATE and constraint, never returned as empty results', async () => {
      await expect(db.query('SELECT * FROM t_does_not_exist')).rejects.toSatisfy((e) => sqlErrorOf(e)?.code === '42P01');
      await expect(db.query('SELEKT 1')).rejects.toSatisfy((e) => sqlErrorOf(e)?.code === '42601');
      await db.exec('CREATE TABLE t_unique (label text CONSTRAINT t_unique_label_key UNIQUE)');
      await db.query("INSERT INTO t_unique VALUES ('a')");
      const duplicate = await db.query("INSERT INTO t_unique VALUES ('a')").then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(sqlErrorOf(duplicate)).toEqual({ code: SqlState.uniqueViolation, constraint: 't_unique_label_key' });
      expect(sqlErrorOf(new Error('plain'))).toBeUndefined();
    });

    it('DB6: a failed statement aborts its transaction; later statements fail and nothing is kept', async () => {
      await db.exec('CREATE TABLE t_aborted (label text UNIQUE)');
      const attempt = db.transaction(async (tx) => {
        await tx.query("INSERT INTO t_aborted VALUES ('kept?')");
        await tx.query("INSERT INTO t_aborted VALUES ('kept?')").catch(() => {});
        await tx.query("INSERT INTO t_aborted VALUES ('after')");
      });
      await expect(attempt).rejects.toSatisfy((e) => sqlErrorOf(e)?.code === SqlState.transactionAborted);
      expect(await labels(db, 't_aborted')).toEqual([]);
    });

    it('DB7: a transaction handle used after its callback ended throws', async () => {
      let escaped: Queryable | undefined;
      await db.transaction(async (tx) => {
        escaped = tx;
      });
      await expect(escaped?.query('SELECT 1')).rejects.toThrow(/already ended/);
      await expect(escaped?.exec('SELECT 1')).rejects.toThrow(/already ended/);
    });

    it('DB8: close ends the database, twice is fine, later queries reject', async () => {
      const own = await create();
      try {
        expect((await own.db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
        await own.db.close();
        await own.db.close();
        await expect(own.db.query('SELECT 1')).rejects.toThrow();
        await expect(own.db.transaction(async () => 1)).rejects.toThrow();
      } finally {
        await own.cleanup();
      }
    });
  });
}
