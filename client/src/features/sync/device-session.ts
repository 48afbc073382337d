import type { AuthUser } from '../../../../shared/auth/auth-api.ts';
import type { ActiveLibrary, ActiveLibraryControl, ActiveLibrarySource } from '../../lib/active-library.ts';
import { forgetDeviceAccount, rememberDeviceAccount } from '../../lib/device-account.ts';
import type { DocOwner } from '../../lib/doc-owner.ts';
import type { LocalDocHandle } from '../../lib/local-doc.ts';
import { openLibraryDoc, type LibraryDocHandle } from '../../lib/library-doc.ts';
import { closeTrackedDoc, openDocHandles } from '../../lib/open-docs.ts';
import { closePracticeDoc, practiceDocFor } from '../../lib/practice-doc.ts';
import { openAccountChannel, type AccountChannel, type AccountMessage } from './account-channel.ts';
import {
  guestContent,
  guestState,
  mergeGuestIntoAccount,
  readGuestMergeDecision,
  shouldOfferGuestMerge,
  writeGuestMergeDecision,
  type GuestContent,
} from './guest-merge.ts';
import { accountDocumentNames } from './account-documents.ts';
import { createSyncRunner, type SyncRunner } from './sync-runner.ts';
import { syncUrl } from './sync-url.ts';
import { createValueSource, type ValueSource } from './value-source.ts';

type SessionState = { status: 'unknown' | 'guest' | 'signed-in'; user: AuthUser | null; setUser(user: AuthUser | null): void };

/** The session store (features/auth/session-store.ts) as this module needs it; main.tsx passes it in. */
export type SessionSource = {
  getState(): SessionState;
  subscribe(listener: (state: SessionState, previous: SessionState) => void): () => void;
};

/** The question shown after a first sign-in on a device that has a guest library (CSYNC7). */
export type GuestMergeOffer = GuestContent & { readonly failed: boolean };

/** The device's account side: which documents the tab shows, their sync, and the questions around it. */
export type DeviceSession = {
  readonly library: ActiveLibrarySource;
  readonly sync: Pick<SyncRunner, 'view' | 'syncNow' | 'inspect'>;
  /** The account's session ended (expired, signed out elsewhere): local edits stay; sign in again. */
  readonly sessionEnded: ValueSource<boolean>;
  readonly mergeOffer: ValueSource<GuestMergeOffer | null>;
  /** A notice for the user (the server was restored from a backup). */
  readonly notice: ValueSource<string | null>;
  /** Yes: merge the guest library into the account's. No: keep it aside on this device. */
  answerMergeOffer(merge: boolean): Promise<void>;
  /**
   * Signs out through `signOutOnServer`, then leaves the account on this device (CSYNC10): the tab
   * shows the guest library; `removeCopy` deletes the account's copy here, in every tab. When the
   * server call fails, nothing changes and syncing resumes. `onSignedOut` runs once the server
   * answered, before the tab switches (leave account pages before they reload as a guest).
   */
  signOut(options: { removeCopy: boolean; signOutOnServer(): Promise<void>; onSignedOut(): void }): Promise<void>;
  /** Leaves the account on this device without asking the server (it already ended the session, e.g. account deleted). */
  leaveAccount(options: { removeCopy: boolean }): Promise<void>;
  dismissNotice(): void;
  openHandles(): readonly LocalDocHandle[];
};

export type DeviceSessionDeps = {
  library: ActiveLibraryControl;
  session: SessionSource;
  // The rest default to the browser's; tests pass their own.
  runner?: SyncRunner;
  openChannel?: (onMessage: (message: AccountMessage) => void) => AccountChannel;
  syncUrl?: () => string;
  openLibrary?: (owner: DocOwner) => LibraryDocHandle;
  practice?: { open(owner: DocOwner): LocalDocHandle; close(owner: DocOwner): Promise<void> };
  removeCopy?: (userId: string) => Promise<void>;
};

type GuestDocs = { readonly library: LocalDocHandle; readonly practice: LocalDocHandle };

/**
 * Follows the session (CSYNC1): signed in, the tab shows and syncs the account's documents;
 * signing in on a device with a guest library asks whether to merge it (CSYNC7, CSYNC8); a session
 * that ended keeps every local edit and asks to sign in again (CSYNC5); signing out shows the
 * guest library again, keeping or removing the account's copy in every tab (CSYNC10).
 */
export function startDeviceSession(deps: DeviceSessionDeps): DeviceSession {
  const { library, session } = deps;
  const runner = deps.runner ?? createSyncRunner();
  const url = deps.syncUrl ?? (() => syncUrl(window.location));
  const openLibrary = deps.openLibrary ?? openLibraryDoc;
  const practice = deps.practice ?? { open: practiceDocFor, close: closePracticeDoc };
  // Loaded when needed: removal is rare and its code stays out of the first load.
  const removeAccountCopy =
    deps.removeCopy ?? ((userId: string) => import('./remove-device-copy.ts').then(({ removeDeviceCopy }) => removeDeviceCopy(userId)));
  const sessionEnded = createValueSource(false);
  const mergeOffer = createValueSource<GuestMergeOffer | null>(null);
  const notice = createValueSource<string | null>(null);
  let syncingFor: string | null = null;
  let pendingGuest: GuestDocs | null = null;
  let applyingRemote = false;
  let leaving = false;

  const startSync = (userId: string) => {
    const names = accountDocumentNames(userId);
    syncingFor = userId;
    sessionEnded.set(false);
    runner.start({
      url: url(),
      documents: [
        { name: names.library, handle: library.get().handle },
        { name: names.practice, handle: practice.open({ userId }) },
      ],
      onSessionEnded: () => sessionEnded.set(true),
      onNotice: (text) => notice.set(text),
    });
  };
  const stopSync = () => {
    syncingFor = null;
    runner.stop();
  };

  const releaseGuest = async () => {
    const guest = pendingGuest;
    pendingGuest = null;
    mergeOffer.set(null);
    if (guest !== null) await Promise.all([closeTrackedDoc(guest.library), practice.close('guest')]);
  };
  const closeDocs = async (previous: ActiveLibrary) => {
    await Promise.all([closeTrackedDoc(previous.handle), practice.close(previous.owner)]);
  };

  const offerGuestMerge = async (guest: GuestDocs) => {
    pendingGuest = guest;
    await Promise.all([guest.library.whenOpened, guest.practice.whenOpened]);
    if (pendingGuest !== guest) return; // signed out (or in again) meanwhile
    const content = guestContent(guest.library.doc, guest.practice.doc);
    const state = guestState(guest.library.doc, guest.practice.doc);
    if (shouldOfferGuestMerge({ content, state, decision: readGuestMergeDecision() })) {
      mergeOffer.set({ ...content, failed: false });
      return;
    }
    if (content.songs + content.sessions === 0) writeGuestMergeDecision({ outcome: 'empty', ...state });
    await releaseGuest();
  };

  const signedIn = (user: AuthUser, inThisTab: boolean) => {
    rememberDeviceAccount(user);
    const previous = library.switchTo({ userId: user.id });
    if (previous === null) {
      // The account already shown: a new session after one ended sends the kept edits (CSYNC5),
      // here and in the other tabs (their sessions ended with this one).
      if (sessionEnded.get() || syncingFor !== user.id) {
        if (inThisTab) channel.post({ type: 'signed-in', user });
        startSync(user.id);
      }
      return;
    }
    stopSync();
    if (inThisTab) channel.post({ type: 'signed-in', user });
    startSync(user.id);
    if (previous.owner === 'guest' && inThisTab) void offerGuestMerge({ library: previous.handle, practice: practice.open('guest') });
    else void closeDocs(previous);
  };

  // Switches synchronously (other tabs close the account's databases as soon as they hear), then closes.
  const showGuest = async () => {
    stopSync();
    sessionEnded.set(false);
    const released = releaseGuest();
    const previous = library.switchTo('guest');
    await Promise.all([released, previous === null ? undefined : closeDocs(previous)]);
  };

  const onMessage = (message: AccountMessage) => {
    applyingRemote = true;
    try {
      if (message.type === 'signed-in') {
        session.getState().setUser(message.user);
        signedIn(message.user, false);
        return;
      }
      const { owner } = library.get();
      if (owner !== 'guest' && owner.userId === message.userId) void showGuest();
      session.getState().setUser(null);
    } finally {
      applyingRemote = false;
    }
  };
  const channel = (deps.openChannel ?? openAccountChannel)(onMessage);

  const onSessionState = (state: SessionState) => {
    if (state.status === 'signed-in' && state.user !== null) return signedIn(state.user, true);
    // The server knows no session while the tab shows an account: it expired or ended elsewhere.
    if (state.status === 'guest' && library.get().owner !== 'guest' && !leaving) {
      stopSync();
      sessionEnded.set(true);
    }
  };
  session.subscribe((state, previous) => {
    if (applyingRemote || (state.user === previous.user && state.status === previous.status)) return;
    onSessionState(state);
  });
  onSessionState(session.getState());

  // Started as an account (remembered on this device): sync at once, without waiting for the server's
  // answer; if a guest library was never asked about (the tab closed first), ask now.
  const initial = library.get().owner;
  if (initial !== 'guest') {
    if (syncingFor === null) startSync(initial.userId);
    if (readGuestMergeDecision() === null) {
      const ask = () => {
        if (library.get().owner !== 'guest' && pendingGuest === null) {
          void offerGuestMerge({ library: openLibrary('guest'), practice: practice.open('guest') });
        }
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(ask, { timeout: 3000 });
      else setTimeout(ask, 1000);
    }
  }

  // Synchronous up to its first await, so callers may update the session store right after calling it.
  const leaveAccount = async ({ removeCopy }: { removeCopy: boolean }) => {
    const { owner } = library.get();
    if (owner === 'guest') return;
    leaving = true;
    try {
      forgetDeviceAccount();
      // Every other tab hears this before the deletion: it closes the databases, which the deletion waits for.
      channel.post({ type: 'signed-out', userId: owner.userId, removeCopy });
      await showGuest();
      if (removeCopy) await removeAccountCopy(owner.userId);
    } finally {
      leaving = false;
    }
  };

  return {
    library,
    sync: runner,
    sessionEnded,
    mergeOffer,
    notice,
    async answerMergeOffer(merge) {
      const guest = pendingGuest;
      const active = library.get();
      if (guest === null || active.owner === 'guest') return releaseGuest();
      if (merge) {
        const accountPractice = practice.open(active.owner);
        await Promise.all([active.handle.whenOpened, accountPractice.whenOpened]);
        const result = mergeGuestIntoAccount({
          guestLibrary: guest.library.doc,
          guestPractice: guest.practice.doc,
          accountLibrary: active.handle.doc,
          accountPractice: accountPractice.doc,
        });
        if (result.library.kind === 'refused' || result.practice.kind === 'refused') {
          const offer = mergeOffer.get();
          if (offer !== null) mergeOffer.set({ ...offer, failed: true });
          return;
        }
      }
      writeGuestMergeDecision({ outcome: merge ? 'merged' : 'kept-aside', ...guestState(guest.library.doc, guest.practice.doc) });
      await releaseGuest();
    },
    async signOut({ removeCopy, signOutOnServer, onSignedOut }) {
      const { owner } = library.get();
      // The server closes our sockets when the session ends: stop first, so no "signed out" flashes.
      stopSync();
      try {
        await signOutOnServer();
      } catch (error) {
        const now = library.get().owner;
        if (now !== 'guest' && owner !== 'guest' && now.userId === owner.userId) startSync(owner.userId);
        throw error;
      }
      const left = leaveAccount({ removeCopy });
      onSignedOut();
      await left;
    },
    leaveAccount,
    dismissNotice: () => notice.set(null),
    openHandles: openDocHandles,
  };
}
