import { describe, expect, it } from 'vitest';
import { CLIENT_RECONNECT_AFTER_SILENCE_MS, KEEP_ALIVE_PING_AFTER_MS } from '../../../../shared/sync/keep-alive.ts';
import { LiveOnlyWebsocket } from './live-only-websocket.ts';

describe('the shared socket', () => {
  it("CSYNC1: waits for the server's keep-alive before reconnecting (twice its interval) unless told otherwise", () => {
    const socket = new LiveOnlyWebsocket({ url: 'ws://127.0.0.1:9/sync', autoConnect: false });
    const quick = new LiveOnlyWebsocket({ url: 'ws://127.0.0.1:9/sync', autoConnect: false, messageReconnectTimeout: 500 });
    try {
      expect(socket.configuration.messageReconnectTimeout).toBe(CLIENT_RECONNECT_AFTER_SILENCE_MS);
      expect(CLIENT_RECONNECT_AFTER_SILENCE_MS).toBeGreaterThanOrEqual(2 * KEEP_ALIVE_PING_AFTER_MS);
      expect(quick.configuration.messageReconnectTimeout).toBe(500);
    } finally {
      socket.destroy();
      quick.destroy();
    }
  });
});
