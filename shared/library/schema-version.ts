import type { Doc } from 'yjs';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { metaRoot, type RootMap } from './roots.ts';

/** Version of the document schema this code reads and writes (DOC9). */
export const LIBRARY_SCHEMA_VERSION = 1;

export type DocumentCompatibility = 'ok' | 'newer';

const MARK_PREFIX = 'schemaVersion:';
const markKey = (version: number) => `${MARK_PREFIX}${version}`;

/**
 * Version marks are add-only keys `schemaVersion:<n>` → n in the `meta` map. The document's
 * version is the highest valid mark, so two replicas initialising concurrently (even with
 * different versions) never overwrite each other's mark: the highest one always wins.
 */
export function scanSchemaMarks(meta: RootMap): { version: number; malformedKeys: string[] } {
  let version = 0;
  const malformedKeys: string[] = [];
  meta.forEach((value, key) => {
    if (!key.startsWith(MARK_PREFIX)) return;
    const n = Number(key.slice(MARK_PREFIX.length));
    if (Number.isSafeInteger(n) && n >= 1 && key === markKey(n) && value === n) version = Math.max(version, n);
    else malformedKeys.push(key);
  });
  return { version, malformedKeys };
}

/** The document's schema version; 0 when nothing has been written yet. */
export function readSchemaVersion(doc: Doc): number {
  return scanSchemaMarks(metaRoot(doc)).version;
}

export function compatibilityOf(version: number): DocumentCompatibility {
  return version > LIBRARY_SCHEMA_VERSION ? 'newer' : 'ok';
}

/** 'newer': written by a newer MetMap — show it read-only and ask the user to reload. */
export function documentCompatibility(doc: Doc): DocumentCompatibility {
  return compatibilityOf(readSchemaVersion(doc));
}

/** Throws LIBRARY_NEWER_SCHEMA: this code must never write data it does not understand. */
export function assertWritable(doc: Doc): void {
  const version = readSchemaVersion(doc);
  if (version > LIBRARY_SCHEMA_VERSION) {
    throw new LibraryError(
      LIBRARY_ERROR.newerSchema,
      `document schema ${version} is newer than ${LIBRARY_SCHEMA_VERSION}; reload the app to edit`,
    );
  }
}

/** Adds our version mark unless present; call inside a write transaction. Idempotent. */
export function markSchemaVersion(doc: Doc): void {
  const meta = metaRoot(doc);
  const key = markKey(LIBRARY_SCHEMA_VERSION);
  if (meta.get(key) !== LIBRARY_SCHEMA_VERSION) meta.set(key, LIBRARY_SCHEMA_VERSION);
}
