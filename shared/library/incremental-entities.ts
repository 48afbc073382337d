// Per-key and per-entity versions of the readers in read-entities.ts, read-chords.ts and
// read-practice-stats.ts, for the incremental library reader (library-reader.ts): they give the
// same records and the same issues as the whole-map readers, one entity at a time.
import type { z } from 'zod';
import type { ChordValue } from './chord-codec.ts';
import { decodeOverlay, type FieldEntityMaps } from './field-entities.ts';
import { isChordId, isUuid, type ChordId } from './ids.ts';
import type { FieldEntityReader } from './read-entities.ts';
import { zodReason, type ReadIssue, type ReadIssueKind } from './read-issues.ts';
import type { PracticeCounters } from './read-practice-stats.ts';
import { StoredChordSchema, StoredPracticeStatsSlotSchema } from './read-schemas.ts';
import type { PracticeStatsSlot } from './schema-practice.ts';
import { parseJsonObject, splitEntityKey } from './stored-values.ts';

/** The outcome of reading one stored entry: a value, or the issue that skipped it. */
export type EntryResult<T> = { ok: true; value: T } | { ok: false; issue: ReadIssue };

/** A song or section read from its base value and the overlays found for it (DOC4, DOC14). */
export function readFieldEntity<S extends z.ZodType>(
  maps: FieldEntityMaps,
  reader: FieldEntityReader<S>,
  id: string,
  overlayKeys: Iterable<string>,
): { record: z.output<S> | null; issues: ReadIssue[] } {
  const issues: ReadIssue[] = [];
  const hasBase = maps.base.has(id);
  const base = hasBase ? parseJsonObject(maps.base.get(id)) : null;
  if (base !== null && !base.ok) issues.push({ kind: reader.kind, key: id, reason: base.reason });
  const fields = base?.ok ? base.value : undefined;
  let editedAt = 0;
  for (const key of overlayKeys) {
    const parts = splitEntityKey(key);
    const fieldSchema = parts && reader.overlayFields.get(parts.suffix);
    if (!parts || !fieldSchema) {
      issues.push({ kind: reader.fieldKind, key, reason: 'unknown field key' });
      continue;
    }
    if (fields === undefined) {
      // A malformed base was reported already; fields of no entity at all are reported here.
      if (!hasBase) issues.push({ kind: reader.fieldKind, key, reason: 'field of a missing entity' });
      continue;
    }
    const overlay = decodeOverlay(maps.overlay.get(key));
    if (overlay === null) {
      issues.push({ kind: reader.fieldKind, key, reason: 'expected [value, editedAt]' });
      continue;
    }
    const valid = fieldSchema.safeParse(overlay.value === null ? undefined : overlay.value);
    if (!valid.success) {
      issues.push({ kind: reader.fieldKind, key, reason: zodReason(valid.error) });
      continue;
    }
    if (overlay.value === null) delete fields[parts.suffix];
    else fields[parts.suffix] = overlay.value;
    if (overlay.at > editedAt) editedAt = overlay.at;
  }
  if (fields === undefined) return { record: null, issues };
  const createdAt = typeof fields['createdAt'] === 'number' ? fields['createdAt'] : 0;
  fields['updatedAt'] = Math.max(createdAt, editedAt);
  fields['id'] = id;
  const record = reader.schema.safeParse(fields);
  if (record.success) return { record: record.data, issues };
  return { record: null, issues: [...issues, { kind: reader.kind, key: id, reason: zodReason(record.error) }] };
}

/** One chord (DOC5): its section is matched later. */
export function readChordEntry(key: string, stored: unknown): EntryResult<ChordValue & { id: ChordId }> {
  if (!isChordId(key)) return { ok: false, issue: { kind: 'chord', key, reason: 'key is not a UUID' } };
  const record = StoredChordSchema.safeParse(stored);
  if (!record.success) return { ok: false, issue: { kind: 'chord', key, reason: zodReason(record.error) } };
  return { ok: true, value: Object.assign(record.data, { id: key }) };
}

/** One tempo event, chord-like whole entity (DOC5): its song is matched later. */
export function readWholeEntry<S extends z.ZodType>(key: string, stored: unknown, schema: S, kind: ReadIssueKind): EntryResult<z.output<S>> {
  const parsed = parseJsonObject(stored);
  if (!parsed.ok) return { ok: false, issue: { kind, key, reason: parsed.reason } };
  parsed.value['id'] = key;
  const record = schema.safeParse(parsed.value);
  return record.success ? { ok: true, value: record.data } : { ok: false, issue: { kind, key, reason: zodReason(record.error) } };
}

const SLOT_PATTERN = /^[0-9]{1,10}$/;

/** One replica's practice counters slot `<uuid>:<clientID>` (DOC11). */
export function readStatsEntry(key: string, stored: unknown): EntryResult<{ entityId: string; slot: PracticeStatsSlot }> {
  const parts = splitEntityKey(key);
  if (!parts || !isUuid(parts.id) || !SLOT_PATTERN.test(parts.suffix)) {
    return { ok: false, issue: { kind: 'practiceStats', key, reason: 'key is not <uuid>:<clientID>' } };
  }
  const parsed = parseJsonObject(stored);
  if (!parsed.ok) return { ok: false, issue: { kind: 'practiceStats', key, reason: parsed.reason } };
  const slot = StoredPracticeStatsSlotSchema.safeParse(parsed.value);
  if (!slot.success) return { ok: false, issue: { kind: 'practiceStats', key, reason: zodReason(slot.error) } };
  return { ok: true, value: { entityId: parts.id, slot: slot.data } };
}

/** Every replica's slots of one entity summed, shaped like countersOf (read-practice-stats.ts). */
export function sumSlots(slots: Iterable<PracticeStatsSlot>): PracticeCounters {
  let practiceCount = 0;
  let totalPracticeSeconds = 0;
  let lastPracticedAt: number | undefined;
  for (const slot of slots) {
    practiceCount += slot.count;
    totalPracticeSeconds += slot.seconds;
    if (slot.lastAt !== undefined && (lastPracticedAt === undefined || slot.lastAt > lastPracticedAt)) lastPracticedAt = slot.lastAt;
  }
  return lastPracticedAt === undefined ? { practiceCount, totalPracticeSeconds } : { practiceCount, totalPracticeSeconds, lastPracticedAt };
}
