import { useStorageStatus } from '../lib/use-storage-status.ts';
import type { StorageStatus } from '../lib/storage-status.ts';

const MESSAGES: Record<Extract<StorageStatus, { state: 'memory-only' }>['reason'], string> = {
  unsupported: 'This browser offers no on-device storage here (private window?).',
  failed: 'On-device storage could not be opened.',
  timeout: 'On-device storage is not answering.',
};

/** Warns, without blocking anything, when edits are kept in memory only. */
export function StorageBanner() {
  const status = useStorageStatus();
  if (status.state !== 'memory-only') return null;
  return (
    <div className="banner banner-warning" role="alert" data-testid="storage-banner">
      <strong>Not saved on this device.</strong> {MESSAGES[status.reason]} You can keep working; changes
      stay in this tab until it is closed.
    </div>
  );
}
