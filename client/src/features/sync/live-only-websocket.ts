import { HocuspocusProviderWebsocket, type HocuspocusProviderWebsocketConfiguration } from '@hocuspocus/provider';
import { CLIENT_RECONNECT_AFTER_SILENCE_MS } from '../../../../shared/sync/keep-alive.ts';

const OPEN = 1; // WebSocket.OPEN

/**
 * The shared socket of a tab's providers, minus the queue of messages sent while it is closed.
 * Nothing needs queuing: every (re)connect starts with a state-vector handshake that sends all the
 * server lacks. Queued updates flushed after that handshake would be acknowledged out of order and
 * let the pending count reach 0 before everything was stored (CSYNC3).
 *
 * It reconnects after hearing nothing for `CLIENT_RECONNECT_AFTER_SILENCE_MS` (60 s), not the
 * provider's 30 s: the providers run no awareness (CSYNC1), so what an idle connection hears is the
 * server's keep-alive Ping, sent after 30 s of silence (SYNC16).
 */
export class LiveOnlyWebsocket extends HocuspocusProviderWebsocket {
  constructor(configuration: HocuspocusProviderWebsocketConfiguration) {
    super({ messageReconnectTimeout: CLIENT_RECONNECT_AFTER_SILENCE_MS, ...configuration });
  }

  override send(message: unknown): void {
    if (this.webSocket?.readyState !== OPEN) return;
    super.send(message);
  }
}
