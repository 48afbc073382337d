import type { DocSyncFacts, SyncProblem } from './sync-facts.ts';

/** What the header shows about cloud sync (CSYNC3). */
export type SyncStatus =
  | { readonly kind: 'offline'; readonly pending: number; readonly unsaved: boolean }
  | { readonly kind: 'connecting'; readonly pending: number }
  | { readonly kind: 'syncing'; readonly pending: number }
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'error'; readonly problem: SyncProblem; readonly pending: number }
  | { readonly kind: 'signed-out'; readonly pending: number };

/**
 * CSYNC3: the one status of all of an account's documents. The worst state wins: a session that
 * ended, a fatal problem, no network, a transient problem, connecting, syncing; "saved" only when
 * every document finished its handshake and its last change was acknowledged after the commit.
 */
export function deriveSyncStatus(docs: readonly DocSyncFacts[], online: boolean): SyncStatus {
  const pending = docs.reduce((sum, doc) => sum + doc.unsynced, 0);
  if (docs.some((doc) => doc.auth === 'unauthorized')) return { kind: 'signed-out', pending };
  const fatal = docs.find((doc) => doc.problem?.fatal === true)?.problem;
  if (fatal) return { kind: 'error', problem: fatal, pending };
  const connected = (doc: DocSyncFacts) => doc.socket === 'connected';
  if (!online || docs.some((doc) => !connected(doc) && doc.failedAttempts > 0)) {
    return { kind: 'offline', pending, unsaved: hasUnsavedChanges(docs) };
  }
  const transient = docs.find((doc) => doc.problem !== null)?.problem;
  if (transient) return { kind: 'error', problem: transient, pending };
  if (docs.length === 0 || docs.some((doc) => !connected(doc) || doc.auth !== 'ok')) return { kind: 'connecting', pending };
  const lastAcks = docs.map((doc) => doc.lastAckAt);
  if (docs.some((doc) => !doc.handshake || doc.unsynced > 0 || doc.unsaved) || lastAcks.includes(null)) return { kind: 'syncing', pending };
  return { kind: 'saved', at: Math.max(...lastAcks.map((at) => at ?? 0)) };
}

/** CSYNC4: true while this device holds a change the server has not acknowledged as committed. */
export function hasUnsavedChanges(docs: readonly DocSyncFacts[]): boolean {
  return docs.some((doc) => doc.unsaved);
}
