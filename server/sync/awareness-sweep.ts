import type { Document } from '@hocuspocus/server';

/**
 * Stops the awareness sweep of a loaded document (SYNC16). y-protocols runs one every 3 s per
 * document, to renew the local state and expire remote ones; the server has no local state and,
 * as awareness is not relayed, never holds a remote one, so the sweep only costs: 10,000 loaded
 * documents ran 3,333 timer callbacks a second on an idle server (docs/CAPACITY.md).
 */
export function stopAwarenessSweep(document: Document): void {
  const timer: unknown = document.awareness._checkInterval;
  clearInterval(timer as NodeJS.Timeout);
}
