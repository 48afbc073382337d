import { describe, expect, it } from 'vitest';
import type { MigrationFile } from './migration-files.ts';
import { MigrationMismatchError, planMigrations } from './migration-plan.ts';

const file = (version: number, name: string, checksum = `sum${version}`): MigrationFile => ({ version, name, checksum, sql: '' });
const record = ({ version, name, checksum }: MigrationFile) => ({ version, name, checksum });

describe('planMigrations', () => {
  const files = [file(1, 'init'), file(2, 'projections'), file(3, 'more')];

  it('MIG1: everything is pending on an empty database, in order', () => {
    expect(planMigrations(files, []).pending.map((f) => f.version)).toEqual([1, 2, 3]);
  });

  it('MIG2: nothing is pending once all are recorded', () => {
    expect(planMigrations(files, files.map(record))).toEqual({ pending: [], unknown: [] });
  });

  it('MIG4: a changed checksum or name of an applied migration throws', () => {
    expect(() => planMigrations(files, [{ ...record(file(1, 'init')), checksum: 'other' }])).toThrow(MigrationMismatchError);
    expect(() => planMigrations(files, [{ ...record(file(1, 'init')), name: 'initial' }])).toThrow(MigrationMismatchError);
  });

  it('MIG4: a pending file below the newest applied version throws', () => {
    expect(() => planMigrations(files, [record(file(1, 'init')), record(file(3, 'more'))])).toThrow(/0002_projections is pending/);
  });

  it('MIG4: versions without a file are reported as unknown, not pending or fatal', () => {
    const plan = planMigrations(files.slice(0, 2), files.map(record));
    expect(plan).toEqual({ pending: [], unknown: [record(file(3, 'more'))] });
  });
});
