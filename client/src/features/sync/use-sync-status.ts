import { useMemo } from 'react';
import { useDocOwner } from '../../lib/library-doc-context.tsx';
import { useDeviceSession, useSourceValue } from './device-session-context.tsx';
import { deriveSyncStatus, hasUnsavedChanges, type SyncStatus } from './sync-status.ts';

/** The header's sync status; null for a guest (nothing syncs). */
export function useSyncStatus(): SyncStatus | null {
  const device = useDeviceSession();
  const owner = useDocOwner();
  const view = useSourceValue(device.sync.view);
  const ended = useSourceValue(device.sessionEnded);
  return useMemo(() => {
    if (owner === 'guest') return null;
    const facts = view?.docs.map((doc) => doc.facts) ?? [];
    const pending = facts.reduce((sum, doc) => sum + doc.unsynced, 0);
    if (ended) return { kind: 'signed-out', pending };
    return deriveSyncStatus(facts, view?.online ?? (typeof navigator === 'undefined' || navigator.onLine));
  }, [owner, view, ended]);
}

/** CSYNC4: whether this tab holds changes the cloud has not acknowledged. */
export function useHasUnsavedChanges(): boolean {
  const view = useSourceValue(useDeviceSession().sync.view);
  return useMemo(() => (view === null ? false : hasUnsavedChanges(view.docs.map((doc) => doc.facts))), [view]);
}
