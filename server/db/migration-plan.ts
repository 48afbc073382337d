import type { MigrationFile } from './migration-files.ts';

/** A row of `schema_migrations`. */
export type AppliedMigration = { version: number; name: string; checksum: string };

export type MigrationPlan = {
  /** Files not yet applied, in order. */
  pending: MigrationFile[];
  /** Applied by a newer release whose files this one lacks (e.g. during a rollback); left alone. */
  unknown: AppliedMigration[];
};

/** An applied migration no longer matches its file, or files arrived out of order. Never auto-repaired. */
export class MigrationMismatchError extends Error {
  override name = 'MigrationMismatchError';
}

/** Compares the folder with what the database recorded; throws when applied history was edited. */
export function planMigrations(files: readonly MigrationFile[], applied: readonly AppliedMigration[]): MigrationPlan {
  const filesByVersion = new Map(files.map((file) => [file.version, file]));
  const unknown: AppliedMigration[] = [];
  for (const record of applied) {
    const file = filesByVersion.get(record.version);
    if (!file) {
      unknown.push(record);
    } else if (file.name !== record.name || file.checksum !== record.checksum) {
      throw new MigrationMismatchError(
        `migration ${label(record)} was applied with checksum ${record.checksum.slice(0, 12)}…, ` +
          `but the file ${label(file)} now has ${file.checksum.slice(0, 12)}…; add a new migration instead of editing an applied one`,
      );
    }
  }
  const appliedVersions = new Set(applied.map((record) => record.version));
  const pending = files.filter((file) => !appliedVersions.has(file.version));
  const newestApplied = Math.max(0, ...applied.map((record) => record.version));
  const late = pending.find((file) => file.version < newestApplied);
  if (late) {
    throw new MigrationMismatchError(
      `migration ${label(late)} is pending but the newer version ${newestApplied} is already applied; renumber it after ${newestApplied}`,
    );
  }
  return { pending, unknown };
}

function label(migration: { version: number; name: string }): string {
  return `${String(migration.version).padStart(4, '0')}_${migration.name}`;
}
