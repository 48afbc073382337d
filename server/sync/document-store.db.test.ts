import { onTestFinished } from 'vitest';
import { testDatabaseTargets } from '../../test/db.ts';
import type { Database } from '../db/database.ts';
import { MIGRATIONS_DIR } from '../db/migration-files.ts';
import { runMigrations } from '../db/migrate.ts';
import { createPgDatabase } from '../db/pg-database.ts';
import { documentStoreContract, type StoreFixture } from './document-store-contract.ts';
import { createPgDocumentStore } from './pg-document-store.ts';

for (const target of testDatabaseTargets()) {
  documentStoreContract(target.kind, async (): Promise<StoreFixture> => {
    const testDb = await target.create();
    const extraPools: Database[] = [];
    onTestFinished(async () => {
      await Promise.all(extraPools.map((pool) => pool.close()));
      await testDb.cleanup();
    });
    await runMigrations(testDb.db, MIGRATIONS_DIR);
    let transactions = 0;
    // A statement outside a transaction is a transaction of its own: the append is one statement.
    const counted: Database = {
      ...testDb.db,
      query: (sql, params) => {
        if (sql.includes('INSERT INTO yjs_updates')) transactions++;
        return testDb.db.query(sql, params);
      },
      transaction: (fn) => {
        transactions++;
        return testDb.db.transaction(fn);
      },
    };
    const clock = { now: Date.UTC(2026, 0, 10, 12) };
    const options = { now: () => clock.now };
    return {
      db: testDb.db,
      store: createPgDocumentStore(counted, options),
      otherStore() {
        if (!testDb.url) return createPgDocumentStore(testDb.db, options);
        const second = createPgDatabase({ connectionString: testDb.url, log: { error: () => undefined } });
        extraPools.push(second);
        return createPgDocumentStore(second, options);
      },
      clock,
      transactions: () => transactions,
      async createUser(email) {
        const { rows } = await testDb.db.query('INSERT INTO users (email) VALUES ($1) RETURNING id', [email]);
        return String(rows[0]?.id);
      },
    };
  });
}
