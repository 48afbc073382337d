import { useCallback, useEffect, useState } from 'react';
import { readStorageUsage, requestPersistentStorage, type StorageUsage } from '../../lib/persistent-storage.ts';

/** Storage use of this origin, read when the page opens; `protect` asks for persistent storage. */
export function useStorageUsage() {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const refresh = useCallback(async () => setUsage(await readStorageUsage()), []);
  useEffect(() => {
    let live = true;
    void readStorageUsage().then((next) => {
      if (live) setUsage(next);
    });
    return () => {
      live = false;
    };
  }, []);
  const protect = useCallback(async () => {
    await requestPersistentStorage();
    await refresh();
  }, [refresh]);
  return { usage, refresh, protect };
}
