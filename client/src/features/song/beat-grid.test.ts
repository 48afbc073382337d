import { describe, expect, it } from 'vitest';
import type { Chord } from '../../lib/library-api.ts';
import { cellKey, gridMeter, layoutChords, movedPosition, snapToBeat, type BarRowRect } from './beat-grid.ts';

// Four bars of 4 beats: rows 40 px tall with 8 px gaps, beat area 200 px wide from x = 100.
const ROWS: BarRowRect[] = [0, 1, 2, 3].map((i) => ({ top: i * 48, bottom: i * 48 + 40, left: 100, width: 200 }));

describe('chord grid geometry', () => {
  it('EDIT5: the grid meter is the section\'s own, else the song\'s', () => {
    expect(gridMeter({ timeSignature: '7/8' }, { timeSignature: '4/4' })).toEqual({ timeSignature: '7/8', beatsPerBar: 7 });
    expect(gridMeter({}, { timeSignature: '3/4' })).toEqual({ timeSignature: '3/4', beatsPerBar: 3 });
    expect(gridMeter({}, {})).toEqual({ timeSignature: '4/4', beatsPerBar: 4 });
  });

  it('EDIT5: a dropped chord snaps to the beat cell under the pointer', () => {
    expect(snapToBeat({ x: 100, y: 0 }, ROWS, 4)).toEqual({ bar: 1, beat: 1 });
    expect(snapToBeat({ x: 149.9, y: 20 }, ROWS, 4)).toEqual({ bar: 1, beat: 1 });
    expect(snapToBeat({ x: 150, y: 20 }, ROWS, 4)).toEqual({ bar: 1, beat: 2 });
    expect(snapToBeat({ x: 299, y: 100 }, ROWS, 4)).toEqual({ bar: 3, beat: 4 });
    expect(snapToBeat({ x: 260, y: 170 }, ROWS, 4)).toEqual({ bar: 4, beat: 4 });
  });

  it('EDIT5: in a gap it goes to the nearer bar; outside the grid it clamps to the edge', () => {
    expect(snapToBeat({ x: 120, y: 42 }, ROWS, 4)).toEqual({ bar: 1, beat: 1 });
    expect(snapToBeat({ x: 120, y: 46 }, ROWS, 4)).toEqual({ bar: 2, beat: 1 });
    expect(snapToBeat({ x: -50, y: -300 }, ROWS, 4)).toEqual({ bar: 1, beat: 1 });
    expect(snapToBeat({ x: 900, y: 900 }, ROWS, 4)).toEqual({ bar: 4, beat: 4 });
    expect(snapToBeat({ x: 0, y: 0 }, [], 4)).toBeNull();
  });

  it('EDIT5: Alt+arrows move a chord a beat across bar lines or a bar, never off the grid', () => {
    expect(movedPosition({ bar: 1, beat: 4 }, 'ArrowRight', 4, 4)).toEqual({ bar: 2, beat: 1 });
    expect(movedPosition({ bar: 2, beat: 1 }, 'ArrowLeft', 4, 4)).toEqual({ bar: 1, beat: 4 });
    expect(movedPosition({ bar: 2, beat: 3 }, 'ArrowDown', 4, 4)).toEqual({ bar: 3, beat: 3 });
    expect(movedPosition({ bar: 2, beat: 3 }, 'ArrowUp', 4, 4)).toEqual({ bar: 1, beat: 3 });
    expect(movedPosition({ bar: 1, beat: 1 }, 'ArrowLeft', 4, 4)).toBeNull();
    expect(movedPosition({ bar: 4, beat: 4 }, 'ArrowRight', 4, 4)).toBeNull();
    expect(movedPosition({ bar: 4, beat: 2 }, 'ArrowDown', 4, 4)).toEqual({ bar: 4, beat: 4 });
    expect(movedPosition({ bar: 1, beat: 1 }, 'Enter', 4, 4)).toBeNull();
  });

  it('EDIT5: chords are drawn across their beats up to the bar line or the next chord; the rest are listed apart', () => {
    const chord = (id: string, bar: number, beat: number, durationBeats: number): Chord =>
      ({ id, sectionId: 's', bar, beat, durationBeats, root: 'C', quality: 'maj', extensions: [] }) as unknown as Chord;
    const layout = layoutChords(
      [chord('a', 1, 1, 4), chord('b', 1, 3, 1), chord('c', 2, 2, 8), chord('d', 2, 2, 1), chord('e', 5, 1, 1), chord('f', 1, 6, 1)],
      4,
      4,
    );
    expect(layout.cells.get(cellKey(1, 1))?.span).toBe(2);
    expect(layout.cells.get(cellKey(2, 2))?.span).toBe(3);
    expect(layout.cells.get(cellKey(2, 2))?.chords.map((c) => c.id)).toEqual(['c', 'd']);
    expect([...layout.covered].sort()).toEqual(['1:2', '2:3', '2:4']);
    expect(layout.outside.map((c) => c.id)).toEqual(['e', 'f']);
  });
});
