import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ChordValueSchema, encodeChordValue } from './chord-codec.ts';
import { overlayFieldSchemas } from './read-entities.ts';
import { zodReason } from './read-issues.ts';
import {
  StoredChordSchema,
  StoredPracticeSessionSchema,
  StoredPracticeStatsSlotSchema,
  StoredTempoEventSchema,
  sectionReader,
  songReader,
} from './read-schemas.ts';
import { ChordRecordSchema } from './schema-chord.ts';
import { PracticeSessionSchema, PracticeStatsSlotSchema } from './schema-practice.ts';
import { SECTION_OVERLAY_FIELDS, SectionEntitySchema, SectionRecordSchema } from './schema-section.ts';
import { SONG_OVERLAY_FIELDS, SongEntitySchema, SongRecordSchema } from './schema-song.ts';
import { TempoEventSchema } from './schema-tempo.ts';
import { T0 } from './test-support/docs.ts';
import { createRandom, type Random } from './test-support/prng.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTION = '11111111-1111-4111-8111-000000000001';
const ID = '22222222-2222-4222-a222-000000000002';

const song = {
  id: SONG, title: '  Song  ', artist: 'A', album: 'B', durationSeconds: 200, bpm: 96.5, key: 'Am', timeSignature: '6/8',
  tags: ['rock', ' live '], notes: 'n', createdAt: T0, updatedAt: T0 + 1, deletedAt: T0 + 2,
};
const section = {
  id: SECTION, songId: SONG, name: 'Verse', type: 'verse', bars: 8, bpm: 120, timeSignature: '3/4', confidence: 4,
  color: '#3b82f6', notes: '', order: 'a0', createdAt: T0, updatedAt: T0, deletedAt: T0,
};
const tempoEvent = { id: ID, songId: SONG, bar: 17, beat: 2, bpm: 100, timeSignature: '4/4', change: 'ramp', rampBeats: 8 };
const session = {
  id: ID, songId: SONG, startedAt: T0, endedAt: T0 + 60_000, durationSeconds: 60, sectionIds: [SECTION, ID], tempoReached: 90,
  rating: 4, notes: 'ok', createdAt: T0, updatedAt: T0,
};
const slot = { count: 3, seconds: 90, lastAt: T0 };
const chord = encodeChordValue(ChordRecordSchema.parse({ sectionId: SECTION, bar: 2, beat: 3, durationBeats: 2, root: 'F#', quality: 'min7', extensions: ['b9', '11'], bass: 'E' }));

/** Values a stored field may hold on a document written by any client. */
function oddValue(random: Random): unknown {
  return random.pick<() => unknown>([
    () => undefined, () => null, () => true, () => random.int(-5, 5), () => random.next() * 500, () => -0, () => 1e21,
    () => Number.MAX_SAFE_INTEGER + 2, () => 253_402_300_800_000, () => '', () => '   ', () => ' x ', () => 'x'.repeat(random.int(90, 10_050)),
    () => random.uuid(), () => random.uuid().toUpperCase(), () => 'a0', () => 'Zz', () => 'a00', () => '4/4', () => '7/9', () => '#ABCDEF',
    () => 'chorus', () => 'step', () => [], () => [' a ', ''], () => Array.from({ length: 33 }, () => 'x'), () => ({}), () => [random.int(0, 3)],
  ])();
}

/** A valid value with a few fields removed or replaced by odd values. */
function mutated(random: Random, valid: Record<string, unknown>): Record<string, unknown> {
  const value: Record<string, unknown> = { ...valid };
  const keys = [...Object.keys(valid), 'extra'];
  for (let i = random.int(0, 3); i > 0; i--) {
    const key = random.pick(keys);
    if (random.bool(0.3)) delete value[key];
    else value[key] = oddValue(random);
  }
  return value;
}

/** A chord string with one of its parts replaced. */
function mutatedChord(random: Random): unknown {
  if (random.bool(0.1)) return oddValue(random);
  const parts = chord.split('|');
  const odd = random.pick(['', '0', '1000', '33', '129', '1.5', ' 1', 'H', 'maj9', 'b9,11,13,#9,b5,#5,7', 'sus4', 'add9', random.uuid(), 'x|y']);
  parts[random.int(0, parts.length - 1)] = odd;
  return parts.join('|');
}

function expectSameVerdict(compiled: z.ZodType, schema: z.ZodType, input: unknown): void {
  const fast = compiled.safeParse(structuredClone(input));
  const reference = schema.safeParse(structuredClone(input));
  expect(fast.success).toBe(reference.success);
  if (fast.success && reference.success) expect(fast.data).toStrictEqual(reference.data);
  if (!fast.success && !reference.success) expect(zodReason(fast.error)).toBe(zodReason(reference.error));
}

describe('read schemas (compiled)', () => {
  it('DOC14: the compiled reader schemas accept, refuse and output exactly what the schemas do', () => {
    const random = createRandom(2);
    const cases: [z.ZodType, z.ZodType, unknown, () => unknown][] = [
      [songReader.schema, SongEntitySchema, song, () => mutated(random, song)],
      [sectionReader.schema, SectionEntitySchema, section, () => mutated(random, section)],
      [StoredTempoEventSchema, TempoEventSchema, tempoEvent, () => mutated(random, tempoEvent)],
      [StoredPracticeSessionSchema, PracticeSessionSchema, session, () => mutated(random, session)],
      [StoredPracticeStatsSlotSchema, PracticeStatsSlotSchema, slot, () => mutated(random, slot)],
      [StoredChordSchema, ChordValueSchema, chord, () => mutatedChord(random)],
    ];
    for (const [compiled, schema, valid, input] of cases) {
      expect(schema.safeParse(valid).success).toBe(true);
      expectSameVerdict(compiled, schema, valid);
      for (let i = 0; i < 1000; i++) expectSameVerdict(compiled, schema, input());
    }
  });

  it('DOC14: compiled overlay field schemas judge every field value as the field schemas do', () => {
    const random = createRandom(3);
    const readers = [
      [songReader.overlayFields, overlayFieldSchemas(SongRecordSchema.shape, SONG_OVERLAY_FIELDS)],
      [sectionReader.overlayFields, overlayFieldSchemas(SectionRecordSchema.shape, SECTION_OVERLAY_FIELDS)],
    ] as const;
    for (const [compiled, fields] of readers) {
      expect([...compiled.keys()]).toEqual([...fields.keys()]);
      for (const [field, schema] of fields) {
        const fast = compiled.get(field);
        if (fast === undefined) throw new Error(`no compiled schema for ${field}`);
        for (let i = 0; i < 300; i++) expectSameVerdict(fast, schema, oddValue(random));
      }
    }
  });
});
