import * as Y from 'yjs';
import { isEmptyDiff, type DocKind, type UserId } from '../../shared/library/index.ts';
import { planRepairs, trackTouchedKeys } from './document-repair.ts';
import { createIncrementalProjection, type IncrementalProjection } from './incremental-projection.ts';
import { emptyRows, planProjection, projectDocument } from './projection-plan.ts';
import type { FromProjectionWorker, PassResult, ToProjectionWorker } from './projection-protocol.ts';
import { fingerprintRows, type RowsFingerprint } from './row-fingerprints.ts';

/** Origins of the mirror's updates: a client's (tracked for repair) or anything else. */
const FROM_CLIENT = Symbol('client');
const FROM_SERVER = Symbol('server');
/** A repair that reveals the next problem gets a few more rounds, then the pass goes on. */
const MAX_REPAIR_ROUNDS = 3;

/** The mirror's replica while it is awake: the document, its repair tracker, its incremental projection. */
type Replica = {
  doc: Y.Doc;
  tracker: ReturnType<typeof trackTouchedKeys>;
  /** Made at the second pass: a document edited once is likely edited again; an idle one is not worth its memory. */
  incremental: IncrementalProjection | null;
};

type Mirror = {
  kind: DocKind;
  userId: UserId;
  /** Null while the mirror rests: then only its encoded state is kept (`resting`). */
  replica: Replica | null;
  resting: Uint8Array | null;
  /**
   * What the last written diff left in the tables, as ids and row hashes (null: compare with a
   * baseline first). Not the rows: they were ~2.2 × the document's encoded size (docs/CAPACITY.md).
   */
  written: RowsFingerprint | null;
  pending: { pass: number; print: RowsFingerprint } | null;
  repairRounds: number;
  projectedOnce: boolean;
  /** When the mirror last received anything (open, update, project, settled). */
  activeAt: number;
};

function wake(kind: DocKind, state: Uint8Array): Replica {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, FROM_SERVER);
  return { doc, tracker: trackTouchedKeys(doc, kind, (origin) => origin === FROM_CLIENT), incremental: null };
}

function release(replica: Replica): void {
  replica.tracker.stop();
  replica.incremental?.destroy();
  replica.doc.destroy();
}

/**
 * The projection worker's state machine (SYNC10, SYNC11), free of threads so it is tested directly:
 * mirrors fed with the server's updates, projected and diffed on request. A mirror that has been
 * idle for a while can be put to rest (`rest`): its replica (a second copy of the document, ~6 × its
 * encoded size) is replaced by its encoded state (1 ×), and rebuilt from it with the next message.
 */
export function createProjectionEngine(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const mirrors = new Map<number, Mirror>();

  /** The replica of a mirror that can rest now: awake, no pass out, no client change waiting for its repair check. */
  const restable = (mirror: Mirror): Replica | null =>
    mirror.replica !== null && mirror.pending === null && mirror.replica.tracker.size() === 0 ? mirror.replica : null;

  const putToRest = (mirror: Mirror, replica: Replica) => {
    mirror.resting = Y.encodeStateAsUpdate(replica.doc);
    mirror.replica = null;
    release(replica);
  };

  /** The mirror's replica, rebuilt from its encoded state if it was resting. */
  const awake = (mirror: Mirror): Replica => {
    mirror.activeAt = now();
    if (mirror.replica) return mirror.replica;
    mirror.replica = wake(mirror.kind, mirror.resting ?? new Uint8Array([0, 0]));
    mirror.resting = null;
    // The incremental projection's caches went with the replica: the next pass is a full one.
    mirror.projectedOnce = false;
    return mirror.replica;
  };

  const project = (mirror: Mirror, pass: number, baseline: Extract<ToProjectionWorker, { type: 'project' }>['baseline']): PassResult => {
    const replica = awake(mirror);
    const projection =
      mirror.kind === 'library' && mirror.projectedOnce
        ? (replica.incremental ??= createIncrementalProjection(replica.doc, mirror.userId)).project()
        : projectDocument(mirror.kind, mirror.userId, replica.doc);
    mirror.projectedOnce = true;
    if (projection.newer) {
      replica.tracker.clear();
      return { kind: 'newer' };
    }
    if (replica.tracker.size() > 0 && projection.issues.length > 0 && mirror.repairRounds < MAX_REPAIR_ROUNDS) {
      const ops = planRepairs(projection.issues, replica.tracker);
      if (ops.length > 0) {
        mirror.repairRounds++;
        replica.tracker.forget(ops);
        return { kind: 'repair', ops };
      }
    }
    mirror.repairRounds = 0;
    replica.tracker.clear();
    const print = fingerprintRows(projection.rows);
    const previous = baseline?.rows ?? mirror.written ?? emptyRows(mirror.userId);
    const diff = planProjection(mirror.kind, previous, projection.rows, baseline ?? undefined, print);
    mirror.pending = { pass, print };
    return { kind: 'diff', diff: isEmptyDiff(diff) ? null : diff };
  };

  return {
    handle(message: ToProjectionWorker): FromProjectionWorker | null {
      switch (message.type) {
        case 'open': {
          mirrors.set(message.id, {
            kind: message.kind,
            userId: message.userId,
            replica: wake(message.kind, message.state),
            resting: null,
            written: null,
            pending: null,
            repairRounds: 0,
            projectedOnce: false,
            activeAt: now(),
          });
          return null;
        }
        case 'update': {
          const mirror = mirrors.get(message.id);
          if (mirror) Y.applyUpdate(awake(mirror).doc, message.update, message.fromClient ? FROM_CLIENT : FROM_SERVER);
          return null;
        }
        case 'project': {
          const mirror = mirrors.get(message.id);
          if (!mirror) return { type: 'failed', id: message.id, pass: message.pass, message: 'no such document in the projection worker' };
          return { type: 'projected', id: message.id, pass: message.pass, result: project(mirror, message.pass, message.baseline) };
        }
        case 'settled': {
          const mirror = mirrors.get(message.id);
          if (mirror) mirror.activeAt = now();
          if (mirror?.pending?.pass === message.pass) {
            if (message.written) mirror.written = mirror.pending.print;
            mirror.pending = null;
            const replica = message.written && message.rest ? restable(mirror) : null;
            if (replica) putToRest(mirror, replica);
          }
          return null;
        }
        case 'close': {
          const mirror = mirrors.get(message.id);
          if (mirror?.replica) release(mirror.replica);
          mirrors.delete(message.id);
          return null;
        }
      }
    },
    /**
     * Puts to rest every mirror that received nothing for `idleMs`, has no pass out and no client
     * change waiting to be checked for repair; returns how many. What it writes is unchanged: the
     * fingerprint of the written rows stays, and the replica rebuilt from the encoded state is the
     * same document. (A large document's mirror also rests as soon as a pass is written: `settled` with `rest`.)
     */
    rest(idleMs: number): number {
      const at = now();
      let rested = 0;
      for (const mirror of mirrors.values()) {
        const replica = at - mirror.activeAt >= idleMs ? restable(mirror) : null;
        if (!replica) continue;
        putToRest(mirror, replica);
        rested++;
      }
      return rested;
    },
    /** Whether the mirror of `id` is resting (tests). */
    resting: (id: number) => mirrors.get(id)?.resting != null,
    /** Documents mirrored (tests). */
    size: () => mirrors.size,
  };
}
