import { describe, expect, it } from 'vitest';
import { createActiveLibrary } from './active-library.ts';
import { sameOwner } from './doc-owner.ts';
import { libraryStorageName, openLibraryDoc } from './library-doc.ts';

describe('active library', () => {
  it('CSYNC1: switching owner opens that owner\'s document and hands back the previous one; the same owner is a no-op', async () => {
    const open = (owner: Parameters<typeof openLibraryDoc>[0]) => openLibraryDoc(owner, { hasIndexedDb: false, openPort: () => null });
    const active = createActiveLibrary({ owner: 'guest', handle: open('guest') }, open);
    let notified = 0;
    active.subscribe(() => (notified += 1));

    expect(active.switchTo('guest')).toBeNull();
    const previous = active.switchTo({ userId: 'u1' });
    expect(previous?.owner).toBe('guest');
    expect(active.get().handle.storageName).toBe(libraryStorageName({ userId: 'u1' }));
    expect(active.switchTo({ userId: 'u1' })).toBeNull();
    expect(notified).toBe(1);
    await previous?.handle.destroy();
    await active.get().handle.destroy();
  });

  it('owners compare by account id', () => {
    expect(sameOwner('guest', 'guest')).toBe(true);
    expect(sameOwner('guest', { userId: 'a' })).toBe(false);
    expect(sameOwner({ userId: 'a' }, { userId: 'a' })).toBe(true);
    expect(sameOwner({ userId: 'a' }, { userId: 'b' })).toBe(false);
  });
});
