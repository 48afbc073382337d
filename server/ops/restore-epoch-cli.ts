import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MIGRATIONS_DIR } from '../db/migration-files.ts';
import { runMigrations } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { recordRestore } from './restore-epoch.ts';

// `npm run restore-epoch -- [--backup-time=ISO] [--note=text] [--keep-sessions]`: run once on a database
// just restored from a backup, before the app serves it (DEPLOYMENT.md, "Restore"). A composition root of
// its own, like the migrate CLI, so it reads the environment itself.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((url) => url || undefined),
  DATABASE_CA_CERT: z
    .string()
    .optional()
    .transform((pem) => pem?.trim() || undefined),
  DATA_DIR: z.string().min(1).default('./data'),
});
const argsSchema = z.object({
  'backup-time': z.iso.datetime({ offset: true }).transform((v) => new Date(v)).optional(),
  note: z.string().max(500).optional(),
  'keep-sessions': z.boolean().default(false),
});

async function main(): Promise<void> {
  const env = envSchema.parse(process.env);
  const { values } = parseArgs({
    options: { 'backup-time': { type: 'string' }, note: { type: 'string' }, 'keep-sessions': { type: 'boolean' } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  const dataDir = path.resolve(env.DATA_DIR);
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, databaseCaCert: env.DATABASE_CA_CERT, dataDir });
  try {
    // A backup may predate the newest migrations; bring it up to date first (under the advisory lock).
    const migrated = await runMigrations(db, MIGRATIONS_DIR);
    for (const m of migrated.applied) process.stdout.write(`applied ${String(m.version).padStart(4, '0')}_${m.name}\n`);
    const report = await recordRestore(db, { backupTime: args['backup-time'], note: args.note, endSessions: !args['keep-sessions'] });
    process.stdout.write(
      `restore ${report.restoreId} recorded: ${report.documentsBumped} document epochs bumped, ` +
        `${report.sessionsEnded} sessions ended, ${report.emailTokensVoided} unused email links voided\n`,
    );
  } finally {
    await db.close();
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`restore-epoch failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
