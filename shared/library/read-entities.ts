import type { z } from 'zod';
import { decodeOverlay, type FieldEntityMaps } from './field-entities.ts';
import type { ReadIssue, ReadIssueKind } from './read-issues.ts';
import { zodReason } from './read-issues.ts';
import type { RootMap } from './roots.ts';
import { parseJsonObject, splitEntityKey } from './stored-values.ts';

export interface FieldEntityReader<S extends z.ZodType> {
  kind: ReadIssueKind;
  fieldKind: ReadIssueKind;
  /** Validates the stored fields plus `id` (the map key). */
  schema: S;
  /** Schemas of the fields an overlay may set. */
  overlayFields: ReadonlyMap<string, z.ZodType>;
}

export function overlayFieldSchemas(shape: Record<string, z.ZodType>, fields: readonly string[]): ReadonlyMap<string, z.ZodType> {
  return new Map(fields.flatMap((field) => (shape[field] ? [[field, shape[field]] as const] : [])));
}

/**
 * Songs or sections by id (DOC4, DOC14): base JSON objects, field overlays applied in place (a bad
 * key, unknown field or invalid value is reported and ignored), updatedAt = the latest edit, then
 * each entity validated whole, with its id.
 */
export function readFieldEntities<S extends z.ZodType>(
  maps: FieldEntityMaps,
  reader: FieldEntityReader<S>,
  issues: ReadIssue[],
): Map<string, z.output<S>> {
  // One entry per entity holds its fields and latest overlay time: a map lookup per overlay.
  const byId = new Map<string, { fields: Record<string, unknown>; editedAt: number }>();
  maps.base.forEach((stored, key) => {
    const base = parseJsonObject(stored);
    if (!base.ok) return void issues.push({ kind: reader.kind, key, reason: base.reason });
    byId.set(key, { fields: base.value, editedAt: 0 });
  });
  maps.overlay.forEach((stored, key) => {
    const parts = splitEntityKey(key);
    const fieldSchema = parts && reader.overlayFields.get(parts.suffix);
    if (!parts || !fieldSchema) return void issues.push({ kind: reader.fieldKind, key, reason: 'unknown field key' });
    const entity = byId.get(parts.id);
    if (entity === undefined) {
      // A malformed base was reported already; fields of no entity at all are reported here.
      if (!maps.base.has(parts.id)) issues.push({ kind: reader.fieldKind, key, reason: 'field of a missing entity' });
      return;
    }
    const overlay = decodeOverlay(stored);
    if (overlay === null) return void issues.push({ kind: reader.fieldKind, key, reason: 'expected [value, editedAt]' });
    // null clears a field, which only optional (or defaulted) fields allow.
    const valid = fieldSchema.safeParse(overlay.value === null ? undefined : overlay.value);
    if (!valid.success) return void issues.push({ kind: reader.fieldKind, key, reason: zodReason(valid.error) });
    if (overlay.value === null) delete entity.fields[parts.suffix];
    else entity.fields[parts.suffix] = overlay.value;
    if (overlay.at > entity.editedAt) entity.editedAt = overlay.at;
  });
  const entities = new Map<string, z.output<S>>();
  byId.forEach(({ fields, editedAt }, key) => {
    const createdAt = typeof fields['createdAt'] === 'number' ? fields['createdAt'] : 0;
    fields['updatedAt'] = Math.max(createdAt, editedAt);
    fields['id'] = key;
    const record = reader.schema.safeParse(fields);
    if (record.success) entities.set(key, record.data);
    else issues.push({ kind: reader.kind, key, reason: zodReason(record.error) });
  });
  return entities;
}

/** Chords, tempo events, practice sessions by id: one JSON object each, validated with the id (DOC5, DOC14). */
export function readWholeEntities<S extends z.ZodType>(
  map: RootMap,
  schema: S,
  kind: ReadIssueKind,
  issues: ReadIssue[],
): Map<string, z.output<S>> {
  const entities = new Map<string, z.output<S>>();
  map.forEach((stored, key) => {
    const parsed = parseJsonObject(stored);
    if (!parsed.ok) return void issues.push({ kind, key, reason: parsed.reason });
    // The key is the id: validating them together saves copying every entity.
    parsed.value['id'] = key;
    const record = schema.safeParse(parsed.value);
    if (record.success) entities.set(key, record.data);
    else issues.push({ kind, key, reason: zodReason(record.error) });
  });
  return entities;
}

/** A settings map (one key per setting): invalid values fall back to the default and are reported. */
export function readSettingsMap<S extends z.ZodObject>(
  map: RootMap,
  schema: S,
  kind: ReadIssueKind,
  issues: ReadIssue[],
  ignoredKeys: ReadonlySet<string>,
): z.output<S> {
  const fields: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (ignoredKeys.has(key)) return;
    const fieldSchema = Object.hasOwn(schema.shape, key) ? schema.shape[key] : undefined;
    if (fieldSchema === undefined) return void issues.push({ kind, key, reason: 'unknown setting' });
    const valid = fieldSchema.safeParse(value);
    if (valid.success) fields[key] = valid.data;
    else issues.push({ kind, key, reason: zodReason(valid.error) });
  });
  const settings = schema.safeParse(fields);
  if (settings.success) return settings.data;
  issues.push({ kind, key: '', reason: `${zodReason(settings.error)}; defaults used` });
  return schema.parse({});
}

