import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { readLibrary } from '../../shared/library/index.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

/**
 * A hash of the library as the app reads it, as canonical JSON (sorted keys): equal content, equal
 * fingerprint. (Not doc.toJSON(): a replica lists the empty root maps its accessors touched.)
 */
export function docFingerprint(doc: Y.Doc): string {
  return createHash('sha256').update(JSON.stringify(canonical(readLibrary(doc)))).digest('hex');
}

/** The state vector, base64: which edits of which client the document holds. */
export const stateVectorText = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
