import type { Extension } from '@hocuspocus/server';
import { EPOCH_MESSAGE_TYPE, type EpochAnnouncement } from '../../shared/sync/epoch.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { readDocumentEpoch } from '../ops/restore-epoch.ts';

/**
 * Tells every connection its document's epoch and the newest restore, in one stateless message
 * (OPS12, shared/sync/epoch.ts). Failing to read them only skips the message: the sync itself, and
 * with it the re-upload of a client's newer state, does not depend on it.
 */
export function epochAnnouncer(deps: { db: Pick<Database, 'query'>; log: Logger }): Extension {
  return {
    extensionName: 'MetMapEpoch',
    async connected({ documentName, connection }) {
      try {
        const { epoch, restore } = await readDocumentEpoch(deps.db, documentName);
        const announcement: EpochAnnouncement = {
          type: EPOCH_MESSAGE_TYPE,
          document: documentName,
          epoch,
          restore: restore && { id: restore.id, restoredAt: restore.restoredAt.toISOString(), backupTime: restore.backupTime?.toISOString() ?? null },
        };
        connection.sendStateless(JSON.stringify(announcement));
      } catch (error) {
        deps.log.warn({ err: error, doc: documentName }, 'sync: could not announce the document epoch');
      }
    },
  };
}
