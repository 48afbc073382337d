import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocSnapshot } from './doc-snapshot.ts';

function countingReader() {
  const reader = { calls: 0, read: (doc: Y.Doc) => {
    reader.calls += 1;
    return { size: doc.getMap('m').size };
  } };
  return reader;
}

describe('createDocSnapshot', () => {
  it('returns the same object until the document changes, reading once per update', () => {
    const doc = new Y.Doc();
    const reader = countingReader();
    const snapshot = createDocSnapshot(doc, reader.read);

    const first = snapshot.getSnapshot();
    expect(snapshot.getSnapshot()).toBe(first);
    expect(reader.calls).toBe(1);

    doc.getMap('m').set('a', 1);
    const second = snapshot.getSnapshot();
    expect(second).not.toBe(first);
    expect(second).toEqual({ size: 1 });
    expect(snapshot.getSnapshot()).toBe(second);
    expect(reader.calls).toBe(2);
  });

  it('notifies subscribers on local and remote updates, and stops after unsubscribe', () => {
    const doc = new Y.Doc();
    const snapshot = createDocSnapshot(doc, countingReader().read);
    let notified = 0;
    const unsubscribe = snapshot.subscribe(() => (notified += 1));

    doc.getMap('m').set('a', 1);
    const remote = new Y.Doc();
    remote.getMap('m').set('b', 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(notified).toBe(2);
    expect(snapshot.getSnapshot()).toEqual({ size: 2 });

    unsubscribe();
    doc.getMap('m').set('c', 3);
    expect(notified).toBe(2);
  });

  it('never serves a stale value after updates made while nobody was subscribed', () => {
    const doc = new Y.Doc();
    const snapshot = createDocSnapshot(doc, countingReader().read);
    expect(snapshot.getSnapshot()).toEqual({ size: 0 });
    doc.getMap('m').set('a', 1);
    expect(snapshot.getSnapshot()).toEqual({ size: 1 });
  });
});
