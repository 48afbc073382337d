import { describe, expect, it } from 'vitest';
import { listCacheKey } from '../library/list-cache-codec.ts';
import { ackRecords } from './ack-records.ts';
import { removeDeviceCopy } from './remove-device-copy.ts';

const USER = '0a1b2c3d-0000-4000-8000-000000000001';
const OTHER = '0a1b2c3d-0000-4000-8000-000000000002';

function mapStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('removing the device copy of an account', () => {
  it('CSYNC10, LF13: deletes both databases and the list cache, again after the deletion (a late tab may have saved it)', async () => {
    const storage = mapStorage();
    const cacheKey = listCacheKey(`metmap:library:${USER}`);
    const otherKey = listCacheKey(`metmap:library:${OTHER}`);
    storage.map.set(cacheKey, 'cache of user-1').set(otherKey, 'cache of user-2');
    const deleted: string[] = [];
    const databases = {
      names: () => Promise.resolve([]),
      delete: (name: string) => {
        deleted.push(name);
        // A tab that had not closed the library yet saves its cache while the deletion waits.
        storage.map.set(cacheKey, 'saved late');
        return Promise.resolve();
      },
    };
    await removeDeviceCopy(USER, { databases, storage, acks: ackRecords(storage) });
    expect(deleted.sort()).toEqual([`metmap:library:${USER}`, `metmap:practice:${USER}`]);
    expect(storage.map.has(cacheKey)).toBe(false);
    expect(storage.map.get(otherKey)).toBe('cache of user-2');
  });

  it('CSYNC10, LF13: the list cache goes even when a deletion fails', async () => {
    const storage = mapStorage();
    const cacheKey = listCacheKey(`metmap:library:${USER}`);
    const databases = {
      names: () => Promise.resolve([]),
      delete: () => {
        storage.map.set(cacheKey, 'saved late');
        return Promise.reject(new Error('still open in another tab'));
      },
    };
    await expect(removeDeviceCopy(USER, { databases, storage, acks: ackRecords(storage) })).rejects.toThrow('still open');
    expect(storage.map.has(cacheKey)).toBe(false);
  });
});
