import type { z } from 'zod';
import type { RootMap } from './roots.ts';
import { jsonEqual, parseJsonObject } from './stored-values.ts';

/**
 * Chords, tempo events and practice sessions (DOC5): one JSON object per entity under its id,
 * rewritten whole on update (last writer wins per entity).
 */
export function readWholeRecord<S extends z.ZodType>(map: RootMap, id: string, schema: S): z.output<S> | null {
  const parsed = parseJsonObject(map.get(id));
  if (!parsed.ok) return null;
  const record = schema.safeParse(parsed.value);
  return record.success ? record.data : null;
}

/** `current` with `patch` applied; null patch values remove the field. */
export function applyPatch(current: object, patch: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next;
}

export function writeWholeRecord(map: RootMap, id: string, record: object): void {
  map.set(id, JSON.stringify(record));
}

export function sameRecord(a: object, b: object): boolean {
  return jsonEqual(a, b);
}
