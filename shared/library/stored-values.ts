import { UUID_LENGTH } from './ids.ts';

/** Key of one overlaid field: `<entityId>:<field>` (DOC4). Also used for `<entityId>:<slot>`. */
export function entityKey(id: string, suffix: string): string {
  return `${id}:${suffix}`;
}

/** Splits `<uuid>:<suffix>`; null when the key does not have that shape. */
export function splitEntityKey(key: string): { id: string; suffix: string } | null {
  if (key.length <= UUID_LENGTH + 1 || key.charCodeAt(UUID_LENGTH) !== 58 /* ":" */) return null;
  return { id: key.slice(0, UUID_LENGTH), suffix: key.slice(UUID_LENGTH + 1) };
}

export type JsonObjectResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

/** Entity values are JSON strings holding one object (DOC3); anything else is malformed. */
export function parseJsonObject(stored: unknown): JsonObjectResult {
  if (typeof stored !== 'string') return { ok: false, reason: `expected a JSON string, found ${describe(stored)}` };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (!isPlainObject(value)) return { ok: false, reason: `expected a JSON object, found ${describe(value)}` };
  return { ok: true, value };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;
}

/** Structural equality of JSON-like values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}
