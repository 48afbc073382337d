import type { Doc } from 'yjs';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { PracticeSessionIdSchema, newId, type PracticeSessionId } from './ids.ts';
import { practiceRoots } from './roots.ts';
import {
  PracticeSessionCreateSchema,
  PracticeSessionPatchSchema,
  PracticeSessionRecordSchema,
  type PracticeSessionCreateInput,
  type PracticeSessionPatch,
} from './schema-practice.ts';
import { assertWritable } from './schema-version.ts';
import { applyPatch, readWholeRecord, sameRecord, writeWholeRecord } from './whole-entities.ts';
import { notFound, parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

// These accessors take the practice document `practice:<userId>` (DOC12), not the library.

/** Logs a practice session; returns its id. */
export function createPracticeSession(doc: Doc, input: PracticeSessionCreateInput, options?: WriteOptions): PracticeSessionId {
  assertWritable(doc);
  const { id, ...fields } = parseInput(PracticeSessionCreateSchema, input, 'practice session');
  const sessionId = id ?? PracticeSessionIdSchema.parse(newId());
  const { sessions } = practiceRoots(doc);
  if (sessions.has(sessionId)) throw new LibraryError(LIBRARY_ERROR.alreadyExists, `practice session ${sessionId} already exists`);
  return writeTransaction(doc, options, (now) => {
    writeWholeRecord(sessions, sessionId, { ...fields, createdAt: now, updatedAt: now });
    return sessionId;
  });
}

/** E.g. ending a session: endedAt, durationSeconds, rating, notes. Whole-value write (DOC5). */
export function updatePracticeSession(doc: Doc, id: string, patch: PracticeSessionPatch, options?: WriteOptions): void {
  assertWritable(doc);
  const sessionId = parseInput(PracticeSessionIdSchema, id, 'practice session id');
  const fields = parseInput(PracticeSessionPatchSchema, patch, 'practice session patch');
  const { sessions } = practiceRoots(doc);
  const current = readWholeRecord(sessions, sessionId, PracticeSessionRecordSchema);
  if (current === null) throw notFound('practice session', sessionId);
  const next = parseInput(PracticeSessionRecordSchema, applyPatch(current, fields), 'practice session');
  if (sameRecord(current, next)) return;
  writeTransaction(doc, options, (now) => writeWholeRecord(sessions, sessionId, { ...next, updatedAt: now }));
}

export function deletePracticeSession(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const sessionId = parseInput(PracticeSessionIdSchema, id, 'practice session id');
  const { sessions } = practiceRoots(doc);
  if (!sessions.has(sessionId)) throw notFound('practice session', sessionId);
  writeTransaction(doc, options, () => sessions.delete(sessionId));
}
