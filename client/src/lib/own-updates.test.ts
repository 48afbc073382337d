import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { onOwnUpdates } from './own-updates.ts';

describe('onOwnUpdates', () => {
  it('LF12: passes on updates of other origins, skips the excluded ones, and leaves Yjs idle until needed', () => {
    const doc = new Y.Doc();
    const storage = { name: 'storage' };
    const seen: [unknown, unknown][] = [];
    const stop = onOwnUpdates(doc, (origin) => origin === storage, (update, origin) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, update);
      seen.push([origin, copy.getMap('m').toJSON()]);
    });

    doc.transact(() => doc.getMap('m').set('stored', 1), storage);
    // No 'update' listener yet: loading stored data costs no encoding.
    expect(doc._observers.has('update')).toBe(false);
    expect(seen).toEqual([]);

    doc.getMap('m').set('mine', 2);
    doc.transact(() => doc.getMap('m').set('stored again', 3), storage);
    doc.transact(() => doc.getMap('m').set('undo', 4), 'undo-origin');
    expect(seen.map(([origin]) => origin)).toEqual([null, 'undo-origin']);

    stop();
    doc.getMap('m').set('after', 5);
    expect(seen).toHaveLength(2);
    expect(doc._observers.has('update')).toBe(false);
  });
});
