import { describe, expect, it } from 'vitest';
import { orderLibrarySongs } from './library-order.ts';

describe('orderLibrarySongs', () => {
  it('puts recently practised songs first, then unpractised ones newest first, ties by id', () => {
    const songs = [
      { id: 'a', createdAt: 1 },
      { id: 'b', createdAt: 5 },
      { id: 'c', createdAt: 2, lastPracticedAt: 10 },
      { id: 'd', createdAt: 3, lastPracticedAt: 20 },
      { id: 'f', createdAt: 5 },
      { id: 'e', createdAt: 5 },
    ];
    expect(orderLibrarySongs(songs).map((s) => s.id)).toEqual(['d', 'c', 'b', 'e', 'f', 'a']);
  });

  it('does not reorder its input', () => {
    const songs = [
      { id: 'a', createdAt: 1 },
      { id: 'b', createdAt: 2 },
    ];
    orderLibrarySongs(songs);
    expect(songs.map((s) => s.id)).toEqual(['a', 'b']);
  });
});
