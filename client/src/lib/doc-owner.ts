/** Whose documents a tab shows: the guest's (on this device only) or an account's (synced). */
export type DocOwner = 'guest' | { readonly userId: string };

export function sameOwner(a: DocOwner, b: DocOwner): boolean {
  return a === 'guest' || b === 'guest' ? a === b : a.userId === b.userId;
}
