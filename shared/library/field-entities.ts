import { z } from 'zod';
import { EpochMsSchema } from './schema-primitives.ts';
import type { RootMap } from './roots.ts';
import { entityKey, jsonEqual, parseJsonObject } from './stored-values.ts';

/**
 * Songs and sections (DOC4): a base value written once at creation (`<id>` → JSON object) and
 * one overlay key per edited field (`<id>:<field>` → `[value, editedAt]`, value null = cleared).
 * The entity's updatedAt is derived: the latest of createdAt and its overlays' editedAt.
 */
export interface FieldEntityMaps {
  base: RootMap;
  overlay: RootMap;
}

// Every overlay is decoded on each read: compiled, like the readers' schemas (read-schemas.ts).
const OverlayTimeSchema = z.compile(EpochMsSchema);

export interface OverlayValue {
  value: unknown;
  at: number;
}

/** Decodes a stored overlay; null when it is not `[value, epochMs]`. */
export function decodeOverlay(stored: unknown): OverlayValue | null {
  if (!Array.isArray(stored) || stored.length !== 2) return null;
  const at = OverlayTimeSchema.safeParse(stored[1]);
  return at.success ? { value: stored[0], at: at.data } : null;
}

/** The entity's stored fields as they read now (base with overlays), unvalidated; null if absent. */
export function currentFields(maps: FieldEntityMaps, id: string, fields: readonly string[]): Record<string, unknown> | null {
  const base = parseJsonObject(maps.base.get(id));
  if (!base.ok) return maps.base.has(id) ? {} : null;
  const fieldValues = { ...base.value };
  for (const field of fields) {
    const overlay = decodeOverlay(maps.overlay.get(entityKey(id, field)));
    if (overlay === null) continue;
    if (overlay.value === null) delete fieldValues[field];
    else fieldValues[field] = overlay.value;
  }
  return fieldValues;
}

/** The patch entries that differ from `current`; a null patch value means "clear". */
export function changedFields(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const next = value === null ? undefined : value;
    if (!jsonEqual(current[field], next)) changed[field] = value;
  }
  return changed;
}

export function writeBase(maps: FieldEntityMaps, id: string, record: object): void {
  maps.base.set(id, JSON.stringify(record));
}

/** One overlay key per field, so concurrent edits of different fields never meet (DOC8). */
export function writeOverlay(maps: FieldEntityMaps, id: string, fields: Record<string, unknown>, at: number): void {
  for (const [field, value] of Object.entries(fields)) maps.overlay.set(entityKey(id, field), [value ?? null, at]);
}
