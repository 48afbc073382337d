/**
 * One end of a tab-to-tab channel: what the document relay needs from a BroadcastChannel, small
 * enough that tests can supply an in-memory one. Messages are structured-cloned, never JSON.
 */
export type RelayPort = {
  post(message: unknown): void;
  /** Calls `onMessage` with each message another tab posted; returns the unsubscribe. */
  listen(onMessage: (data: unknown) => void): () => void;
  close(): void;
};

/** Channel name of one document's relay; namespaced like its IndexedDB database. */
export function relayChannelName(storageName: string): string {
  return `metmap-relay:${storageName}`;
}

/** A BroadcastChannel as a relay port; null where the browser has none (the tab then works alone). */
export function openBroadcastPort(channelName: string): RelayPort | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName);
  return {
    post: (message) => channel.postMessage(message),
    listen(onMessage) {
      const handler = (event: MessageEvent) => onMessage(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
