import { describe, expect, it } from 'vitest';
import type { TempoEvent } from '../../lib/library-api.ts';
import { curveBars, tempoCurve } from './tempo-curve.ts';

const event = (fields: Partial<TempoEvent> & Pick<TempoEvent, 'bar' | 'bpm'>): TempoEvent =>
  ({ id: fields.bar, songId: 's', beat: 1, change: 'instant', ...fields }) as unknown as TempoEvent;

describe('tempo curve', () => {
  it('EDIT6: no tempo map: a flat line at the song tempo, 120 when unset', () => {
    expect(tempoCurve({ bpm: 90, timeSignature: '4/4', tempoMap: [] }, 16)).toEqual([
      { x: 0, bpm: 90 },
      { x: 16, bpm: 90 },
    ]);
    expect(tempoCurve({ timeSignature: '4/4', tempoMap: [] }, 8)[0]).toEqual({ x: 0, bpm: 120 });
  });

  it('EDIT6: an instant change jumps at its bar and beat', () => {
    const curve = tempoCurve({ bpm: 100, timeSignature: '4/4', tempoMap: [event({ bar: 5, beat: 3, bpm: 140 })] }, 8);
    expect(curve).toEqual([
      { x: 0, bpm: 100 },
      { x: 4.5, bpm: 100 },
      { x: 4.5, bpm: 140 },
      { x: 8, bpm: 140 },
    ]);
  });

  it('EDIT6: a ramp is a straight line over its beats; a later event cuts it short', () => {
    const ramp = event({ bar: 3, bpm: 140, change: 'ramp', rampBeats: 8 });
    expect(tempoCurve({ bpm: 100, timeSignature: '4/4', tempoMap: [ramp] }, 8)).toEqual([
      { x: 0, bpm: 100 },
      { x: 2, bpm: 100 },
      { x: 4, bpm: 140 },
      { x: 8, bpm: 140 },
    ]);
    const cut = tempoCurve({ bpm: 100, timeSignature: '4/4', tempoMap: [ramp, event({ bar: 4, bpm: 80 })] }, 8);
    expect(cut).toEqual([
      { x: 0, bpm: 100 },
      { x: 2, bpm: 100 },
      { x: 3, bpm: 120 },
      { x: 3, bpm: 80 },
      { x: 8, bpm: 80 },
    ]);
  });

  it('EDIT6: a step change climbs one equal step per beat, the first beat already one step on', () => {
    const step = event({ bar: 2, bpm: 130, change: 'step', rampBeats: 3 });
    expect(tempoCurve({ bpm: 100, timeSignature: '3/4', tempoMap: [step] }, 3)).toEqual([
      { x: 0, bpm: 100 },
      { x: 1, bpm: 100 },
      { x: 1, bpm: 110 },
      { x: 1 + 1 / 3, bpm: 110 },
      { x: 1 + 1 / 3, bpm: 120 },
      { x: 1 + 2 / 3, bpm: 120 },
      { x: 1 + 2 / 3, bpm: 130 },
      { x: 3, bpm: 130 },
    ]);
  });

  it('EDIT6: events past the end are not drawn; the length comes from the sections', () => {
    const curve = tempoCurve({ bpm: 100, timeSignature: '4/4', tempoMap: [event({ bar: 20, bpm: 60 })] }, 8);
    expect(curve.at(-1)).toEqual({ x: 8, bpm: 100 });
    expect(curveBars({ sections: [{ bars: 8 }, { bars: 4 }], tempoMap: [] })).toBe(12);
    expect(curveBars({ sections: [], tempoMap: [event({ bar: 20, bpm: 60 })] })).toBe(24);
    expect(curveBars({ sections: [], tempoMap: [] })).toBe(8);
  });
});
