import { describe, expect, it } from 'vitest';
import { libraryStorageName, openGuestLibraryDoc } from './library-doc.ts';

describe('openGuestLibraryDoc', () => {
  it('names storage per owner under the metmap: namespace', () => {
    expect(libraryStorageName('guest')).toBe('metmap:library:guest');
    expect(libraryStorageName({ userId: 'u1' })).toBe('metmap:library:u1');
  });

  it('without IndexedDB, works in memory and says so', async () => {
    const handle = openGuestLibraryDoc({ hasIndexedDb: false });
    expect(await handle.whenOpened).toEqual({ state: 'memory-only', reason: 'unsupported' });
    expect(handle.storage.get()).toEqual({ state: 'memory-only', reason: 'unsupported' });
    await handle.destroy();
  });
});
