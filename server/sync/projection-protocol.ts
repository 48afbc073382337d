import type { DocKind, RowsDiff, UserId } from '../../shared/library/index.ts';
import type { RepairOp } from './document-repair.ts';
import type { StoredProjection } from './projection-store.ts';

/**
 * Messages between the sync server and its projection worker (SYNC10, SYNC11). The worker keeps a
 * mirror of every loaded document, fed with the same updates in the same order, so the whole-document
 * read and projection (hundreds of milliseconds for a large library) never block the event loop
 * that relays edits.
 */
export type ToProjectionWorker =
  | { type: 'open'; id: number; kind: DocKind; userId: UserId; state: Uint8Array }
  | { type: 'update'; id: number; update: Uint8Array; fromClient: boolean }
  /** Project the mirror as it is after every update sent before this message. */
  | { type: 'project'; id: number; pass: number; baseline: StoredProjection | null }
  /**
   * Whether the diff of `pass` was written; only then does it become the base of the next diff.
   * With `rest`, a written pass also puts the mirror to rest at once (a large document, SYNC10).
   */
  | { type: 'settled'; id: number; pass: number; written: boolean; rest: boolean }
  | { type: 'close'; id: number };

export type PassResult =
  /** Written by a newer schema version: neither projected nor repaired. */
  | { kind: 'newer' }
  /** Clients wrote malformed values: apply this compensating change, then project again. */
  | { kind: 'repair'; ops: RepairOp[] }
  /** The rows to write (null: nothing changed). */
  | { kind: 'diff'; diff: RowsDiff | null };

export type FromProjectionWorker =
  | { type: 'projected'; id: number; pass: number; result: PassResult }
  | { type: 'failed'; id: number; pass: number; message: string };
