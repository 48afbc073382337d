import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { PONG_BYTE } from '../../shared/sync/keep-alive.ts';
import { decodeUpdateOrNull } from './update-check.ts';

/** Message types a provider sends (@hocuspocus/server MessageType); anything else is refused. */
const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5, close: 7 } as const;
const SyncStep = { one: 0, two: 1, update: 2 } as const;

/** Document names are at most 45 characters; the address may add `\0<sessionId>`. */
const MAX_ADDRESS_LENGTH = 128;

/** A client's Yjs update message (sync step "update"): its document and a view of the update bytes in the frame. */
export type FrameUpdate = { documentName: string; update: Uint8Array };

/**
 * `update`: a client's Yjs update message, with its document and bytes. `awarenessAddress`: an
 * awareness frame's address (`name` or `name\0sessionId`), which the bridge answers itself (SYNC16).
 * `pong`: the provider's answer to the keep-alive's Ping (SYNC16), handled by the bridge.
 */
export type FrameVerdict = { ok: true; update?: FrameUpdate; awarenessAddress?: string; pong?: true } | { ok: false; reason: string };

const refuse = (reason: string): FrameVerdict => ({ ok: false, reason });

/**
 * Checks a client frame completely before Hocuspocus sees it (SYNC5): a known message type, a
 * short address, and a payload that decodes — a Yjs update, a state vector or an awareness update —
 * with nothing left over. A frame that fails closes the connection; it is never queued or applied.
 */
export function checkClientFrame(frame: Uint8Array): FrameVerdict {
  // The provider's Pong is one byte, with no document address (a connection-level message).
  if (frame.length === 1 && frame[0] === PONG_BYTE) return { ok: true, pong: true };
  try {
    const decoder = decoding.createDecoder(frame);
    const address = decoding.readVarString(decoder);
    if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return refuse('bad address');
    const type = decoding.readVarUint(decoder);
    const verdict = checkBody(type, decoder);
    if (!verdict.ok) return verdict;
    if (decoding.hasContent(decoder)) return refuse('trailing bytes');
    // Hocuspocus addresses a document as `name` or `name\0sessionId`.
    if (verdict.update) return { ok: true, update: { ...verdict.update, documentName: address.split('\0')[0] ?? address } };
    return type === MessageType.awareness ? { ok: true, awarenessAddress: address } : verdict;
  } catch {
    return refuse('truncated frame');
  }
}

function checkBody(type: number, decoder: decoding.Decoder): FrameVerdict {
  switch (type) {
    case MessageType.sync:
    case MessageType.syncReply:
      return checkSync(decoder);
    case MessageType.awareness:
      return checkAwareness(decoding.readVarUint8Array(decoder));
    case MessageType.auth: {
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      // Newer providers append their version.
      if (decoding.hasContent(decoder)) decoding.readVarString(decoder);
      return { ok: true };
    }
    case MessageType.stateless:
      decoding.readVarString(decoder);
      return { ok: true };
    case MessageType.queryAwareness:
    case MessageType.close:
      return { ok: true };
    default:
      return refuse(`message type ${type} not accepted from clients`);
  }
}

function checkSync(decoder: decoding.Decoder): FrameVerdict {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SyncStep.one) {
    Y.decodeStateVector(payload);
    return { ok: true };
  }
  if (step === SyncStep.two || step === SyncStep.update) {
    if (!decodeUpdateOrNull(payload)) return refuse('not a Yjs update');
    return step === SyncStep.update ? { ok: true, update: { documentName: '', update: payload } } : { ok: true };
  }
  return refuse(`unknown sync step ${step}`);
}

function checkAwareness(update: Uint8Array): FrameVerdict {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
  return decoding.hasContent(decoder) ? refuse('trailing awareness bytes') : { ok: true };
}
