import { describe, expect, it } from 'vitest';
import { filterByTag, filterSongs } from './filter-songs.ts';

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

describe('filterByTag', () => {
  const tagged = [
    { id: '1', title: 'A', tags: ['jazz'] },
    { id: '2', title: 'B', tags: ['gig', 'jazz'] },
    { id: '3', title: 'C', tags: [] },
  ];
  it('LIB7: keeps songs with the exact tag, or all when no tag is chosen', () => {
    expect(filterByTag(tagged, 'gig').map((s) => s.id)).toEqual(['2']);
    expect(filterByTag(tagged, 'jazz').map((s) => s.id)).toEqual(['1', '2']);
    expect(filterByTag(tagged, 'Jazz')).toEqual([]);
    expect(filterByTag(tagged, null)).toBe(tagged);
  });
});
