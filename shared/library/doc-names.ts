import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { UUID_PATTERN, UserIdSchema, type UserId } from './ids.ts';

export type DocKind = 'library' | 'practice';
export interface ParsedDocName {
  kind: DocKind;
  userId: UserId;
}

function docName(kind: DocKind, userId: string): string {
  if (!UUID_PATTERN.test(userId)) throw new LibraryError(LIBRARY_ERROR.invalidInput, 'user id must be a lowercase UUID');
  return `${kind}:${userId}`;
}

/** `library:<userId>` (DOC1). */
export function libraryDocName(userId: string): string {
  return docName('library', userId);
}

/** `practice:<userId>` (DOC12). */
export function practiceDocName(userId: string): string {
  return docName('practice', userId);
}

// Anchored, exact: no whitespace, no upper case, no suffix; JS `$` only matches at the very end.
const DOC_NAME_PATTERN = /^(library|practice):([0-9a-f-]{36})$/;

/** Strict parser for names a client asks to open; null for anything not canonical (DOC1). */
export function parseDocName(name: unknown): ParsedDocName | null {
  if (typeof name !== 'string' || name.length > 45) return null;
  const match = DOC_NAME_PATTERN.exec(name);
  const kind = match?.[1];
  const userId = UserIdSchema.safeParse(match?.[2]);
  if ((kind !== 'library' && kind !== 'practice') || !userId.success) return null;
  return { kind, userId: userId.data };
}
