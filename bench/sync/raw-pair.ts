// The baseline's two devices: Y.Docs joined through the bare relay. A local change is sent as the
// provider sends it (the same Hocuspocus update frame, so the same size); the other side decodes
// the frame and applies the update, so both paths end in the same Y.applyUpdate on device B.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

const RELAYED = Symbol('relayed');

export type RawDevice = {
  readonly doc: Y.Doc;
  /** Called with the time a relayed change was applied to `doc`. */
  onRemoteChange: ((at: number) => void) | undefined;
  close(): void;
};

function updateFrame(name: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function updateOf(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarString(decoder);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

export async function openRawDevice(relayUrl: string, name: string, doc: Y.Doc): Promise<RawDevice> {
  const ws = new WebSocket(relayUrl, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const device: RawDevice = {
    doc,
    onRemoteChange: undefined,
    close: () => ws.close(),
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAYED) ws.send(updateFrame(name, update));
    else device.onRemoteChange?.(performance.now());
  });
  ws.on('message', (data: Buffer) => Y.applyUpdate(doc, updateOf(new Uint8Array(data)), RELAYED));
  return device;
}
