import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSection, createSong, readLibrary, updateSong } from '../../lib/library-api.ts';
import { decodeListCache, encodeListCache, LIST_CACHE_VERSION, listCacheKey } from './list-cache-codec.ts';
import { reuseCardModels, type SongCardModel } from './song-card-model.ts';

const GUEST = 'metmap:library:guest';

function libraryModels(): SongCardModel[] {
  const doc = new Y.Doc();
  const first = createSong(doc, { title: 'Águas de Março', artist: 'Tom Jobim' });
  updateSong(doc, first, { tags: ['bossa', 'gig'], durationSeconds: 182 });
  createSection(doc, { songId: first, name: 'Intro', bars: 4 });
  createSection(doc, { songId: first, name: 'Verse: "A" part', bars: 16 });
  createSong(doc, { title: 'No sections yet' });
  return [...reuseCardModels(readLibrary(doc).songs, new Map()).values()];
}

describe('library list cache codec', () => {
  it('LF13: a cache decodes to the card models it was made from, in the same order', () => {
    const models = libraryModels();
    const decoded = decodeListCache(GUEST, encodeListCache(GUEST, models, 1_700_000_000_000));
    expect(decoded?.savedAt).toBe(1_700_000_000_000);
    expect(decoded?.models).toEqual(models);
  });

  it('LF13: the key is namespaced with the document storage name', () => {
    expect(listCacheKey(GUEST)).toBe('metmap:library:guest:list-cache');
    expect(listCacheKey('metmap:library:user-1')).toBe('metmap:library:user-1:list-cache');
  });

  it("LF13: another document's cache is never shown", () => {
    const text = encodeListCache('metmap:library:user-1', libraryModels(), 1);
    expect(decodeListCache('metmap:library:user-2', text)).toBeNull();
    expect(decodeListCache(GUEST, text)).toBeNull();
  });

  it('LF13: a cache of another version is ignored', () => {
    const song = ['id-1', 'Title', null, [], 1, null, null, '', '', []];
    const cache = (v: unknown) => JSON.stringify({ v, doc: GUEST, savedAt: 1, songs: [song] });
    expect(decodeListCache(GUEST, cache(LIST_CACHE_VERSION))?.models).toHaveLength(1);
    for (const v of [LIST_CACHE_VERSION + 1, LIST_CACHE_VERSION - 1, String(LIST_CACHE_VERSION), undefined]) {
      expect(decodeListCache(GUEST, cache(v))).toBeNull();
    }
  });

  it('LF13: missing, unreadable or malformed data is ignored, never thrown', () => {
    const song = ['id-1', 'Title', null, [], 1, null, null, '8 4', '35', ['Verse', 'Chorus']];
    const cache = (songs: unknown[]) => JSON.stringify({ v: LIST_CACHE_VERSION, doc: GUEST, savedAt: 1, songs });
    expect(decodeListCache(GUEST, cache([song]))?.models).toHaveLength(1);
    const bad: unknown[] = [
      ['id-1', 'Title', null, [], 1, null, null, '8 4', '3', ['Verse', 'Chorus']], // sections disagree
      ['id-1', 'Title', null, [], 1, null, null, '8 4', '36', ['Verse', 'Chorus']], // confidence 6
      ['id-1', 'Title', null, [], 1, null, null, '8 0', '35', ['Verse', 'Chorus']], // 0 bars
      ['id-1', 42, null, [], 1, null, null, '', '', []], // title not text
      ['', 'Title', null, [], 1, null, null, '', '', []], // no id
      ['id-1', 'Title', null, [], -1, null, null, '', '', []], // negative time
      ['id-1', 'Title', null, [], 1, null, null, '', ''], // a field missing
      { id: 'id-1', title: 'Title' },
    ];
    for (const entry of bad) expect(decodeListCache(GUEST, cache([song, entry]))).toBeNull();
    for (const text of [null, '', '{', 'null', '[]', '"text"', JSON.stringify({ v: LIST_CACHE_VERSION, doc: GUEST })]) {
      expect(decodeListCache(GUEST, text)).toBeNull();
    }
  });
});
