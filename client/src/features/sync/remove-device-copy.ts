import { libraryStorageName } from '../../lib/library-doc.ts';
import { browserDatabases, type DatabaseDirectory } from '../../lib/local-data.ts';
import { practiceStorageName } from '../../lib/practice-doc.ts';
import { removeListCache } from '../library/list-cache-storage.ts';
import { accountDocumentNames } from './account-documents.ts';
import { ackRecords, type AckRecords } from './ack-records.ts';
import { EPOCH_KEY_PREFIX } from './epoch-notices.ts';
import { browserStorage } from '../../lib/browser-storage.ts';

/**
 * CSYNC10: deletes this device's copy of an account: both IndexedDB databases, the sync records and
 * the library's list cache (LF13; removed again once the databases are gone, since a tab that had
 * not closed the library yet may have saved it meanwhile).
 * Call it after every tab was told (they close their connections when they hear it; a deletion waits
 * while any tab still has the database open, and fails after a while if one never lets go).
 */
export async function removeDeviceCopy(
  userId: string,
  deps: { databases?: DatabaseDirectory | null; acks?: AckRecords; storage?: Pick<Storage, 'removeItem'> | null } = {},
): Promise<void> {
  const owner = { userId };
  const names = accountDocumentNames(userId);
  const acks = deps.acks ?? ackRecords();
  const storage = deps.storage === undefined ? browserStorage() : deps.storage;
  for (const name of [names.library, names.practice]) {
    acks.forget(name);
    try {
      storage?.removeItem(EPOCH_KEY_PREFIX + name);
    } catch {
      // No storage: nothing was remembered.
    }
  }
  removeListCache(libraryStorageName(owner), storage);
  const databases = deps.databases === undefined ? browserDatabases() : deps.databases;
  if (databases === null) return;
  try {
    await Promise.all([databases.delete(libraryStorageName(owner)), databases.delete(practiceStorageName(owner))]);
  } finally {
    removeListCache(libraryStorageName(owner), storage);
  }
}
