import type * as Y from 'yjs';

/**
 * Calls `listener` with the update of every transaction whose origin `skip` does not exclude,
 * like `doc.on('update')` with an origin filter. The 'update' listener is attached only just before
 * the first such transaction: while no 'update' listener exists, Yjs does not encode updates at
 * all, so loading a stored library (a skipped origin) does not re-encode megabytes nobody reads.
 * Returns the unsubscribe.
 */
export function onOwnUpdates(doc: Y.Doc, skip: (origin: unknown) => boolean, listener: (update: Uint8Array, origin: unknown) => void): () => void {
  let attached = false;
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (!skip(origin)) listener(update, origin);
  };
  const beforeTransaction = (transaction: Y.Transaction) => {
    if (skip(transaction.origin)) return;
    attached = true;
    doc.off('beforeTransaction', beforeTransaction);
    doc.on('update', onUpdate);
  };
  doc.on('beforeTransaction', beforeTransaction);
  return () => {
    doc.off('beforeTransaction', beforeTransaction);
    if (attached) doc.off('update', onUpdate);
  };
}

/** Whether a finished transaction changed anything (a read-only transact changes nothing). */
export function transactionChanged(transaction: Y.Transaction): boolean {
  return transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0;
}
