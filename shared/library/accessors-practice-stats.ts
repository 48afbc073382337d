import type { Doc } from 'yjs';
import { libraryRoots, type RootMap } from './roots.ts';
import { SectionPracticeInputSchema, SongPracticeInputSchema, type SectionPracticeInput, type SongPracticeInput } from './schema-practice.ts';
import { PracticeStatsSlotSchema, type PracticeStatsSlot } from './schema-practice.ts';
import { assertWritable } from './schema-version.ts';
import { entityKey } from './stored-values.ts';
import { readWholeRecord, writeWholeRecord } from './whole-entities.ts';
import { notFound, parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

// Counters are a grow-only sum over per-replica slots `<entityId>:<clientID>` (DOC11): a replica
// only ever writes its own slot, so increments made concurrently on two devices all count.
function bumpSlot(doc: Doc, stats: RootMap, entityId: string, seconds: number, at: number): void {
  const key = entityKey(entityId, String(doc.clientID));
  const slot: PracticeStatsSlot = readWholeRecord(stats, key, PracticeStatsSlotSchema) ?? { count: 0, seconds: 0 };
  const lastAt = slot.lastAt === undefined ? at : Math.max(slot.lastAt, at);
  writeWholeRecord(stats, key, { count: slot.count + 1, seconds: slot.seconds + seconds, lastAt });
}

/** Counts one finished practice of a song: practiceCount + 1, seconds added, lastPracticedAt. */
export function recordSongPractice(doc: Doc, input: SongPracticeInput, options?: WriteOptions): void {
  assertWritable(doc);
  const { songId, seconds, at } = parseInput(SongPracticeInputSchema, input, 'song practice');
  const roots = libraryRoots(doc);
  if (!roots.songs.has(songId)) throw notFound('song', songId);
  writeTransaction(doc, options, (now) => bumpSlot(doc, roots.practiceStats, songId, seconds, at ?? now));
}

/** "Mark done" on a section: practiceCount + 1 and lastPracticedAt. */
export function recordSectionPractice(doc: Doc, input: SectionPracticeInput, options?: WriteOptions): void {
  assertWritable(doc);
  const { sectionId, at } = parseInput(SectionPracticeInputSchema, input, 'section practice');
  const roots = libraryRoots(doc);
  if (!roots.sections.has(sectionId)) throw notFound('section', sectionId);
  writeTransaction(doc, options, (now) => bumpSlot(doc, roots.practiceStats, sectionId, 0, at ?? now));
}
