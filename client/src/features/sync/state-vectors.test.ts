import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hasChangesBeyond, stateVectorFromText, stateVectorToText } from './state-vectors.ts';

describe('state vectors', () => {
  it('CSYNC4: changes beyond a covered state are new clients or higher clocks; equal or older states are not', () => {
    const doc = new Y.Doc();
    const empty = Y.encodeStateVector(doc);
    doc.getMap('songs').set('a', 1);
    const one = Y.encodeStateVector(doc);
    expect(hasChangesBeyond(one, empty)).toBe(true);
    expect(hasChangesBeyond(one, one)).toBe(false);
    expect(hasChangesBeyond(empty, one)).toBe(false);
    doc.getMap('songs').set('b', 2);
    expect(hasChangesBeyond(Y.encodeStateVector(doc), one)).toBe(true);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getMap('songs').set('c', 3);
    expect(hasChangesBeyond(Y.encodeStateVector(other), Y.encodeStateVector(doc))).toBe(true);
    expect(hasChangesBeyond(Y.encodeStateVector(doc), Y.encodeStateVector(other))).toBe(false);
  });

  it('CSYNC4: a state vector survives its text form; damaged text reads as none', () => {
    const doc = new Y.Doc();
    doc.getMap('songs').set('a', 1);
    const vector = Y.encodeStateVector(doc);
    expect(stateVectorFromText(stateVectorToText(vector))).toEqual(vector);
    expect(stateVectorFromText('%%% not base64')).toBeNull();
    expect(stateVectorFromText(stateVectorToText(new Uint8Array([200])))).toBeNull();
  });
});
