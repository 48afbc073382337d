import { parseDocName, type ParsedDocName } from '../../shared/library/index.ts';

export type DocumentAccess = { ok: true; doc: ParsedDocName } | { ok: false };

/**
 * Who may open which document (SYNC3): only a canonical `library:<id>` or `practice:<id>` name
 * whose id is the session's own user id. Case, percent-encoding, whitespace, suffixes and other
 * users' ids all fail `parseDocName` or the id comparison; nothing is normalized first.
 */
export function authorizeDocument(documentName: string, sessionUserId: string): DocumentAccess {
  const doc = parseDocName(documentName);
  if (doc === null || doc.userId !== sessionUserId) return { ok: false };
  return { ok: true, doc };
}
