import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';

// Order keys are fractional-indexing keys in its default alphabet: an integer part whose
// length is given by its head (a–z: 2…27, Z–A: 2…27) followed by a base-62 fraction
// that never ends in "0". Keys are compared as plain strings (code-unit order).
const BASE_62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE_62_CHARS = new Set(BASE_62);
const SMALLEST_INTEGER = 'A' + '0'.repeat(26);

/** Hard bound on stored keys; writers re-key a list long before keys get near it. */
export const MAX_ORDER_KEY_LENGTH = 1024;
/** A new key longer than this makes the writer re-key the whole list instead. */
const REKEY_ABOVE_LENGTH = 256;

function integerLength(head: string): number | null {
  const code = head.charCodeAt(0);
  if (code >= 97 && code <= 122) return code - 97 + 2; // a..z
  if (code >= 65 && code <= 90) return 90 - code + 2; // Z..A
  return null;
}

/** True when `key` is a key fractional-indexing accepts as a bound. */
export function isOrderKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_ORDER_KEY_LENGTH) return false;
  for (const char of key) if (!BASE_62_CHARS.has(char)) return false;
  const intLength = integerLength(key);
  if (intLength === null || key.length < intLength) return false;
  if (key === SMALLEST_INTEGER) return false;
  return !(key.length > intLength && key.endsWith('0'));
}

export const OrderKeySchema = z.string().refine(isOrderKey, 'expected a fractional index key');

/** Sort by order key, ties (concurrent equal keys) broken by id: every replica sorts alike. */
export function compareByOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export interface OrderAssignment {
  id: string;
  order: string;
}

/**
 * Order keys that put `id` at `index` among `siblings` (sorted, `id` not among them).
 * Usually one assignment; when the neighbours tie or keys grew too long, the whole list is
 * re-keyed and every changed key is returned.
 */
export function placeAt(siblings: readonly OrderAssignment[], id: string, index: number): OrderAssignment[] {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.order ?? null;
  const after = siblings[at]?.order ?? null;
  if (before === null || after === null || before < after) {
    try {
      const key = generateKeyBetween(before, after);
      if (key.length <= REKEY_ABOVE_LENGTH) return [{ id, order: key }];
    } catch {
      // Keys at the alphabet's limits: fall through to re-keying.
    }
  }
  const ids = siblings.map((sibling) => sibling.id);
  ids.splice(at, 0, id);
  const keys = generateNKeysBetween(null, null, ids.length);
  const previous = new Map(siblings.map((sibling) => [sibling.id, sibling.order]));
  const changed: OrderAssignment[] = [];
  ids.forEach((itemId, i) => {
    const order = keys[i] ?? '';
    if (previous.get(itemId) !== order) changed.push({ id: itemId, order });
  });
  return changed;
}
