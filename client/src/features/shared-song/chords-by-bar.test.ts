import { describe, expect, it } from 'vitest';
import { chordsByBar } from './chords-by-bar.ts';

const chord = (bar: number, beat: number, symbol: string) => ({ bar, beat, durationBeats: 1, root: 'C' as const, quality: 'maj' as const, extensions: [], bass: null, symbol });

describe('chordsByBar', () => {
  it('SHARE3: every bar of the section, its chords in beat order; chords past the last bar are not shown', () => {
    expect(chordsByBar({ bars: 3, chords: [chord(1, 3, 'G'), chord(1, 1, 'C'), chord(3, 1, 'Am7'), chord(9, 1, 'X')] })).toEqual(['C G', '', 'Am7']);
  });
});
