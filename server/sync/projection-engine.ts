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

type Mirror = {
  doc: Y.Doc;
  kind: DocKind;
  userId: UserId;
  tracker: ReturnType<typeof trackTouchedKeys>;
  /**
   * What the last written diff left in the tables, as ids and row hashes (null: compare with a
   * baseline first). Not the rows: they were ~2.2 × the document's encoded size (docs/CAPACITY.md).
   */
  written: RowsFingerprint | null;
  pending: { pass: number; print: RowsFingerprint } | null;
  repairRounds: number;
  /** Made at the second pass: a document edited once is likely edited again; an idle one is not worth its memory. */
  incremental: IncrementalProjection | null;
  projectedOnce: boolean;
};

/**
 * The projection worker's state machine (SYNC10, SYNC11), free of threads so it is tested directly:
 * mirrors fed with the server's updates, projected and diffed on request.
 */
export function createProjectionEngine() {
  const mirrors = new Map<number, Mirror>();

  const project = (mirror: Mirror, pass: number, baseline: Extract<ToProjectionWorker, { type: 'project' }>['baseline']): PassResult => {
    const projection =
      mirror.kind === 'library' && mirror.projectedOnce
        ? (mirror.incremental ??= createIncrementalProjection(mirror.doc, mirror.userId)).project()
        : projectDocument(mirror.kind, mirror.userId, mirror.doc);
    mirror.projectedOnce = true;
    if (projection.newer) {
      mirror.tracker.clear();
      return { kind: 'newer' };
    }
    if (mirror.tracker.size() > 0 && projection.issues.length > 0 && mirror.repairRounds < MAX_REPAIR_ROUNDS) {
      const ops = planRepairs(projection.issues, mirror.tracker);
      if (ops.length > 0) {
        mirror.repairRounds++;
        mirror.tracker.forget(ops);
        return { kind: 'repair', ops };
      }
    }
    mirror.repairRounds = 0;
    mirror.tracker.clear();
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
          const doc = new Y.Doc();
          Y.applyUpdate(doc, message.state, FROM_SERVER);
          const tracker = trackTouchedKeys(doc, message.kind, (origin) => origin === FROM_CLIENT);
          mirrors.set(message.id, {
            doc,
            kind: message.kind,
            userId: message.userId,
            tracker,
            written: null,
            pending: null,
            repairRounds: 0,
            incremental: null,
            projectedOnce: false,
          });
          return null;
        }
        case 'update': {
          const mirror = mirrors.get(message.id);
          if (mirror) Y.applyUpdate(mirror.doc, message.update, message.fromClient ? FROM_CLIENT : FROM_SERVER);
          return null;
        }
        case 'project': {
          const mirror = mirrors.get(message.id);
          if (!mirror) return { type: 'failed', id: message.id, pass: message.pass, message: 'no such document in the projection worker' };
          return { type: 'projected', id: message.id, pass: message.pass, result: project(mirror, message.pass, message.baseline) };
        }
        case 'settled': {
          const mirror = mirrors.get(message.id);
          if (mirror?.pending?.pass === message.pass) {
            if (message.written) mirror.written = mirror.pending.print;
            mirror.pending = null;
          }
          return null;
        }
        case 'close': {
          const mirror = mirrors.get(message.id);
          mirror?.tracker.stop();
          mirror?.incremental?.destroy();
          mirror?.doc.destroy();
          mirrors.delete(message.id);
          return null;
        }
      }
    },
    /** Documents mirrored (tests). */
    size: () => mirrors.size,
  };
}
