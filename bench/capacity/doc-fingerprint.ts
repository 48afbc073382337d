import { createHash } from 'node:crypto';
import * as Y from 'yjs';

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

/** A hash of the document's content as canonical JSON (sorted keys): equal content, equal fingerprint. */
export function docFingerprint(doc: Y.Doc): string {
  return createHash('sha256').update(JSON.stringify(canonical(doc.toJSON()))).digest('hex');
}

/** The state vector, base64: which edits of which client the document holds. */
export const stateVectorText = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
