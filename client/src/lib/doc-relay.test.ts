import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocRelay, type DocRelay } from './doc-relay.ts';
import { createInMemoryChannel, type InMemoryChannel } from './in-memory-channel.ts';
import { parseRelayMessage, RELAY_PROTOCOL_VERSION } from './relay-messages.ts';

type Tab = { doc: Y.Doc; relay: DocRelay; errors: unknown[] };

function openTab(channel: InMemoryChannel, name: string, doc = new Y.Doc(), skipOrigins: unknown[] = []): Tab {
  const errors: unknown[] = [];
  const relay = createDocRelay(doc, channel.open(), { tabId: name, skipOrigins, onError: (error) => errors.push(error) });
  return { doc, relay, errors };
}

const songs = (tab: Tab) => tab.doc.getMap('songs').toJSON();
const typesPosted = (channel: InMemoryChannel) => channel.posted.map((message) => parseRelayMessage(message)?.type);

describe('document relay between tabs', () => {
  it('LF1: an edit in one tab reaches every other tab, once', () => {
    const channel = createInMemoryChannel();
    const [a, b, c] = [openTab(channel, 'a'), openTab(channel, 'b'), openTab(channel, 'c')];
    a.doc.getMap('songs').set('s1', 'Blue in Green');
    channel.flush();
    expect(songs(b)).toEqual({ s1: 'Blue in Green' });
    expect(songs(c)).toEqual({ s1: 'Blue in Green' });
    expect(typesPosted(channel)).toEqual(['update']);
  });

  it('LF2: received, replayed and skipped-origin updates are never posted back (no echo loop)', () => {
    const channel = createInMemoryChannel();
    const [storageOfA, storageOfB] = [{ name: 'indexeddb a' }, { name: 'indexeddb b' }];
    const a = openTab(channel, 'a', new Y.Doc(), [storageOfA]);
    const b = openTab(channel, 'b', new Y.Doc(), [storageOfB]);
    // What storage replays (an earlier session's edits) is in every tab's storage: it stays local.
    const earlierSession = new Y.Doc();
    earlierSession.getMap('songs').set('stored', 1);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(earlierSession), storageOfA);
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(earlierSession), storageOfB);
    channel.flush();
    expect(channel.posted).toEqual([]);

    b.doc.getMap('songs').set('s1', 1);
    a.doc.getMap('songs').set('s2', 2);
    channel.flush();
    expect(typesPosted(channel)).toEqual(['update', 'update']);
    expect(songs(a)).toEqual({ stored: 1, s1: 1, s2: 2 });
    expect(songs(b)).toEqual({ stored: 1, s1: 1, s2: 2 });
  });

  it('LF3: a tab opened later catches up, and the tabs already open get what only it had', () => {
    const channel = createInMemoryChannel();
    const a = openTab(channel, 'a');
    const b = openTab(channel, 'b');
    a.doc.getMap('songs').set('s1', 'from a');
    b.doc.getMap('songs').set('s2', 'from b');
    channel.flush();

    // The newcomer loaded something nobody else has (an edit made while it was alone).
    const lateDoc = new Y.Doc();
    lateDoc.getMap('songs').set('s3', 'from late');
    const late = openTab(channel, 'late', lateDoc);
    expect(songs(late)).toEqual({ s3: 'from late' });
    late.relay.catchUp();
    channel.flush();

    const everything = { s1: 'from a', s2: 'from b', s3: 'from late' };
    expect(songs(late)).toEqual(everything);
    expect(songs(a)).toEqual(everything);
    expect(songs(b)).toEqual(everything);
    expect([a, b, late].flatMap((tab) => tab.errors)).toEqual([]);
  });

  it('LF3: a catch-up between tabs that already agree sends no diffs', () => {
    const channel = createInMemoryChannel();
    const a = openTab(channel, 'a');
    a.doc.getMap('songs').set('s1', 1);
    const b = openTab(channel, 'b', new Y.Doc());
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    channel.flush();
    channel.posted.length = 0;

    b.relay.catchUp();
    channel.flush();
    expect(typesPosted(channel)).toEqual(['sync-request', 'sync-request']);
  });

  it('LF3: random edits in three tabs, one joining late, converge to the same document', () => {
    for (let seed = 1; seed <= 20; seed++) {
      let state = seed;
      const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
      const channel = createInMemoryChannel();
      const tabs = [openTab(channel, 'a'), openTab(channel, 'b')];
      const lateDoc = new Y.Doc();
      for (let step = 0; step < 60; step++) {
        if (step === 30) {
          const late = openTab(channel, 'late', lateDoc);
          tabs.push(late);
          late.relay.catchUp();
        }
        const doc = step < 30 && random() < 0.2 ? lateDoc : tabs[Math.floor(random() * tabs.length)]?.doc;
        doc?.getMap('songs').set(`k${Math.floor(random() * 8)}`, step);
        if (random() < 0.3) channel.flush();
      }
      channel.flush();
      const expected = songs(tabs[0] as Tab);
      for (const tab of tabs) expect(songs(tab), `seed ${seed}, tab ${tab.relay.tabId}`).toEqual(expected);
    }
  });

  it('LF4: messages of another protocol version, malformed messages and bad updates change nothing', () => {
    const channel = createInMemoryChannel();
    const a = openTab(channel, 'a');
    const sender = channel.open();
    const other = new Y.Doc();
    other.getMap('songs').set('s1', 1);
    const update = Y.encodeStateAsUpdate(other);
    sender.post({ type: 'update', v: RELAY_PROTOCOL_VERSION + 1, from: 'x', update });
    sender.post({ type: 'update', v: RELAY_PROTOCOL_VERSION, from: 'x', update: Array.from(update) });
    sender.post('hello');
    sender.post({ type: 'sync-reply', v: RELAY_PROTOCOL_VERSION, from: 'x', to: 'someone-else', update });
    channel.flush();
    expect(songs(a)).toEqual({});
    expect(a.errors).toEqual([]);

    sender.post({ type: 'update', v: RELAY_PROTOCOL_VERSION, from: 'x', update: new Uint8Array([1, 2, 3, 250, 250]) });
    channel.flush();
    expect(a.errors.length).toBe(1);
    sender.post({ type: 'update', v: RELAY_PROTOCOL_VERSION, from: 'x', update });
    channel.flush();
    expect(songs(a)).toEqual({ s1: 1 });
  });

  it('LF1: a destroyed relay neither posts nor applies', () => {
    const channel = createInMemoryChannel();
    const a = openTab(channel, 'a');
    const b = openTab(channel, 'b');
    b.relay.destroy();
    a.doc.getMap('songs').set('s1', 1);
    b.doc.getMap('songs').set('s2', 2);
    channel.flush();
    expect(songs(b)).toEqual({ s2: 2 });
    expect(songs(a)).toEqual({ s1: 1 });
  });
});
