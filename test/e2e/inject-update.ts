import type { Page } from 'playwright-core';
import { RELAY_PROTOCOL_VERSION } from '../../client/src/lib/relay-messages.ts';

/**
 * Delivers a Yjs update built in Node to the app the way another tab would: as a relay message on
 * the document's BroadcastChannel (client/src/lib/relay-port.ts). Every open tab of the app applies
 * it live and its y-indexeddb stores it, so it survives reloads like any edit.
 */
export async function postRelayUpdate(page: Page, storageName: string, update: Uint8Array): Promise<void> {
  const message = { type: 'update', v: RELAY_PROTOCOL_VERSION, from: 'e2e-test-tab' };
  // Runs in the page; source text because the test tsconfig has no DOM types.
  await page.evaluate(`(() => {
    const channel = new BroadcastChannel(${JSON.stringify(`metmap-relay:${storageName}`)});
    channel.postMessage({ ...${JSON.stringify(message)}, update: new Uint8Array(${JSON.stringify(Array.from(update))}) });
    channel.close();
  })()`);
}
