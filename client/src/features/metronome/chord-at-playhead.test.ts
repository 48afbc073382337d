import { describe, expect, it } from 'vitest';
import { chordIndexAt } from './chord-at-playhead.ts';
import { createTimeline } from './timeline.ts';
import { positionAt } from './position-at.ts';

const chords = [
  { bar: 1, beat: 1, duration: 4 },
  { bar: 2, beat: 1, duration: 2 },
  { bar: 2, beat: 3, duration: 2 },
  { bar: 3, beat: 2, duration: 8 },
  { bar: 4, beat: 1, duration: 1 },
];

describe('chord under the playhead', () => {
  it('MET17: finds the chord whose beats contain the position, -1 in gaps', () => {
    expect([0, 3.99, 4, 5.5, 6, 8, 8.5, 9, 12, 12.5, 13, 17].map((beat) => chordIndexAt(chords, 4, beat))).toEqual([
      0, 0, 1, 1, 2, -1, -1, 3, 4, 4, 3, -1,
    ]);
  });

  it('MET17: follows positionAt through a section', () => {
    const timeline = createTimeline({ sections: [{ bars: 4, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 60 }], loop: true });
    expect(chordIndexAt(chords, 4, positionAt(timeline, 6.5).sectionBeat)).toBe(2);
    expect(chordIndexAt(chords, 4, positionAt(timeline, 16 + 4.2).sectionBeat)).toBe(1); // next loop, bar 2
  });
});
