import path from 'node:path';
import { z } from 'zod';
import { openDatabase } from './open-database.ts';
import { MIGRATIONS_DIR } from './migration-files.ts';
import { runMigrations } from './migrate.ts';

// A composition root of its own (the pre-deploy job runs it), so it reads the environment itself.
const env = z
  .object({
    DATABASE_URL: z.string().optional().transform((url) => url || undefined),
    DATA_DIR: z.string().min(1).default('./data'),
  })
  .parse(process.env);

const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR) });
try {
  const target = env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${path.resolve(env.DATA_DIR)}`;
  const report = await runMigrations(db, MIGRATIONS_DIR);
  for (const migration of report.applied) {
    process.stdout.write(`applied ${String(migration.version).padStart(4, '0')}_${migration.name}\n`);
  }
  for (const migration of report.unknown) {
    process.stderr.write(`warning: version ${migration.version} (${migration.name}) is applied but has no file here\n`);
  }
  process.stdout.write(`${target}: ${report.applied.length} applied, ${report.upToDate} migrations in place\n`);
} catch (error) {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.close();
}
