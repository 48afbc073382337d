import { closeAbandonedSessions, type PracticeDocs } from './practice-session.ts';

const RECOVERY_LOCK = 'metmap:practice-recovery';

/** Names of the Web Locks held by live tabs of this browser (none where the API is missing). */
async function heldLockNames(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return new Set();
  const snapshot = await navigator.locks.query();
  return new Set((snapshot.held ?? []).flatMap((lock) => (lock.name === undefined ? [] : [lock.name])));
}

/**
 * PRA5 on start: once both documents have loaded, closes the sessions that tabs left open. One tab
 * at a time (a Web Lock), so two tabs starting together cannot close and count one session twice.
 */
export async function recoverAbandonedSessions(docs: PracticeDocs, opened: readonly Promise<unknown>[]): Promise<number> {
  await Promise.all(opened);
  const run = async () => closeAbandonedSessions(docs, Date.now(), await heldLockNames());
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return run();
  const closed = await navigator.locks.request(RECOVERY_LOCK, { ifAvailable: true }, async (lock) => (lock === null ? 0 : run()));
  return closed;
}
