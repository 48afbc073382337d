import { z } from 'zod';

/**
 * The document epoch (DEPLOYMENT.md, "What clients do after a restore"). On every connection the
 * server sends one stateless message naming the document's epoch and the newest restore of the
 * database. A client remembers what it last saw per document; when either changed, the server's
 * history was rewound (restored from a backup): the client keeps its local state, which the Yjs sync
 * re-uploads by itself, and tells the user. It never discards local data because of this message.
 */
export const EPOCH_MESSAGE_TYPE = 'metmap:epoch';

export const EpochAnnouncement = z.object({
  type: z.literal(EPOCH_MESSAGE_TYPE),
  document: z.string(),
  /** Starts at 1; `npm run restore-epoch` adds one. A document the server has not stored yet reports 1. */
  epoch: z.number().int().min(1),
  /** The newest restore of the server's database, if any. */
  restore: z
    .object({
      id: z.string(),
      restoredAt: z.iso.datetime({ offset: true }),
      /** The moment the restored backup holds; null when the operator did not record it. */
      backupTime: z.iso.datetime({ offset: true }).nullable(),
    })
    .nullable(),
});
export type EpochAnnouncement = z.infer<typeof EpochAnnouncement>;

/** What a client stores per document after an announcement. */
export type SeenEpoch = { epoch: number; restoreId: string | null };

export type EpochVerdict =
  /** First announcement for this document on this device: remember it. */
  | { kind: 'first'; seen: SeenEpoch }
  | { kind: 'unchanged'; seen: SeenEpoch }
  /** The server's history went back: keep local state (it is being re-uploaded) and tell the user. */
  | { kind: 'rewound'; seen: SeenEpoch; backupTime: string | null; restoredAt: string | null };

/** Parses a stateless payload; null when it is not an epoch announcement (other stateless messages exist). */
export function parseEpochAnnouncement(payload: string): EpochAnnouncement | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = EpochAnnouncement.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Compares an announcement with what this device saw last time for the same document. */
export function judgeEpoch(previous: SeenEpoch | undefined, announcement: EpochAnnouncement): EpochVerdict {
  const seen: SeenEpoch = { epoch: announcement.epoch, restoreId: announcement.restore?.id ?? null };
  if (previous === undefined) return { kind: 'first', seen };
  if (previous.epoch === seen.epoch && previous.restoreId === seen.restoreId) return { kind: 'unchanged', seen };
  return { kind: 'rewound', seen, backupTime: announcement.restore?.backupTime ?? null, restoredAt: announcement.restore?.restoredAt ?? null };
}

/** The notice a client shows for a `rewound` verdict. */
export function rewoundNotice(verdict: Extract<EpochVerdict, { kind: 'rewound' }>): string {
  const when = verdict.backupTime ? ` to a backup from ${verdict.backupTime}` : '';
  return `The server was restored${when}. Your changes on this device were kept and uploaded again; changes made only on other devices return when those devices connect.`;
}
