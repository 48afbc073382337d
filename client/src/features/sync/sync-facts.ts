import { SyncClose, SyncDenied } from '../../../../shared/sync/close-codes.ts';

export type SocketState = 'connecting' | 'connected' | 'disconnected';

/** Why syncing stopped or stalls; `fatal` problems stop reconnecting until "Sync now". */
export type SyncProblem =
  | { readonly kind: 'too-large'; readonly fatal: true }
  | { readonly kind: 'rejected'; readonly fatal: true }
  | { readonly kind: 'forbidden'; readonly fatal: true }
  | { readonly kind: 'storage-unavailable'; readonly fatal: false }
  | { readonly kind: 'rate-limited'; readonly fatal: false };

/** What one document's provider has told us so far, folded from its events (CSYNC2). */
export type DocSyncFacts = {
  readonly socket: SocketState;
  /** Connection attempts that failed since the socket was last open. */
  readonly failedAttempts: number;
  /** `unauthorized`: the session ended; only signing in again helps (CSYNC5). */
  readonly auth: 'pending' | 'ok' | 'unauthorized';
  /** The first exchange with the server finished on this connection (provider `synced`). */
  readonly handshake: boolean;
  /** The provider's `unsyncedChanges`: updates sent or waiting that the server has not acknowledged. */
  readonly unsynced: number;
  /**
   * This device holds changes no acknowledgement has covered yet: made while offline, before a
   * reload, or since the last acknowledgement (the beforeunload warning reads this).
   */
  readonly unsaved: boolean;
  /** When `unsynced` last reached 0: the server had committed everything (durable acknowledgement). */
  readonly lastAckAt: number | null;
  readonly problem: SyncProblem | null;
};

/** The provider events the facts are folded from (HocuspocusProvider and its shared socket). */
export type ProviderEvent =
  | { readonly type: 'socket'; readonly state: SocketState }
  | { readonly type: 'authenticated' }
  | { readonly type: 'authentication-failed'; readonly reason: string }
  | { readonly type: 'synced' }
  | { readonly type: 'unsynced'; readonly count: number; readonly at: number }
  /** The document changed by anything but the provider (this tab, another tab, a merge). */
  | { readonly type: 'local-change' }
  /** The user asked to sync now: forget the problem and failed attempts, try again. */
  | { readonly type: 'retry' }
  | { readonly type: 'closed'; readonly code: number };

export function initialDocSyncFacts(init: { unsaved: boolean; lastAckAt: number | null }): DocSyncFacts {
  return { socket: 'disconnected', failedAttempts: 0, auth: 'pending', handshake: false, unsynced: 0, problem: null, ...init };
}

/** The problem a close code names (shared/sync/close-codes.ts); null for ordinary closes. */
export function problemOfClose(code: number): SyncProblem | 'session-ended' | null {
  switch (code) {
    case SyncClose.sessionEnded.code:
      return 'session-ended';
    case SyncClose.documentTooLarge.code:
      return { kind: 'too-large', fatal: true };
    case SyncClose.invalidMessage.code:
      return { kind: 'rejected', fatal: true };
    case SyncClose.storageUnavailable.code:
      return { kind: 'storage-unavailable', fatal: false };
    case SyncClose.rateLimited.code:
      return { kind: 'rate-limited', fatal: false };
    default:
      return null;
  }
}

/** CSYNC2: folds one provider event into the facts (pure). */
export function foldProviderEvent(facts: DocSyncFacts, event: ProviderEvent): DocSyncFacts {
  switch (event.type) {
    case 'socket': {
      if (event.state === 'connected') return { ...facts, socket: 'connected', failedAttempts: 0 };
      const failed = event.state === 'disconnected' && facts.socket === 'connecting';
      return {
        ...facts,
        socket: event.state,
        failedAttempts: facts.failedAttempts + (failed ? 1 : 0),
        handshake: false,
        auth: facts.auth === 'unauthorized' ? 'unauthorized' : 'pending',
      };
    }
    case 'authenticated':
      return { ...facts, auth: 'ok' };
    case 'authentication-failed':
      return event.reason === SyncDenied.forbidden
        ? { ...facts, problem: { kind: 'forbidden', fatal: true } }
        : { ...facts, auth: 'unauthorized' };
    case 'synced':
      return { ...facts, handshake: true };
    case 'unsynced':
      // The count only drops to 0 on the server's acknowledgement, sent after the commit (SYNC4).
      if (event.count > 0) return event.count === facts.unsynced ? facts : { ...facts, unsynced: event.count };
      return { ...facts, unsynced: 0, lastAckAt: event.at, unsaved: false, problem: null };
    case 'local-change':
      return facts.unsaved ? facts : { ...facts, unsaved: true };
    case 'retry':
      return { ...facts, problem: null, failedAttempts: 0 };
    case 'closed': {
      const problem = problemOfClose(event.code);
      if (problem === 'session-ended') return { ...facts, auth: 'unauthorized' };
      return problem === null ? facts : { ...facts, problem };
    }
  }
}
