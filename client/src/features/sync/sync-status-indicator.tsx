import { useDeviceSession } from './device-session-context.tsx';
import { formatAckTime, syncStatusLabel } from './sync-status-label.ts';
import { useSyncStatus } from './use-sync-status.ts';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning.ts';
import './sync.css';

/** CSYNC3: the header's sync status and "Sync now" (signed in only), and the close-tab warning. */
export function SyncStatusIndicator() {
  const status = useSyncStatus();
  const device = useDeviceSession();
  useUnsavedChangesWarning();
  if (status === null) return null;
  const label = syncStatusLabel(status, formatAckTime);
  return (
    <div className="sync-status">
      <span className={`sync-dot sync-dot-${label.tone}`} aria-hidden="true" />
      <span className="sync-label" role="status" data-testid="sync-status" data-state={status.kind}>
        {label.text}
      </span>
      <button type="button" className="sync-now" onClick={() => device.sync.syncNow()} disabled={status.kind === 'signed-out'}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="sync-now-text">Sync now</span>
      </button>
    </div>
  );
}
