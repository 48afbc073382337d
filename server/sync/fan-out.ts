import * as encoding from 'lib0/encoding';

/** A document's connection as the fan-out sees it (Hocuspocus's Connection). */
export type FanOutPeer = { readonly messageAddress: string; readonly readOnly: boolean; send(frame: Uint8Array): void };

/**
 * Larger client updates (a first sync, a guest merge) reach the others only once applied after
 * their commit, as Hocuspocus relays them: rare, and not worth sending twice.
 */
export const FAN_OUT_AHEAD_MAX_BYTES = 64 * 1024;

const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

function updateFrame(address: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, address);
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * SYNC4: a client's update goes to the document's other connections as it arrives, before its
 * append commits; only the sender's acknowledgement waits for the commit. The update passed the
 * frame check (SYNC5). Hocuspocus sends it once more after applying it, which the other devices
 * apply as a no-op. Returns how many connections it went to.
 */
export function fanOutAhead(peers: Iterable<FanOutPeer>, sender: FanOutPeer, update: Uint8Array): number {
  if (sender.readOnly || update.length > FAN_OUT_AHEAD_MAX_BYTES) return 0;
  let sent = 0;
  let address: string | undefined;
  let frame: Uint8Array | undefined;
  for (const peer of peers) {
    if (peer === sender) continue;
    if (frame === undefined || peer.messageAddress !== address) {
      address = peer.messageAddress;
      frame = updateFrame(address, update);
    }
    peer.send(frame);
    sent++;
  }
  return sent;
}
