import { LOCAL_DATA_CHANNEL, parseLocalDataMessage, type LocalDataMessage } from './local-data-messages.ts';
import type { LocalDocHandle } from './local-doc.ts';
import { openBroadcastPort, type RelayPort } from './relay-port.ts';
import { browserStorage } from './browser-storage.ts';

/** Every IndexedDB database and localStorage key of MetMap starts with this. */
export const LOCAL_DATA_PREFIX = 'metmap:';

/** The databases of this origin, behind the two calls clearing needs (tests supply a fake). */
export type DatabaseDirectory = {
  names(): Promise<string[]>;
  /** Resolves once deleted; rejects when it stays blocked by another tab or fails. */
  delete(name: string): Promise<void>;
};

export type KeyValueStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

export type ClearLocalDataDeps = {
  /** This tab's open documents: they stop saving first, so nothing is written back. */
  handles: readonly LocalDocHandle[];
  databases?: DatabaseDirectory | null;
  storage?: KeyValueStorage | null;
  openPort?: (channelName: string) => RelayPort | null;
};

/**
 * Deletes this device's MetMap data: every `metmap:` IndexedDB database and localStorage key.
 * Other tabs hear it on the local-data channel, close their connections (which lets the
 * deletion proceed) and reload empty. The caller reloads this tab afterwards.
 */
export async function clearLocalData(deps: ClearLocalDataDeps): Promise<void> {
  await Promise.all(deps.handles.map((handle) => handle.detach()));
  const databases = deps.databases === undefined ? browserDatabases() : deps.databases;
  const names = new Set(deps.handles.map((handle) => handle.storageName));
  for (const name of (await databases?.names().catch(() => [])) ?? []) {
    if (name.startsWith(LOCAL_DATA_PREFIX)) names.add(name);
  }
  // Ask for the deletions before telling the other tabs: a tab that reloads at once then opens
  // its database only after the deletion (IndexedDB queues requests per database name).
  const deletions = databases === null ? [] : [...names].map((name) => databases.delete(name));
  const port = (deps.openPort ?? openBroadcastPort)(LOCAL_DATA_CHANNEL);
  const message: LocalDataMessage = { type: 'cleared', v: 1, from: crypto.randomUUID() };
  port?.post(message);
  port?.close();
  removePrefixedKeys(deps.storage === undefined ? browserStorage() : deps.storage);
  await Promise.all(deletions);
}

/**
 * In every tab: when another tab clears local data, stop saving (so nothing is written back),
 * then `onCleared` (the app reloads). Returns the unsubscribe.
 */
export function listenForLocalDataCleared(
  handles: readonly LocalDocHandle[] | (() => readonly LocalDocHandle[]),
  onCleared: () => void,
  openPort: (channelName: string) => RelayPort | null = openBroadcastPort,
): () => void {
  const port = openPort(LOCAL_DATA_CHANNEL);
  if (port === null) return () => undefined;
  const stop = port.listen((data) => {
    if (parseLocalDataMessage(data)?.type !== 'cleared') return;
    const open = typeof handles === 'function' ? handles() : handles;
    void Promise.all(open.map((handle) => handle.detach())).then(onCleared);
  });
  return () => {
    stop();
    port.close();
  };
}

/** How long a deletion may stay blocked by another tab's open connection before we give up. */
const BLOCKED_TIMEOUT_MS = 10_000;

/** This browser's IndexedDB databases of the origin; null where there is no IndexedDB. */
export function browserDatabases(): DatabaseDirectory | null {
  if (typeof indexedDB === 'undefined') return null;
  return {
    names: async () => (await indexedDB.databases()).flatMap((info) => (info.name === undefined ? [] : [info.name])),
    delete: (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        let timer: ReturnType<typeof setTimeout> | undefined;
        request.onsuccess = () => {
          clearTimeout(timer);
          resolve();
        };
        request.onerror = () => {
          clearTimeout(timer);
          reject(request.error ?? new Error(`could not delete ${name}`));
        };
        // Blocked: another tab still has it open. It closes when our message arrives; if not, give up.
        request.onblocked = () => {
          timer = setTimeout(() => reject(new Error(`${name} is still open in another tab`)), BLOCKED_TIMEOUT_MS);
        };
      }),
  };
}

function removePrefixedKeys(storage: KeyValueStorage | null): void {
  if (storage === null) return;
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key?.startsWith(LOCAL_DATA_PREFIX) === true,
  );
  for (const key of keys) storage.removeItem(key);
}
