import { z } from 'zod';
import { judgeEpoch, parseEpochAnnouncement, rewoundNotice, type SeenEpoch } from '../../../../shared/sync/epoch.ts';
import { browserStorage } from '../../lib/browser-storage.ts';

/** localStorage key prefix of the document epoch this device last saw (OPS12). */
export const EPOCH_KEY_PREFIX = 'metmap:epoch:';

const SeenEpochSchema = z.object({ epoch: z.number().int().min(1), restoreId: z.string().nullable() });

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function readSeen(storage: KeyValue | null, documentName: string): SeenEpoch | undefined {
  try {
    const raw = storage?.getItem(EPOCH_KEY_PREFIX + documentName);
    if (raw === null || raw === undefined) return undefined;
    const parsed = SeenEpochSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CSYNC9: reads a stateless message; for an epoch announcement of `documentName`, remembers it and
 * returns the notice to show when the server was restored from a backup (local state is kept and
 * re-uploaded by the sync itself). Null for anything else.
 */
export function noticeForStateless(documentName: string, payload: string, storage: KeyValue | null = browserStorage()): string | null {
  const announcement = parseEpochAnnouncement(payload);
  if (announcement === null || announcement.document !== documentName) return null;
  const verdict = judgeEpoch(readSeen(storage, documentName), announcement);
  try {
    storage?.setItem(EPOCH_KEY_PREFIX + documentName, JSON.stringify(verdict.seen));
  } catch {
    // Not remembered: the next connection judges against the older record again, which is safe.
  }
  return verdict.kind === 'rewound' ? rewoundNotice(verdict) : null;
}
