import { describe, expect, it } from 'vitest';
import { createInMemoryChannel } from './in-memory-channel.ts';
import { openLocalDoc } from './local-doc.ts';
import { relayChannelName } from './relay-port.ts';

describe('openLocalDoc', () => {
  it('LF1: two tabs of one document share edits through the relay channel named after the storage', async () => {
    const channel = createInMemoryChannel();
    const names: string[] = [];
    const openPort = (name: string) => {
      names.push(name);
      return channel.open();
    };
    const a = openLocalDoc('metmap:library:guest', { hasIndexedDb: false, openPort });
    a.doc.getMap('songs').set('s1', 'before b opened');
    const b = openLocalDoc('metmap:library:guest', { hasIndexedDb: false, openPort });
    await Promise.all([a.whenOpened, b.whenOpened]);
    channel.flush();
    expect(b.doc.getMap('songs').toJSON()).toEqual({ s1: 'before b opened' });

    b.doc.getMap('songs').set('s2', 'live');
    channel.flush();
    expect(a.doc.getMap('songs').toJSON()).toEqual({ s1: 'before b opened', s2: 'live' });
    expect(names).toEqual([relayChannelName('metmap:library:guest'), relayChannelName('metmap:library:guest')]);

    await b.detach();
    a.doc.getMap('songs').set('s3', 'after b detached');
    channel.flush();
    expect(b.doc.getMap('songs').has('s3')).toBe(false);
    await Promise.all([a.destroy(), b.destroy()]);
  });

  it('without BroadcastChannel, the document works alone', async () => {
    const handle = openLocalDoc('metmap:library:guest', { hasIndexedDb: false, openPort: () => null });
    expect(handle.relay).toBeNull();
    expect(await handle.whenOpened).toEqual({ state: 'memory-only', reason: 'unsupported' });
    await handle.destroy();
  });
});
