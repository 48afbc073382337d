import { libraryDocName, practiceDocName } from '../../lib/library-api.ts';

/** The server names of an account's documents (DOC1). */
export function accountDocumentNames(userId: string): { library: string; practice: string } {
  return { library: libraryDocName(userId), practice: practiceDocName(userId) };
}
