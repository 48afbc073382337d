import { z } from 'zod';
import * as Y from 'yjs';
import { mergeGuestDocument, readLibrary, readPracticeLog, type GuestMergeResult } from '../../lib/library-api.ts';
import { hasChangesBeyond, stateVectorFromText, stateVectorToText } from './state-vectors.ts';
import { browserStorage } from '../../lib/browser-storage.ts';

/** localStorage key of the answer to "add this device's guest library to your account?". */
export const GUEST_MERGE_KEY = 'metmap:guest-merge';

/** The guest documents' state when the question was settled (answered, or nothing to ask). */
export type GuestMergeDecision = {
  readonly outcome: 'merged' | 'kept-aside' | 'empty';
  readonly library: Uint8Array;
  readonly practice: Uint8Array;
};

/** What the question shows about the guest library. */
export type GuestContent = { readonly songs: number; readonly sessions: number };

const DecisionSchema = z.object({
  outcome: z.enum(['merged', 'kept-aside', 'empty']),
  library: z.string().max(100_000),
  practice: z.string().max(100_000),
});

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

export function readGuestMergeDecision(storage: KeyValue | null = browserStorage()): GuestMergeDecision | null {
  try {
    const raw = storage?.getItem(GUEST_MERGE_KEY);
    if (raw === null || raw === undefined) return null;
    const parsed = DecisionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const library = stateVectorFromText(parsed.data.library);
    const practice = stateVectorFromText(parsed.data.practice);
    return library === null || practice === null ? null : { outcome: parsed.data.outcome, library, practice };
  } catch {
    return null;
  }
}

export function writeGuestMergeDecision(decision: GuestMergeDecision, storage: KeyValue | null = browserStorage()): void {
  try {
    const { outcome, library, practice } = decision;
    storage?.setItem(GUEST_MERGE_KEY, JSON.stringify({ outcome, library: stateVectorToText(library), practice: stateVectorToText(practice) }));
  } catch {
    // Quota or private mode: the question comes again next time, which loses nothing.
  }
}

/** Songs (live or recently deleted) and practice sessions in the guest documents. */
export function guestContent(library: Y.Doc, practice: Y.Doc): GuestContent {
  const { songs, deletedSongs } = readLibrary(library);
  return { songs: songs.length + deletedSongs.length, sessions: readPracticeLog(practice).sessions.length };
}

/**
 * CSYNC7: ask only when the guest documents hold something, and hold something new since the
 * question was last settled on this device (so "no" is not asked again, but new guest work is).
 */
export function shouldOfferGuestMerge(input: {
  content: GuestContent;
  state: { library: Uint8Array; practice: Uint8Array };
  decision: GuestMergeDecision | null;
}): boolean {
  if (input.content.songs + input.content.sessions === 0) return false;
  if (input.decision === null) return true;
  return hasChangesBeyond(input.state.library, input.decision.library) || hasChangesBeyond(input.state.practice, input.decision.practice);
}

/** Origin of the merge transaction: not this tab's user's edit (no undo step), not the provider's. */
export const GUEST_MERGE_ORIGIN = Object.freeze({ source: 'guest-merge' });

/** CSYNC8: merges both guest documents into the account's (shared/library/merge-guest.ts). */
export function mergeGuestIntoAccount(docs: {
  guestLibrary: Y.Doc;
  guestPractice: Y.Doc;
  accountLibrary: Y.Doc;
  accountPractice: Y.Doc;
}): { library: GuestMergeResult; practice: GuestMergeResult } {
  const options = { origin: GUEST_MERGE_ORIGIN };
  return {
    library: mergeGuestDocument(docs.accountLibrary, docs.guestLibrary, options),
    practice: mergeGuestDocument(docs.accountPractice, docs.guestPractice, options),
  };
}

/** The state of the guest documents, to record with the decision. */
export function guestState(library: Y.Doc, practice: Y.Doc): { library: Uint8Array; practice: Uint8Array } {
  return { library: Y.encodeStateVector(library), practice: Y.encodeStateVector(practice) };
}
