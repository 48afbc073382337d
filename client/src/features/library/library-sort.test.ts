import { describe, expect, it } from 'vitest';
import { sortSongs, type LibrarySortId } from './library-sort.ts';

const songs = [
  { id: 'a', title: 'blue in green', artist: 'Miles Davis', createdAt: 1, averageConfidence: 4 },
  { id: 'b', title: 'Autumn Leaves', createdAt: 3, lastPracticedAt: 50, averageConfidence: 2.5 },
  { id: 'c', title: 'Song 10', artist: 'abba', createdAt: 2, lastPracticedAt: 90, averageConfidence: null },
  { id: 'd', title: 'Song 9', artist: 'Miles Davis', createdAt: 4, averageConfidence: 1 },
];
const order = (sort: LibrarySortId) => sortSongs(songs, sort).map((song) => song.id);

describe('library sort orders', () => {
  it('LIB5: last practised first, then never-practised songs newest first', () => {
    expect(order('last-practised')).toEqual(['c', 'b', 'd', 'a']);
  });

  it('LIB5: title ignores case and compares numbers as numbers', () => {
    expect(order('title')).toEqual(['b', 'a', 'd', 'c']);
  });

  it('LIB5: artist, then title; songs without an artist last', () => {
    expect(order('artist')).toEqual(['c', 'a', 'd', 'b']);
  });

  it('LIB5: confidence lowest first; songs without sections last', () => {
    expect(order('confidence')).toEqual(['d', 'b', 'a', 'c']);
  });

  it('LIB5: recently added is newest first, and the input is not reordered', () => {
    expect(order('recently-added')).toEqual(['d', 'b', 'c', 'a']);
    expect(songs.map((song) => song.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
