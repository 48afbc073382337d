import { describe, expect, it } from 'vitest';
import { filterSongs } from './filter-songs.ts';

const songs = [
  { id: '1', title: 'Blue in Green', artist: 'Miles Davis', sections: [] },
  { id: '2', title: 'Águas de Março', artist: 'Elis Regina', sections: [] },
  { id: '3', title: 'Untitled', sections: [] },
];

describe('filterSongs', () => {
  it('matches title or artist, ignoring case, accents and surrounding spaces', () => {
    expect(filterSongs(songs, '  miles ').map((s) => s.id)).toEqual(['1']);
    expect(filterSongs(songs, 'aguas').map((s) => s.id)).toEqual(['2']);
    expect(filterSongs(songs, 'GREEN').map((s) => s.id)).toEqual(['1']);
    expect(filterSongs(songs, 'nothing like this')).toEqual([]);
  });

  it('returns every song for an empty query', () => {
    expect(filterSongs(songs, '   ')).toBe(songs);
  });
});
