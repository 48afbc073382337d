// The client side of the Hocuspocus wire protocol, as far as the load generator needs it: the frames
// a provider sends (auth, sync, awareness) and a decoder for what the server answers.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const MessageType = { sync: 0, awareness: 1, auth: 2, stateless: 5, close: 7, syncStatus: 8 } as const;
const SyncStep = { one: 0, two: 1, update: 2 } as const;
const AuthType = { token: 0, permissionDenied: 1, authenticated: 2 } as const;

function frame(documentName: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Frames a provider sends. The token is a placeholder: the server reads the session cookie. */
export const clientFrames = {
  auth: (name: string) =>
    frame(name, MessageType.auth, (e) => {
      encoding.writeVarUint(e, AuthType.token);
      encoding.writeVarString(e, 'session-cookie');
    }),
  syncStep1: (name: string, stateVector: Uint8Array) =>
    frame(name, MessageType.sync, (e) => {
      encoding.writeVarUint(e, SyncStep.one);
      encoding.writeVarUint8Array(e, stateVector);
    }),
  syncStep2: (name: string, update: Uint8Array) =>
    frame(name, MessageType.sync, (e) => {
      encoding.writeVarUint(e, SyncStep.two);
      encoding.writeVarUint8Array(e, update);
    }),
  update: (name: string, update: Uint8Array) =>
    frame(name, MessageType.sync, (e) => {
      encoding.writeVarUint(e, SyncStep.update);
      encoding.writeVarUint8Array(e, update);
    }),
  /** One client's awareness state (a provider sends `{}` and renews it every 15 s). */
  awareness: (name: string, clientId: number, clock: number, json: string) =>
    frame(name, MessageType.awareness, (e) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, clientId);
      encoding.writeVarUint(inner, clock);
      encoding.writeVarString(inner, json);
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
};

/** A server frame, decoded as far as the load generator cares. */
export type ServerFrame =
  | { kind: 'authenticated' }
  | { kind: 'denied'; reason: string }
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'sync-status'; saved: boolean }
  | { kind: 'close'; reason: string }
  | { kind: 'other'; type: number };

export function decodeServerFrame(data: Uint8Array): ServerFrame {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.auth: {
      const authType = decoding.readVarUint(decoder);
      if (authType === AuthType.authenticated) return { kind: 'authenticated' };
      if (authType === AuthType.permissionDenied) return { kind: 'denied', reason: decoding.readVarString(decoder) };
      return { kind: 'other', type };
    }
    case MessageType.sync: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SyncStep.one) return { kind: 'sync-step1', stateVector: payload };
      if (step === SyncStep.two) return { kind: 'sync-step2', update: payload };
      return { kind: 'update', update: payload };
    }
    case MessageType.syncStatus:
      return { kind: 'sync-status', saved: decoding.readVarUint(decoder) === 1 };
    case MessageType.close:
      return { kind: 'close', reason: decoding.hasContent(decoder) ? decoding.readVarString(decoder) : '' };
    default:
      return { kind: 'other', type };
  }
}
