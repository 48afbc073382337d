import path from 'node:path';
import { z } from 'zod';
import type { Database } from './database.ts';
import { MIGRATIONS_DIR } from './migration-files.ts';
import { runMigrations } from './migrate.ts';
import { openDatabase } from './open-database.ts';

// A composition root of its own (the pre-deploy job runs it), so it reads the environment itself.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((url) => url || undefined),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_CA_CERT: z
    .string()
    .optional()
    .transform((pem) => pem?.trim() || undefined),
});

async function main(): Promise<void> {
  const env = envSchema.parse(process.env);
  const dataDir = path.resolve(env.DATA_DIR);
  const db: Database = await openDatabase({ databaseUrl: env.DATABASE_URL, databaseCaCert: env.DATABASE_CA_CERT, dataDir });
  try {
    const report = await runMigrations(db, MIGRATIONS_DIR);
    for (const migration of report.applied) {
      process.stdout.write(`applied ${String(migration.version).padStart(4, '0')}_${migration.name}\n`);
    }
    for (const migration of report.unknown) {
      process.stderr.write(`warning: version ${migration.version} (${migration.name}) is applied but has no file here\n`);
    }
    const target = env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${dataDir}`;
    process.stdout.write(`${target}: ${report.applied.length} applied, ${report.upToDate} migrations in place\n`);
  } finally {
    await db.close();
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
