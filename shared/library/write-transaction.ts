import type { Doc } from 'yjs';
import type { z } from 'zod';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { EpochMsSchema, type EpochMs } from './schema-primitives.ts';
import { assertWritable, markSchemaVersion } from './schema-version.ts';

/** Options every writing accessor takes. */
export interface WriteOptions {
  /** Transaction origin, e.g. for a Y.UndoManager's trackedOrigins. */
  origin?: unknown;
  /** Clock for createdAt/updatedAt/deletedAt; defaults to Date.now(). */
  now?: number;
}

/** Parses accessor input; throws LIBRARY_INVALID_INPUT with zod's first complaint. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new LibraryError(LIBRARY_ERROR.invalidInput, `invalid ${what}${where}: ${issue?.message ?? 'rejected'}`);
}

export function notFound(what: string, id: string): LibraryError {
  return new LibraryError(LIBRARY_ERROR.notFound, `${what} ${id} not found`);
}

/**
 * Runs `write` as ONE Yjs transaction with the caller's origin (DOC10). Accessors validate and
 * look things up before calling this: Yjs has no rollback, so `write` must not throw.
 */
export function writeTransaction<T>(doc: Doc, options: WriteOptions | undefined, write: (now: EpochMs) => T): T {
  assertWritable(doc);
  const now = parseInput(EpochMsSchema, options?.now ?? Date.now(), 'clock value');
  return doc.transact(() => {
    markSchemaVersion(doc);
    return write(now);
  }, options?.origin ?? null);
}

/** Writes our schema version mark into a fresh document (DOC9); a no-op when present. */
export function ensureSchemaVersion(doc: Doc, options?: WriteOptions): void {
  writeTransaction(doc, options, () => undefined);
}
