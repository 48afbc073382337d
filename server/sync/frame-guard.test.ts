import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkClientFrame } from './frame-guard.ts';

const NAME = 'library:0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

function update(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 'v');
  return Y.encodeStateAsUpdate(doc);
}

const sync = (step: number, payload: Uint8Array, address = NAME) =>
  frame((e) => {
    encoding.writeVarString(e, address);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });

describe('client frame check', () => {
  it('SYNC5: the frames a provider sends pass; an update frame reports its document and bytes', () => {
    const u = update();
    expect(checkClientFrame(sync(0, Y.encodeStateVector(new Y.Doc())))).toEqual({ ok: true });
    expect(checkClientFrame(sync(1, u))).toEqual({ ok: true });
    const verdict = checkClientFrame(sync(2, u, `${NAME}\u0000session-1`));
    expect(verdict).toMatchObject({ ok: true, update: { documentName: NAME } });
    expect(verdict.ok && verdict.update?.update).toEqual(u);
    const auth = frame((e) => (encoding.writeVarString(e, NAME), encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'token'), encoding.writeVarString(e, '4.8.0')));
    expect(checkClientFrame(auth)).toEqual({ ok: true });
    const awareness = frame((e) => {
      encoding.writeVarString(e, NAME);
      encoding.writeVarUint(e, 1);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 42);
      encoding.writeVarUint(inner, 3);
      encoding.writeVarString(inner, '{"user":"x"}');
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    });
    expect(checkClientFrame(awareness)).toEqual({ ok: true, awarenessAddress: NAME });
    for (const type of [3, 7]) expect(checkClientFrame(frame((e) => (encoding.writeVarString(e, NAME), encoding.writeVarUint(e, type))))).toEqual({ ok: true });
  });

  it("SYNC16: the provider's Pong passes as a one-byte frame; any other one-byte frame, and a Pong with anything after it, is refused", () => {
    expect(checkClientFrame(Uint8Array.of(10))).toEqual({ ok: true, pong: true });
    for (const byte of [0, 1, 9, 11, 255]) expect(checkClientFrame(Uint8Array.of(byte)).ok, `byte ${byte}`).toBe(false);
    expect(checkClientFrame(Uint8Array.of(10, 10)).ok).toBe(false);
  });

  it('SYNC5: garbage, truncation, trailing bytes, server-only and unknown types are refused', () => {
    const good = sync(2, update());
    const refused = [
      new Uint8Array(0),
      Uint8Array.from([255, 255, 255, 255, 255]),
      good.slice(0, good.length - 3),
      Uint8Array.from([...good, 0]),
      sync(2, Uint8Array.from([1, 2, 3, 4, 5, 6, 7])),
      sync(1, Uint8Array.from([200, 1, 0])),
      sync(9, update()),
      frame((e) => (encoding.writeVarString(e, NAME), encoding.writeVarUint(e, 6), encoding.writeVarString(e, 'x'))),
      frame((e) => (encoding.writeVarString(e, NAME), encoding.writeVarUint(e, 8))),
      frame((e) => (encoding.writeVarString(e, ''), encoding.writeVarUint(e, 3))),
      frame((e) => (encoding.writeVarString(e, 'n'.repeat(200)), encoding.writeVarUint(e, 3))),
      frame((e) => (encoding.writeVarString(e, NAME), encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, Uint8Array.from([1, 1, 1, 3, 123, 110, 111])))),
    ];
    for (const bytes of refused) expect(checkClientFrame(bytes).ok, `frame ${Buffer.from(bytes).toString('hex').slice(0, 40)}`).toBe(false);
  });
});
