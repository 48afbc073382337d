import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocRelay } from './doc-relay.ts';
import { createInMemoryChannel } from './in-memory-channel.ts';

describe('document relay and a sync provider', () => {
  it('CSYNC1: updates of an origin skipped later (the tab\'s provider) stay in the tab; the undo restores relaying', () => {
    const channel = createInMemoryChannel();
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const relayA = createDocRelay(a, channel.open(), { tabId: 'a' });
    createDocRelay(b, channel.open(), { tabId: 'b' });
    const provider = { name: 'provider of a' };
    const stop = relayA.skipOrigin(provider);

    // What the provider applies was written elsewhere (another device), as on a real connection.
    const fromServer = (key: string, value: number) => {
      const device = new Y.Doc();
      device.getMap('songs').set(key, value);
      Y.applyUpdate(a, Y.encodeStateAsUpdate(device), provider);
    };
    fromServer('from-server', 1);
    channel.flush();
    expect(b.getMap('songs').toJSON()).toEqual({});

    a.getMap('songs').set('typed-here', 2);
    channel.flush();
    expect(b.getMap('songs').toJSON()).toEqual({ 'typed-here': 2 });

    stop();
    fromServer('later', 3);
    channel.flush();
    expect(b.getMap('songs').get('later')).toBe(3);
  });
});
