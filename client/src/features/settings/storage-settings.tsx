import { useSyncExternalStore } from 'react';
import { appShellStatus, type AppShellStatus } from '../../lib/service-worker.ts';
import type { StorageStatus } from '../../lib/storage-status.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import { formatBytes } from './format-bytes.ts';
import { useStorageUsage } from './use-storage-usage.ts';

const DOCUMENT_STORAGE: Record<StorageStatus['state'], string> = {
  opening: 'Opening…',
  ready: 'Saved in this browser (IndexedDB).',
  'memory-only': 'Not saved: this tab keeps your changes in memory only.',
};

const APP_SHELL: Record<AppShellStatus['state'], string> = {
  unavailable: 'Not available in this browser or build.',
  installing: 'Getting ready…',
  'offline-ready': 'Ready: MetMap opens without a network.',
  'update-ready': 'A new version is ready: reload to use it.',
  failed: 'Could not be set up; MetMap needs the network to open.',
};

/** Where the library lives on this device, how much room it takes, and whether it works offline. */
export function StorageSettings() {
  const storage = useStorageStatus();
  const shell = useSyncExternalStore(appShellStatus.subscribe, appShellStatus.get);
  const { usage, protect } = useStorageUsage();
  return (
    <section className="settings-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <dl className="settings-facts">
        <div>
          <dt>Your library</dt>
          <dd data-testid="storage-state">{DOCUMENT_STORAGE[storage.state]}</dd>
        </div>
        <div>
          <dt>Space used</dt>
          <dd data-testid="storage-usage">
            {usage === null
              ? 'Measuring…'
              : usage.usageBytes === null
                ? 'This browser does not say.'
                : `${formatBytes(usage.usageBytes)}${usage.quotaBytes === null ? '' : ` of ${formatBytes(usage.quotaBytes)} available`}`}
          </dd>
        </div>
        <div>
          <dt>Kept when space runs low</dt>
          <dd data-testid="storage-persisted">
            {usage?.persisted === true
              ? 'Yes: the browser will not clear it on its own.'
              : usage?.persisted === false
                ? 'Not guaranteed: the browser may clear it when the device runs out of space.'
                : 'Unknown.'}
          </dd>
        </div>
        <div>
          <dt>Offline app</dt>
          <dd data-testid="app-shell-state">{APP_SHELL[shell.state]}</dd>
        </div>
      </dl>
      {usage?.persisted === false && (
        <button type="button" className="button" onClick={() => void protect()}>
          Keep my data on this device
        </button>
      )}
    </section>
  );
}
