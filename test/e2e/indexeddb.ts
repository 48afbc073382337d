import type { Page } from 'playwright-core';

// Runs inside the page. Kept as source text because the test tsconfig has no DOM types
// (pulling them in would leak browser globals into the server's type check).
const BARRIER_SCRIPT = `async (dbName) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('could not open ' + dbName));
  });
  try {
    const stores = Array.from(db.objectStoreNames);
    if (stores.length === 0) throw new Error('IndexedDB ' + dbName + ' has no object stores: nothing was persisted');
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(stores, 'readonly');
      for (const store of stores) transaction.objectStore(store).count();
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('read failed'));
    });
  } finally {
    db.close();
  }
}`;

/**
 * Resolves once every IndexedDB write the page has already started on database `name` has
 * committed. IndexedDB runs a read-only transaction only after the read-write transactions created
 * before it on the same stores, so one read over every store is a barrier, not a guess.
 */
export async function waitForIndexedDbWrites(page: Page, name: string): Promise<void> {
  await page.evaluate(`(${BARRIER_SCRIPT})(${JSON.stringify(name)})`);
}
