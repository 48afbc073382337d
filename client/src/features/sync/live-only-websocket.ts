import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

const OPEN = 1; // WebSocket.OPEN

/**
 * The shared socket of a tab's providers, minus the queue of messages sent while it is closed.
 * Nothing needs queuing: every (re)connect starts with a state-vector handshake that sends all the
 * server lacks. Queued updates flushed after that handshake would be acknowledged out of order and
 * let the pending count reach 0 before everything was stored (CSYNC3).
 */
export class LiveOnlyWebsocket extends HocuspocusProviderWebsocket {
  override send(message: unknown): void {
    if (this.webSocket?.readyState !== OPEN) return;
    super.send(message);
  }
}
