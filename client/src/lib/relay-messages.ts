import { z } from 'zod';

/** Version of the tab-to-tab relay protocol; a tab ignores messages of any other version. */
export const RELAY_PROTOCOL_VERSION = 1;

const TabIdSchema = z.string().min(1).max(64);
// BroadcastChannel uses structured clone, so Yjs updates arrive as real Uint8Arrays.
const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, "expected a Uint8Array");

const envelope = { v: z.literal(RELAY_PROTOCOL_VERSION), from: TabIdSchema };

/**
 * What tabs of one browser say to each other about one Yjs document (a tagged union):
 * - `update`: a change made in the sending tab, for every other tab;
 * - `sync-request`: "this is my state vector, send me what I lack" — to every tab when `to` is
 *   absent (a tab that just opened), else to one tab (the answer to a newcomer);
 * - `sync-reply`: the diff a `sync-request` asked for, addressed to the asking tab.
 */
export const RelayMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('update'), ...envelope, update: BytesSchema }),
  z.object({ type: z.literal('sync-request'), ...envelope, to: TabIdSchema.optional(), stateVector: BytesSchema }),
  z.object({ type: z.literal('sync-reply'), ...envelope, to: TabIdSchema, update: BytesSchema }),
]);
export type RelayMessage = z.infer<typeof RelayMessageSchema>;


/** Parses whatever arrived on the channel; null for anything that is not a relay message we speak. */
export function parseRelayMessage(data: unknown): RelayMessage | null {
  const parsed = RelayMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
