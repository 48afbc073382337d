import { isUuid } from './ids.ts';
import { zodReason, type ReadIssue } from './read-issues.ts';
import type { RootMap } from './roots.ts';
import { StoredPracticeStatsSlotSchema } from './read-schemas.ts';
import { parseJsonObject, splitEntityKey } from './stored-values.ts';

export interface PracticeCounters {
  practiceCount: number;
  totalPracticeSeconds: number;
  lastPracticedAt?: number;
}

const SLOT_PATTERN = /^[0-9]{1,10}$/;

/** Sums every replica's slot per entity (DOC11). */
export function readPracticeStats(map: RootMap, issues: ReadIssue[]): Map<string, PracticeCounters> {
  const counters = new Map<string, PracticeCounters>();
  map.forEach((stored, key) => {
    const parts = splitEntityKey(key);
    if (!parts || !isUuid(parts.id) || !SLOT_PATTERN.test(parts.suffix)) {
      return void issues.push({ kind: 'practiceStats', key, reason: 'key is not <uuid>:<clientID>' });
    }
    const parsed = parseJsonObject(stored);
    if (!parsed.ok) return void issues.push({ kind: 'practiceStats', key, reason: parsed.reason });
    const slot = StoredPracticeStatsSlotSchema.safeParse(parsed.value);
    if (!slot.success) return void issues.push({ kind: 'practiceStats', key, reason: zodReason(slot.error) });
    const total = counters.get(parts.id) ?? { practiceCount: 0, totalPracticeSeconds: 0 };
    total.practiceCount += slot.data.count;
    total.totalPracticeSeconds += slot.data.seconds;
    const lastAt = slot.data.lastAt;
    if (lastAt !== undefined && (total.lastPracticedAt === undefined || lastAt > total.lastPracticedAt)) total.lastPracticedAt = lastAt;
    counters.set(parts.id, total);
  });
  return counters;
}
