import { useSyncExternalStore } from 'react';
import { useLibraryDoc } from './library-doc-context.tsx';
import type { StorageStatus } from './storage-status.ts';

/** Whether the library is kept on this device, still opening, or held in memory only. */
export function useStorageStatus(): StorageStatus {
  const { storage } = useLibraryDoc();
  return useSyncExternalStore(storage.subscribe, storage.get);
}
