import type { Doc } from 'yjs';
import { libraryDocName, practiceDocName, type UserId, type WriteOptions } from '../../shared/library/index.ts';
import type { RestDeps } from './rest-deps.ts';

/**
 * Runs `change` on the user's library document (one transaction, every connected device sees it
 * live) and resolves once it is committed and projected, so the answer can read the projection.
 * The caller has authorized: the name is built from the session's own user id. `at` carries the
 * server clock for the accessors' times (createdAt, deletedAt, …).
 */
export function writeLibrary<T>(deps: Pick<RestDeps, 'sync' | 'clock'>, userId: UserId, change: (doc: Doc, at: WriteOptions) => T): Promise<T> {
  const at = { now: deps.clock() };
  return deps.sync.withDocument(libraryDocName(userId), (doc) => change(doc, at), { projected: true });
}

/** The same for the user's practice document (practice sessions, DOC12). */
export function writePractice<T>(deps: Pick<RestDeps, 'sync' | 'clock'>, userId: UserId, change: (doc: Doc, at: WriteOptions) => T): Promise<T> {
  const at = { now: deps.clock() };
  return deps.sync.withDocument(practiceDocName(userId), (doc) => change(doc, at), { projected: true });
}
