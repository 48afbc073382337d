import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readStorageUsage, requestPersistenceOnFirstEdit, requestPersistentStorage, type StorageManagerLike } from './persistent-storage.ts';

function fakeManager(granted: boolean): StorageManagerLike & { asked: number } {
  let persisted = false;
  const manager = {
    asked: 0,
    persisted: async () => persisted,
    persist: async () => {
      manager.asked += 1;
      persisted = granted;
      return granted;
    },
    estimate: async () => ({ usage: 1234, quota: 10_000 }),
  };
  return manager;
}

describe('persistent storage', () => {
  it('LF9: asks once, on the first edit made in this tab, not on storage replays or other tabs', () => {
    const doc = new Y.Doc();
    const storage = { name: 'idb' };
    const otherTabs = { name: 'relay' };
    let requests = 0;
    requestPersistenceOnFirstEdit(doc, new Set([storage, otherTabs]), async () => (requests += 1));
    doc.transact(() => doc.getMap('songs').set('a', 1), storage);
    doc.transact(() => doc.getMap('songs').set('b', 1), otherTabs);
    expect(requests).toBe(0);
    doc.getMap('songs').set('c', 1);
    doc.getMap('songs').set('d', 1);
    expect(requests).toBe(1);
  });

  it('LF9: does not ask again once persisted; reports usage, quota and the grant', async () => {
    const manager = fakeManager(true);
    expect(await readStorageUsage(manager)).toEqual({ usageBytes: 1234, quotaBytes: 10_000, persisted: false });
    expect(await requestPersistentStorage(manager)).toBe(true);
    expect(await requestPersistentStorage(manager)).toBe(true);
    expect(manager.asked).toBe(1);
    expect((await readStorageUsage(manager)).persisted).toBe(true);
  });

  it('LF9: without a storage manager, everything is unknown rather than an error', async () => {
    expect(await readStorageUsage(null)).toEqual({ usageBytes: null, quotaBytes: null, persisted: null });
    expect(await requestPersistentStorage(null)).toBeNull();
  });
});
