import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AuthUser } from '../../../../shared/auth/auth-api.ts';
import { createActiveLibrary } from '../../lib/active-library.ts';
import type { DocOwner } from '../../lib/doc-owner.ts';
import { createInMemoryChannel, type InMemoryChannel } from '../../lib/in-memory-channel.ts';
import { createSong, readLibrary } from '../../lib/library-api.ts';
import { libraryStorageName, openLibraryDoc } from '../../lib/library-doc.ts';
import { openLocalDoc, type LocalDocHandle } from '../../lib/local-doc.ts';
import { practiceStorageName } from '../../lib/practice-doc.ts';
import { openAccountChannel } from './account-channel.ts';
import { startDeviceSession, type SessionSource } from './device-session.ts';
import type { SyncRunner } from './sync-runner.ts';
import type { SyncSessionOptions, SyncView } from './sync-session.ts';
import { createValueSource } from './value-source.ts';

const USER: AuthUser = { id: '7f6f3c4e-0a51-4b55-9d0c-1d2f3a4b5c6d', email: 'robin@example.com', name: 'Robin', emailVerified: true };
const memory = { hasIndexedDb: false, openPort: () => null };

type SessionState = ReturnType<SessionSource['getState']>;

/** One tab: a session store like features/auth/session-store.ts, in-memory documents, a recording runner. */
function openTab(channel: InMemoryChannel, owner: DocOwner = 'guest') {
  const store = createStore<SessionState>()((set) => ({
    status: 'unknown',
    user: null,
    setUser: (user) => set({ user, status: user ? 'signed-in' : 'guest' }),
  }));
  const practiceDocs = new Map<string, LocalDocHandle>();
  const starts: SyncSessionOptions[] = [];
  let stops = 0;
  const runner: SyncRunner = {
    view: createValueSource<SyncView | null>(null),
    start: (options) => void starts.push(options),
    stop: () => void (stops += 1),
    syncNow: () => undefined,
    inspect: () => [],
  };
  const openLibrary = (who: DocOwner) => openLibraryDoc(who, memory);
  const removed: { userId: string; messagesPostedBefore: number }[] = [];
  const device = startDeviceSession({
    library: createActiveLibrary({ owner, handle: openLibrary(owner) }, openLibrary),
    session: store,
    runner,
    openChannel: (onMessage) => openAccountChannel(onMessage, () => channel.open()),
    syncUrl: () => 'ws://test/sync',
    openLibrary,
    practice: {
      open(who) {
        const name = practiceStorageName(who);
        const handle = practiceDocs.get(name) ?? openLocalDoc(name, memory);
        practiceDocs.set(name, handle);
        return handle;
      },
      async close(who) {
        practiceDocs.delete(practiceStorageName(who));
      },
    },
    removeCopy: async (userId) => void removed.push({ userId, messagesPostedBefore: channel.posted.length }),
  });
  return { store, device, starts, stops: () => stops, removed, storageName: () => device.library.get().handle.storageName };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('device session', () => {
  it('CSYNC1: signing in shows and syncs the account\'s documents; another tab follows without being asked', async () => {
    const channel = createInMemoryChannel();
    const tab = openTab(channel);
    const other = openTab(channel);
    tab.store.getState().setUser(USER);
    expect(tab.storageName()).toBe(libraryStorageName({ userId: USER.id }));
    expect(tab.starts.map((start) => start.documents.map((doc) => doc.name))).toEqual([[`library:${USER.id}`, `practice:${USER.id}`]]);
    expect(tab.starts[0]?.url).toBe('ws://test/sync');

    channel.flush();
    expect(other.store.getState().user).toEqual(USER);
    expect(other.storageName()).toBe(libraryStorageName({ userId: USER.id }));
    expect(other.starts).toHaveLength(1);
    await settle();
    expect(other.device.mergeOffer.get()).toBeNull();
  });

  it('CSYNC7, CSYNC8: a guest library is offered on sign-in; yes merges it into the account\'s document', async () => {
    const tab = openTab(createInMemoryChannel());
    createSong(tab.device.library.get().handle.doc, { title: 'Made as a guest' });
    tab.store.getState().setUser(USER);
    await expect.poll(() => tab.device.mergeOffer.get()).toEqual({ songs: 1, sessions: 0, failed: false });

    await tab.device.answerMergeOffer(true);
    expect(tab.device.mergeOffer.get()).toBeNull();
    expect(readLibrary(tab.device.library.get().handle.doc).songs.map((song) => song.title)).toEqual(['Made as a guest']);
  });

  it('CSYNC7: an empty guest library is not asked about', async () => {
    const tab = openTab(createInMemoryChannel());
    tab.store.getState().setUser(USER);
    await settle();
    await settle();
    expect(tab.device.mergeOffer.get()).toBeNull();
  });

  it('CSYNC5: when the server knows no session, sync stops and the copy stays; signing in again restarts sync', () => {
    const tab = openTab(createInMemoryChannel(), { userId: USER.id });
    const handle = tab.device.library.get().handle;
    expect(tab.starts).toHaveLength(1);
    tab.store.getState().setUser(null);
    expect(tab.device.sessionEnded.get()).toBe(true);
    expect(tab.stops()).toBeGreaterThan(0);
    expect(tab.device.library.get().handle).toBe(handle);

    tab.store.getState().setUser(USER);
    expect(tab.device.sessionEnded.get()).toBe(false);
    expect(tab.starts).toHaveLength(2);
    expect(tab.device.library.get().handle).toBe(handle);
    // A profile change of the same user (a new name) does not restart anything.
    tab.store.getState().setUser({ ...USER, name: 'Robin R.' });
    expect(tab.starts).toHaveLength(2);
  });

  it('CSYNC5: signing in again in one tab restarts sync in the other tabs whose session ended too', () => {
    const channel = createInMemoryChannel();
    const tab = openTab(channel, { userId: USER.id });
    const other = openTab(channel, { userId: USER.id });
    tab.store.getState().setUser(null);
    other.store.getState().setUser(null);
    expect(other.device.sessionEnded.get()).toBe(true);

    tab.store.getState().setUser(USER);
    channel.flush();
    expect(other.device.sessionEnded.get()).toBe(false);
    expect(other.starts).toHaveLength(2);
    expect(other.store.getState().user).toEqual(USER);
  });

  it('CSYNC10: signing out with remove tells every tab before the copy is removed; the tabs show the guest library', async () => {
    const channel = createInMemoryChannel();
    const tab = openTab(channel, { userId: USER.id });
    const other = openTab(channel, { userId: USER.id });
    other.store.getState().setUser(USER);
    let signedOutCalled = false;

    await tab.device.signOut({ removeCopy: true, signOutOnServer: async () => undefined, onSignedOut: () => void (signedOutCalled = true) });
    expect(signedOutCalled).toBe(true);
    expect(tab.storageName()).toBe(libraryStorageName('guest'));
    expect(tab.removed).toEqual([{ userId: USER.id, messagesPostedBefore: 1 }]);
    expect(tab.device.sessionEnded.get()).toBe(false);

    channel.flush();
    expect(other.storageName()).toBe(libraryStorageName('guest'));
    expect(other.store.getState().status).toBe('guest');
    expect(other.removed).toEqual([]);
  });

  it('CSYNC10: when the server cannot sign out, nothing changes and sync resumes', async () => {
    const tab = openTab(createInMemoryChannel(), { userId: USER.id });
    const failing = tab.device.signOut({
      removeCopy: true,
      signOutOnServer: () => Promise.reject(new Error('offline')),
      onSignedOut: () => undefined,
    });
    await expect(failing).rejects.toThrow('offline');
    expect(tab.storageName()).toBe(libraryStorageName({ userId: USER.id }));
    expect(tab.starts).toHaveLength(2);
    expect(tab.removed).toEqual([]);
  });
});
