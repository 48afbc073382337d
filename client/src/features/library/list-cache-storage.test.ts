import { describe, expect, it } from 'vitest';
import { listCacheKey } from './list-cache-codec.ts';
import { readListCache, removeListCache, writeListCache, type ListCacheStorage } from './list-cache-storage.ts';
import type { SongCardModel } from './song-card-model.ts';

const NAME = 'metmap:library:guest';
const model: SongCardModel = {
  id: 'song-1',
  title: 'Solar',
  artist: 'Miles Davis',
  tags: ['jazz'],
  createdAt: 10,
  sectionCount: 1,
  averageConfidence: 4,
  durationSeconds: 90,
  lastPracticedAt: undefined,
  strip: [{ name: 'Head', bars: 12, confidence: 4 }],
};

function mapStorage(options: { quota?: number } = {}): ListCacheStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > (options.quota ?? Infinity)) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

describe('library list cache storage', () => {
  it('LF13: saved, read back and removed under the document-namespaced key', () => {
    const storage = mapStorage();
    writeListCache(NAME, [model], storage, 123);
    expect([...storage.map.keys()]).toEqual([listCacheKey(NAME)]);
    expect(readListCache(NAME, storage)).toEqual({ savedAt: 123, models: [model] });
    removeListCache(NAME, storage);
    expect(readListCache(NAME, storage)).toBeNull();
  });

  it('LF13: a cache that cannot be saved (storage full) removes the old one rather than leave it stale', () => {
    const storage = mapStorage({ quota: 400 });
    writeListCache(NAME, [model], storage);
    expect(readListCache(NAME, storage)?.models).toHaveLength(1);
    writeListCache(NAME, Array.from({ length: 20 }, (_, index) => ({ ...model, id: `song-${index}` })), storage);
    expect(storage.map.size).toBe(0);
  });

  it('LF13: no storage, or storage that throws, reads as no cache', () => {
    expect(readListCache(NAME, null)).toBeNull();
    const throwing: ListCacheStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readListCache(NAME, throwing)).toBeNull();
  });
});
