import { libraryStorageName } from '../../lib/library-doc.ts';
import { browserDatabases, type DatabaseDirectory } from '../../lib/local-data.ts';
import { practiceStorageName } from '../../lib/practice-doc.ts';
import { accountDocumentNames } from './account-documents.ts';
import { ackRecords, type AckRecords } from './ack-records.ts';
import { EPOCH_KEY_PREFIX } from './epoch-notices.ts';

/**
 * CSYNC10: deletes this device's copy of an account: both IndexedDB databases and the sync records.
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
  for (const name of [names.library, names.practice]) {
    acks.forget(name);
    try {
      (deps.storage === undefined ? localStorage : deps.storage)?.removeItem(EPOCH_KEY_PREFIX + name);
    } catch {
      // No storage: nothing was remembered.
    }
  }
  const databases = deps.databases === undefined ? browserDatabases() : deps.databases;
  if (databases === null) return;
  await Promise.all([databases.delete(libraryStorageName(owner)), databases.delete(practiceStorageName(owner))]);
}
