import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { compareByOrder, isOrderKey, placeAt } from './order.ts';
import { createRandom } from './test-support/prng.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${String(i).padStart(3, '0')}`);

describe('order keys', () => {
  it('DOC6: isOrderKey accepts what fractional-indexing produces and refuses garbage', () => {
    let key: string | null = null;
    for (let i = 0; i < 200; i++) {
      key = generateKeyBetween(key, null);
      expect(isOrderKey(key)).toBe(true);
    }
    expect(isOrderKey(generateKeyBetween('a0', 'a1'))).toBe(true);
    for (const bad of ['', 'a', 'a10', 'b0', '!a0', 'a0 ', 'A00000000000000000000000000', 'é0', 'a'.repeat(2000)]) {
      expect(isOrderKey(bad), bad).toBe(false);
    }
  });

  it('DOC6: ties between equal keys are broken by id', () => {
    const items = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'a0' },
    ];
    expect(items.sort(compareByOrder).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('DOC6: placeAt puts an item between its new neighbours with one new key', () => {
    const random = createRandom(6);
    let list: { id: string; order: string }[] = [];
    for (const id of ids(60)) {
      const index = random.int(0, list.length);
      const assignments = placeAt(list, id, index);
      expect(assignments).toHaveLength(1);
      list = [...list, ...assignments].sort(compareByOrder);
      expect(list.findIndex((item) => item.id === id)).toBe(index);
    }
  });

  it('DOC6: equal neighbour keys (concurrent inserts) make placeAt re-key the list', () => {
    const siblings = [
      { id: 'x', order: 'a0' },
      { id: 'y', order: 'a1' },
      { id: 'z', order: 'a1' },
    ];
    const assignments = placeAt(siblings, 'new', 2);
    const merged = new Map(siblings.map((item) => [item.id, item.order]));
    for (const { id, order } of assignments) merged.set(id, order);
    const sorted = [...merged].map(([id, order]) => ({ id, order })).sort(compareByOrder);
    expect(sorted.map((item) => item.id)).toEqual(['x', 'y', 'new', 'z']);
    expect(new Set(sorted.map((item) => item.order)).size).toBe(4);
  });
});
