import type { Database, Queryable } from '../../server/db/database.ts';

/** Which statements fail while set. */
export type Faults = { loads: boolean; appends: boolean; everything: boolean };

/**
 * A Database whose statements fail on demand (SYNC6, SYNC8), the way a dropped connection would:
 * loads (the snapshot + log read), appends (INSERT INTO yjs_updates), or everything.
 */
export function faultyDatabase(db: Database): { db: Database; faults: Faults; failures: () => number } {
  const faults: Faults = { loads: false, appends: false, everything: false };
  let failures = 0;
  const shouldFail = (sql: string) =>
    faults.everything || (faults.loads && sql.includes('WITH snap AS')) || (faults.appends && sql.includes('INSERT INTO yjs_updates'));
  const guard = <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    if (!shouldFail(sql)) return run();
    failures++;
    return Promise.reject(Object.assign(new Error('injected database failure'), { code: '08006' }));
  };
  const wrap = (target: Queryable): Queryable => ({
    query: (sql, params) => guard(sql, () => target.query(sql, params)),
    exec: (sql) => guard(sql, () => target.exec(sql)),
  });
  return {
    faults,
    failures: () => failures,
    db: {
      kind: db.kind,
      ...wrap(db),
      transaction: (fn) => (faults.everything ? guard('BEGIN', () => db.transaction(fn)) : db.transaction((tx) => fn(wrap(tx)))),
      close: () => db.close(),
    },
  };
}
