import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** True when `current` holds changes `covered` does not (a client with a higher clock, or a new client). */
export function hasChangesBeyond(current: Uint8Array, covered: Uint8Array): boolean {
  const coveredClocks = Y.decodeStateVector(covered);
  for (const [client, clock] of Y.decodeStateVector(current)) {
    if (clock > (coveredClocks.get(client) ?? 0)) return true;
  }
  return false;
}

/** A state vector as text for localStorage. */
export function stateVectorToText(stateVector: Uint8Array): string {
  return toBase64(stateVector);
}

/** Reads a stored state vector back; null when the text is not one (storage is outside data). */
export function stateVectorFromText(text: string): Uint8Array | null {
  try {
    const bytes = fromBase64(text);
    Y.decodeStateVector(bytes);
    return bytes;
  } catch {
    return null;
  }
}
