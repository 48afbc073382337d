import { ErrorCode } from '../../shared/errors.ts';
import { readLibrary, type Library, type UserId } from '../../shared/library/index.ts';
import { applyOperations } from '../document-diff/operations.ts';
import { planRestore, type RestoreTarget } from '../document-diff/plan-restore.ts';
import { HttpError } from '../guards/http-error.ts';
import { writeLibrary } from '../rest/document-writes.ts';
import type { RestDeps } from '../rest/rest-deps.ts';

export type AppliedRestore = { before: RestoreTarget; changes: number; refused: number };

/**
 * Brings (part of) the user's library to a target as ONE new change (HIST2): read the document as
 * it is, plan the accessor calls (a diff, not a rewind), apply them in the same transaction — so
 * every connected device receives it like any edit — and return what it replaced, for the undo.
 * A call the library refuses is skipped (it wrote nothing, DOC10) and counted.
 */
export function applyRestore(deps: Pick<RestDeps, 'sync' | 'clock'>, userId: UserId, targetFor: (current: Library) => RestoreTarget): Promise<AppliedRestore> {
  return writeLibrary(deps, userId, (doc, at) => {
    const current = readLibrary(doc);
    if (current.compatibility === 'newer') {
      throw new HttpError(409, ErrorCode.conflict, 'Your library was saved by a newer version of MetMap; update this one first.');
    }
    const plan = planRestore(current, targetFor(current));
    const outcome = applyOperations(doc, plan.operations, 'skip', at);
    return { before: plan.before, changes: outcome.applied, refused: outcome.failed.length };
  });
}
