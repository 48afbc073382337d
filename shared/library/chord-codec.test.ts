import { describe, expect, it } from 'vitest';
import { ChordValueSchema, encodeChordValue } from './chord-codec.ts';
import { CHORD_QUALITIES, ChordRecordSchema, NOTE_NAMES, chordSymbol, type ChordRecord } from './schema-chord.ts';
import { createRandom } from './test-support/prng.ts';

const SECTION = '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('compact chord values', () => {
  it('DOC5: every valid chord survives encode → parse unchanged', () => {
    const random = createRandom(5);
    for (let i = 0; i < 2000; i++) {
      const chord: ChordRecord = ChordRecordSchema.parse({
        sectionId: SECTION,
        bar: random.int(1, 999),
        beat: random.int(1, 32),
        durationBeats: random.int(1, 128),
        root: random.pick(NOTE_NAMES),
        quality: random.pick(CHORD_QUALITIES),
        extensions: ['b9', '#11', '13', 'add9', 'no3', 'sus4'].filter(() => random.bool(0.3)),
        ...(random.bool(0.3) ? { bass: random.pick(NOTE_NAMES) } : {}),
      });
      expect(ChordValueSchema.parse(encodeChordValue(chord))).toEqual(chord);
    }
  });

  it.each([
    ['missing fields', `${SECTION}|1|1|4|A|min7`],
    ['bar 0', `${SECTION}|0|1|4|A|min7||`],
    ['bar 1000', `${SECTION}|1000|1|4|A|min7||`],
    ['beat 33', `${SECTION}|1|33|4|A|min7||`],
    ['duration 129', `${SECTION}|1|1|129|A|min7||`],
    ['unknown root', `${SECTION}|1|1|4|H|min7||`],
    ['unknown quality', `${SECTION}|1|1|4|A|m7||`],
    ['bad extension', `${SECTION}|1|1|4|A|min7|b99|`],
    ['upper-case section id', `${SECTION.toUpperCase()}|1|1|4|A|min7||`],
    ['trailing data', `${SECTION}|1|1|4|A|min7|||`],
    ['leading zero', `${SECTION}|01|1|4|A|min7||`],
  ])('DOC5: a malformed chord value is refused (%s)', (_name, value) => {
    expect(ChordValueSchema.safeParse(value).success).toBe(false);
  });

  it('DOC5: chordSymbol prints what musicians write', () => {
    const chord = (quality: ChordRecord['quality'], extra: Partial<ChordRecord> = {}) =>
      chordSymbol({ root: 'A', quality, extensions: [], ...extra });
    expect(chord('min7')).toBe('Am7');
    expect(chordSymbol({ root: 'F#', quality: 'dim', extensions: [] })).toBe('F#dim');
    expect(chord('maj')).toBe('A');
    expect(chord('7', { extensions: ['b9', '#11'], bass: 'G' })).toBe('A7(b9,#11)/G');
  });
});
