import { describe, expect, it } from 'vitest';
import { SyncClose, SyncDenied } from '../../../../shared/sync/close-codes.ts';
import { foldProviderEvent, initialDocSyncFacts, type DocSyncFacts, type ProviderEvent } from './sync-facts.ts';
import { deriveSyncStatus, hasUnsavedChanges } from './sync-status.ts';

const fresh = (unsaved = false) => initialDocSyncFacts({ unsaved, lastAckAt: null });
const fold = (facts: DocSyncFacts, ...events: ProviderEvent[]) => events.reduce(foldProviderEvent, facts);

// What a provider reports on a healthy connect: socket open, token accepted, the handshake
// (unsyncedChanges 1 for sync step 1), then the acknowledgement of our step 2 after its commit.
const connect = (facts: DocSyncFacts, at = 1000): DocSyncFacts =>
  fold(
    facts,
    { type: 'socket', state: 'connecting' },
    { type: 'socket', state: 'connected' },
    { type: 'unsynced', count: 1, at },
    { type: 'authenticated' },
    { type: 'synced' },
    { type: 'unsynced', count: 0, at },
  );

describe('sync status from provider events', () => {
  it('CSYNC3: connecting, then syncing during the handshake, then saved at the acknowledgement', () => {
    let doc = fold(fresh(), { type: 'socket', state: 'connecting' });
    expect(deriveSyncStatus([doc], true)).toEqual({ kind: 'connecting', pending: 0 });
    doc = fold(doc, { type: 'socket', state: 'connected' }, { type: 'unsynced', count: 1, at: 5 }, { type: 'authenticated' });
    expect(deriveSyncStatus([doc], true)).toEqual({ kind: 'syncing', pending: 1 });
    doc = fold(doc, { type: 'synced' });
    expect(deriveSyncStatus([doc], true).kind).toBe('syncing');
    doc = fold(doc, { type: 'unsynced', count: 0, at: 1234 });
    expect(deriveSyncStatus([doc], true)).toEqual({ kind: 'saved', at: 1234 });
  });

  it('CSYNC3: "saved" only after the acknowledgement of the last change, not when it was sent', () => {
    let doc = connect(fresh(), 1000);
    doc = fold(doc, { type: 'unsynced', count: 1, at: 2000 }, { type: 'local-change' });
    expect(deriveSyncStatus([doc], true)).toEqual({ kind: 'syncing', pending: 1 });
    doc = fold(doc, { type: 'unsynced', count: 2, at: 2001 });
    expect(deriveSyncStatus([doc], true)).toEqual({ kind: 'syncing', pending: 2 });
    doc = fold(doc, { type: 'unsynced', count: 1, at: 2002 });
    expect(deriveSyncStatus([doc], true).kind).toBe('syncing');
    doc = fold(doc, { type: 'unsynced', count: 0, at: 2003 });
    expect(deriveSyncStatus([doc], true)).toEqual({ kind: 'saved', at: 2003 });
  });

  it('CSYNC3: every document must be saved; the newest acknowledgement is the time shown', () => {
    const library = connect(fresh(), 3000);
    const practice = fold(fresh(), { type: 'socket', state: 'connecting' });
    expect(deriveSyncStatus([library, practice], true).kind).toBe('connecting');
    const handshaking = fold(practice, { type: 'socket', state: 'connected' }, { type: 'authenticated' });
    expect(deriveSyncStatus([library, handshaking], true).kind).toBe('syncing');
    expect(deriveSyncStatus([library, connect(practice, 2000)], true)).toEqual({ kind: 'saved', at: 3000 });
    expect(deriveSyncStatus([], true).kind).toBe('connecting');
  });

  it('CSYNC3: no network is "offline" with the changes waiting; a failed attempt counts as offline too', () => {
    let doc = connect(fresh());
    doc = fold(doc, { type: 'socket', state: 'disconnected' }, { type: 'unsynced', count: 2, at: 9 }, { type: 'local-change' });
    expect(deriveSyncStatus([doc], false)).toEqual({ kind: 'offline', pending: 2, unsaved: true });
    // Browser says online, but the server cannot be reached: one failed attempt is enough.
    const retrying = fold(doc, { type: 'socket', state: 'connecting' });
    expect(deriveSyncStatus([retrying], true).kind).toBe('connecting');
    expect(deriveSyncStatus([fold(retrying, { type: 'socket', state: 'disconnected' })], true).kind).toBe('offline');
    // Back: the reconnect handshake (count reset to 1) and its acknowledgement cover the offline edits.
    expect(deriveSyncStatus([connect(doc, 50)], true)).toEqual({ kind: 'saved', at: 50 });
  });

  it('CSYNC5: a refused session (authentication failed or closed 4401) asks to sign in, whatever else happens', () => {
    const denied = fold(connect(fresh()), { type: 'authentication-failed', reason: SyncDenied.unauthorized });
    expect(deriveSyncStatus([denied], true).kind).toBe('signed-out');
    const ended = fold(connect(fresh()), { type: 'closed', code: SyncClose.sessionEnded.code }, { type: 'socket', state: 'disconnected' });
    expect(deriveSyncStatus([ended], false)).toEqual({ kind: 'signed-out', pending: 0 });
    expect(fold(ended, { type: 'socket', state: 'connecting' }).auth).toBe('unauthorized');
  });

  it('CSYNC6: close codes become problems; a transient one clears with the next acknowledgement', () => {
    const tooLarge = fold(connect(fresh()), { type: 'closed', code: SyncClose.documentTooLarge.code }, { type: 'socket', state: 'disconnected' });
    expect(deriveSyncStatus([tooLarge], true)).toMatchObject({ kind: 'error', problem: { kind: 'too-large', fatal: true } });
    // "Sync now" forgets the problem and tries again.
    expect(deriveSyncStatus([fold(tooLarge, { type: 'retry' })], true).kind).toBe('connecting');
    const forbidden = fold(fresh(), { type: 'authentication-failed', reason: SyncDenied.forbidden });
    expect(deriveSyncStatus([forbidden], true)).toMatchObject({ kind: 'error', problem: { kind: 'forbidden' } });

    const storage = fold(connect(fresh()), { type: 'closed', code: SyncClose.storageUnavailable.code });
    expect(deriveSyncStatus([storage], true)).toMatchObject({ kind: 'error', problem: { kind: 'storage-unavailable', fatal: false } });
    expect(deriveSyncStatus([storage], false).kind).toBe('offline');
    expect(deriveSyncStatus([connect(storage, 77)], true)).toEqual({ kind: 'saved', at: 77 });
    // An ordinary close (server shutdown, network) is no problem: the provider reconnects.
    expect(fold(connect(fresh()), { type: 'closed', code: SyncClose.serverShutdown.code }).problem).toBeNull();
  });

  it('CSYNC4: unsaved changes are those no acknowledgement covered, including ones from before a reload', () => {
    expect(hasUnsavedChanges([fresh(true)])).toBe(true);
    expect(hasUnsavedChanges([connect(fresh(true))])).toBe(false);
    const edited = fold(connect(fresh()), { type: 'local-change' }, { type: 'unsynced', count: 1, at: 1 });
    expect(hasUnsavedChanges([connect(fresh()), edited])).toBe(true);
    expect(hasUnsavedChanges([fold(edited, { type: 'unsynced', count: 0, at: 2 })])).toBe(false);
    // The handshake alone (count 1, nothing edited) is not an unsaved change.
    expect(hasUnsavedChanges([fold(fresh(), { type: 'socket', state: 'connected' }, { type: 'unsynced', count: 1, at: 3 })])).toBe(false);
  });
});
