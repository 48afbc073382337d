import { z } from 'zod';
import { stateVectorFromText, stateVectorToText } from './state-vectors.ts';
import { browserStorage } from '../../lib/browser-storage.ts';

/** localStorage key prefix of the last durable acknowledgement per synced document. */
export const ACK_KEY_PREFIX = 'metmap:sync-ack:';

const AckRecordSchema = z.object({ stateVector: z.string().max(100_000), at: z.number().int().nonnegative() });

/** What the server had acknowledged as committed, last time: the document's state then, and when. */
export type AckRecord = { readonly stateVector: Uint8Array; readonly at: number };

/** Where acknowledgements are remembered across reloads (tests pass a Map-backed one). */
export type AckRecords = {
  read(documentName: string): AckRecord | null;
  write(documentName: string, record: AckRecord): void;
  forget(documentName: string): void;
};

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** CSYNC4: acknowledgement records in localStorage; unreadable ones read as none (so as unsaved). */
export function ackRecords(storage: KeyValue | null = browserStorage()): AckRecords {
  return {
    read(documentName) {
      try {
        const raw = storage?.getItem(ACK_KEY_PREFIX + documentName);
        if (raw === null || raw === undefined) return null;
        const parsed = AckRecordSchema.safeParse(JSON.parse(raw));
        if (!parsed.success) return null;
        const stateVector = stateVectorFromText(parsed.data.stateVector);
        return stateVector === null ? null : { stateVector, at: parsed.data.at };
      } catch {
        return null;
      }
    },
    write(documentName, record) {
      try {
        storage?.setItem(ACK_KEY_PREFIX + documentName, JSON.stringify({ stateVector: stateVectorToText(record.stateVector), at: record.at }));
      } catch {
        // Quota: the next start shows the changes as unsaved until the server acknowledges them again.
      }
    },
    forget(documentName) {
      try {
        storage?.removeItem(ACK_KEY_PREFIX + documentName);
      } catch {
        // Nothing to forget.
      }
    },
  };
}
