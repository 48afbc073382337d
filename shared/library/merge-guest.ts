import * as Y from 'yjs';
import { documentCompatibility } from './schema-version.ts';

/** What merging a guest document into an account document did (MERGE1–MERGE4). */
export type GuestMergeResult =
  | { readonly kind: 'merged'; readonly changed: boolean }
  /** One of the documents was written by a newer MetMap: nothing is written (DOC9). */
  | { readonly kind: 'refused'; readonly reason: 'newer-schema' };

/**
 * Merges everything `guest` holds into `account` as a CRDT merge: the part of the guest's history
 * the account lacks is applied as one Yjs update (one transaction, with `origin`). Entities are
 * keyed by id in root maps, so an entity both hold (the demo song) stays one entity; entities only
 * one side holds are all kept, whatever the account already received from other devices; applying
 * the same guest state twice changes nothing. Works on library and practice documents alike.
 */
export function mergeGuestDocument(account: Y.Doc, guest: Y.Doc, options: { origin?: unknown } = {}): GuestMergeResult {
  if (documentCompatibility(account) === 'newer' || documentCompatibility(guest) === 'newer') {
    return { kind: 'refused', reason: 'newer-schema' };
  }
  const missing = Y.encodeStateAsUpdate(guest, Y.encodeStateVector(account));
  let changed = false;
  const onUpdate = () => {
    changed = true;
  };
  account.on('update', onUpdate);
  try {
    Y.applyUpdate(account, missing, options.origin ?? null);
  } finally {
    account.off('update', onUpdate);
  }
  return { kind: 'merged', changed };
}
