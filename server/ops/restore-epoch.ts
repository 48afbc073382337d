import { z } from 'zod';
import type { Database } from '../db/database.ts';

export type RestoreOptions = {
  /** The moment the restored backup holds, when the operator knows it. */
  backupTime?: Date | undefined;
  note?: string | undefined;
  /** Sessions ended after the backup (sign-outs, password changes) would be valid again; end them all. */
  endSessions: boolean;
};

export type RestoreReport = {
  restoreId: string;
  restoredAt: Date;
  documentsBumped: number;
  sessionsEnded: number;
  emailTokensVoided: number;
};

const insertedRow = z.object({ id: z.string(), restored_at: z.date() });

/**
 * Records a restore of the database from a backup (OPS12), in one transaction: every document's
 * epoch goes up by one, so each client learns on its next connection that the server's history was
 * rewound; unused email links are voided (one used after the backup time would work again); and,
 * unless kept, every session is ended. Run it on the restored database before the app serves it.
 */
export async function recordRestore(db: Database, options: RestoreOptions): Promise<RestoreReport> {
  return db.transaction(async (tx) => {
    const bumped = await tx.query('UPDATE yjs_documents SET epoch = epoch + 1, updated_at = now()');
    const ended = options.endSessions ? (await tx.query('DELETE FROM sessions')).rowCount : 0;
    const voided = (await tx.query('DELETE FROM email_tokens WHERE used_at IS NULL')).rowCount;
    const { rows } = await tx.query(
      `INSERT INTO server_restores (backup_time, documents_bumped, sessions_ended, note)
       VALUES ($1, $2, $3, $4) RETURNING id, restored_at`,
      [options.backupTime ?? null, bumped.rowCount, ended, options.note ?? null],
    );
    const row = insertedRow.parse(rows[0]);
    return { restoreId: row.id, restoredAt: row.restored_at, documentsBumped: bumped.rowCount, sessionsEnded: ended, emailTokensVoided: voided };
  });
}

export type DocumentEpoch = {
  epoch: number;
  restore: { id: string; restoredAt: Date; backupTime: Date | null } | null;
};

const epochRow = z.object({
  epoch: z.number().int(),
  restore_id: z.string().nullable(),
  restored_at: z.date().nullable(),
  backup_time: z.date().nullable(),
});

/** A document's epoch (1 when it is not stored yet: that is what its row will start at) and the newest restore. */
export async function readDocumentEpoch(db: Pick<Database, 'query'>, name: string): Promise<DocumentEpoch> {
  const { rows } = await db.query(
    `SELECT COALESCE((SELECT epoch FROM yjs_documents WHERE name = $1), 1) AS epoch,
            r.id AS restore_id, r.restored_at, r.backup_time
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (SELECT id::text, restored_at, backup_time FROM server_restores ORDER BY restored_at DESC, id LIMIT 1) AS r ON true`,
    [name],
  );
  const row = epochRow.parse(rows[0]);
  const restore = row.restore_id !== null && row.restored_at !== null ? { id: row.restore_id, restoredAt: row.restored_at, backupTime: row.backup_time } : null;
  return { epoch: row.epoch, restore };
}
