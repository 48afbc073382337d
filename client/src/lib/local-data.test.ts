import { describe, expect, it } from 'vitest';
import { createInMemoryChannel } from './in-memory-channel.ts';
import { clearLocalData, listenForLocalDataCleared, type DatabaseDirectory, type KeyValueStorage } from './local-data.ts';
import { openLocalDoc } from './local-doc.ts';

function fakeDatabases(names: string[]): DatabaseDirectory & { deleted: string[] } {
  const deleted: string[] = [];
  return { deleted, names: async () => names, delete: async (name) => void deleted.push(name) };
}

function fakeStorage(entries: Record<string, string>): KeyValueStorage & { keys(): string[] } {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

describe('clearing local data', () => {
  it('LF7: deletes every metmap: database and key, stops this tab saving, and resets the other tabs', async () => {
    const relay = createInMemoryChannel();
    const control = createInMemoryChannel();
    const openDoc = () => openLocalDoc('metmap:library:guest', { hasIndexedDb: false, openPort: () => relay.open() });
    const here = openDoc();
    const otherTab = openDoc();
    let otherTabReset = 0;
    const otherTabReloads = new Promise<void>((resolve) => {
      listenForLocalDataCleared([otherTab], () => resolve(void (otherTabReset += 1)), () => control.open());
    });

    const databases = fakeDatabases(['metmap:library:guest', 'metmap:practice:u1', 'someone-else']);
    const storage = fakeStorage({ 'metmap:theme': 'dark', 'other-app': 'x' });
    await clearLocalData({ handles: [here], databases, storage, openPort: () => control.open() });
    control.flush();
    await otherTabReloads;

    expect(databases.deleted.sort()).toEqual(['metmap:library:guest', 'metmap:practice:u1']);
    expect(storage.keys()).toEqual(['other-app']);
    expect(otherTabReset).toBe(1);
    // Neither tab relays any more: nothing can be written back after the reset.
    here.doc.getMap('songs').set('late', 1);
    relay.flush();
    expect(otherTab.doc.getMap('songs').has('late')).toBe(false);
  });

  it('LF7: ignores messages that are not a clear request', () => {
    const control = createInMemoryChannel();
    let resets = 0;
    const stop = listenForLocalDataCleared([], () => (resets += 1), () => control.open());
    const sender = control.open();
    sender.post({ type: 'cleared', v: 2, from: 'x' });
    sender.post({ type: 'reset' });
    sender.post(null);
    control.flush();
    expect(resets).toBe(0);
    stop();
  });
});
