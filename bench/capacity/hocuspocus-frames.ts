// The client side of the Hocuspocus wire protocol, as far as the load generator needs it: the frames
// the app's provider sends (auth, sync, the keep-alive's Pong) and a decoder for what the server answers.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { PONG_BYTE } from '../../shared/sync/keep-alive.ts';

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
  /** The answer to the server's Ping: one byte, no document name (a connection-level message). */
  pong: () => Uint8Array.of(PONG_BYTE),
};

/** A server frame, decoded as far as the load generator cares. */
export type ServerFrame =
  | { kind: 'ping' }
  | { kind: 'authenticated' }
  | { kind: 'denied'; reason: string }
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'sync-status'; saved: boolean }
  | { kind: 'close'; reason: string }
  | { kind: 'other'; type: number };

const PING = 9;

export function decodeServerFrame(data: Uint8Array): ServerFrame {
  // The keep-alive's Ping is one byte with no document name (SYNC16).
  if (data.length === 1 && data[0] === PING) return { kind: 'ping' };
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
