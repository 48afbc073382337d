import { describe, expect, it } from 'vitest';
import { dropIndex, keyboardMoveIndex } from './section-order.ts';

describe('section reorder targets', () => {
  it('EDIT4: Alt+arrows move one place, Home and End to the ends, never past them', () => {
    expect(keyboardMoveIndex(2, 5, 'ArrowLeft')).toBe(1);
    expect(keyboardMoveIndex(2, 5, 'ArrowUp')).toBe(1);
    expect(keyboardMoveIndex(2, 5, 'ArrowRight')).toBe(3);
    expect(keyboardMoveIndex(2, 5, 'ArrowDown')).toBe(3);
    expect(keyboardMoveIndex(2, 5, 'Home')).toBe(0);
    expect(keyboardMoveIndex(2, 5, 'End')).toBe(4);
    expect(keyboardMoveIndex(0, 5, 'ArrowLeft')).toBeNull();
    expect(keyboardMoveIndex(4, 5, 'End')).toBeNull();
    expect(keyboardMoveIndex(2, 5, 'a')).toBeNull();
  });

  it('EDIT4: a dragged segment drops after every other segment whose middle it has passed', () => {
    // Segments 0–100, 100–300, 300–350, 350–550 (middles 50, 200, 325, 450).
    const segments = [
      { left: 0, width: 100 },
      { left: 100, width: 200 },
      { left: 300, width: 50 },
      { left: 350, width: 200 },
    ];
    expect(dropIndex(10, segments, 2)).toBe(0);
    expect(dropIndex(60, segments, 2)).toBe(1);
    expect(dropIndex(320, segments, 2)).toBe(2); // back on its own place
    expect(dropIndex(460, segments, 2)).toBe(3);
    expect(dropIndex(460, segments, 0)).toBe(3);
    expect(dropIndex(199, segments, 0)).toBe(0);
    expect(dropIndex(201, segments, 0)).toBe(1);
  });
});
