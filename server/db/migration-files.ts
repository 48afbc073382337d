import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One plain SQL migration file, `NNNN_name.sql`. */
export type MigrationFile = {
  version: number;
  name: string;
  /** Hex SHA-256 of the file with line endings normalized, so a checkout with CRLF still matches. */
  checksum: string;
  sql: string;
};

export class MigrationFolderError extends Error {
  override name = 'MigrationFolderError';
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** The runner wraps each file in its own transaction; a file that commits by itself would break that. */
const OWN_TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im;

/** The repository's `migrations/` folder. */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', '..', 'migrations');

/** Reads every `*.sql` file of the folder, ordered by version; a badly named or duplicate version throws. */
export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const files: MigrationFile[] = [];
  for (const fileName of names) {
    const match = FILE_NAME.exec(fileName);
    if (!match?.[1] || !match[2]) {
      throw new MigrationFolderError(`migration file ${fileName} is not named NNNN_lower_snake_name.sql`);
    }
    const version = Number(match[1]);
    const previous = files.at(-1);
    if (previous?.version === version) {
      throw new MigrationFolderError(`two migrations share version ${match[1]}: ${previous.name} and ${match[2]}`);
    }
    const sql = (await readFile(path.join(dir, fileName), 'utf8')).replaceAll('\r\n', '\n');
    if (OWN_TRANSACTION_CONTROL.test(sql)) {
      throw new MigrationFolderError(`migration ${fileName} controls its own transaction; remove BEGIN/COMMIT`);
    }
    files.push({ version, name: match[2], checksum: createHash('sha256').update(sql).digest('hex'), sql });
  }
  return files;
}
