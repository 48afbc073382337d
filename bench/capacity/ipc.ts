// Messages between the coordinator and its load-generator workers (child processes, Node IPC).
import { z } from 'zod';

/** One connection to open: the session cookie and the document. */
export const ClientSpecSchema = z.object({ cookie: z.string(), doc: z.string() });
export type ClientSpec = z.infer<typeof ClientSpecSchema>;

/** A user whose devices edit: its cookie, its library document and the song ids in it. */
export const UserSpecSchema = z.object({ cookie: z.string(), doc: z.string(), songIds: z.array(z.string()) });
export type UserSpec = z.infer<typeof UserSpecSchema>;

export const CommandSchema = z.discriminatedUnion('type', [
  /** Open bare connections (scenario idle) with at most `concurrency` handshakes in flight. */
  z.object({ type: z.literal('idle-open'), url: z.string(), clients: z.array(ClientSpecSchema), concurrency: z.number().int().positive() }),
  z.object({ type: z.literal('idle-status') }),
  z.object({ type: z.literal('close-all') }),
  /** Two devices per user, each with a replica (scenario active). */
  z.object({ type: z.literal('active-open'), url: z.string(), users: z.array(UserSpecSchema), concurrency: z.number().int().positive() }),
  /** Each user edits once per `editIntervalMs`, alternating devices, for `durationMs`. */
  z.object({ type: z.literal('active-run'), durationMs: z.number().int().positive(), editIntervalMs: z.number().int().positive(), seed: z.number().int() }),
  /** Every client connects, syncs and disconnects, `cycles` times (scenario memory). */
  z.object({ type: z.literal('cycles'), url: z.string(), users: z.array(UserSpecSchema), cycles: z.number().int().positive() }),
  /** Real providers, `devicesPerUser` per user (scenario churn). */
  z.object({ type: z.literal('churn-open'), url: z.string(), users: z.array(UserSpecSchema), devicesPerUser: z.number().int().positive() }),
  z.object({
    type: z.literal('churn-run'),
    durationMs: z.number().int().positive(),
    editsPerSecond: z.number().positive(),
    seed: z.number().int(),
  }),
  /** Reconnects every device and waits (at most `timeoutMs`) until every device is saved and replicas agree. */
  z.object({ type: z.literal('churn-settle'), timeoutMs: z.number().int().positive() }),
  z.object({ type: z.literal('exit') }),
]);
export type Command = z.infer<typeof CommandSchema>;

export const RequestSchema = z.object({ id: z.number().int(), command: CommandSchema });
export const ReplySchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.string() }),
]);

export const OpenResultSchema = z.object({ opened: z.number(), failed: z.number(), errors: z.array(z.string()), ms: z.number() });
export type OpenResult = z.infer<typeof OpenResultSchema>;

export const IdleStatusSchema = z.object({
  open: z.number(),
  closed: z.number(),
  closeCodes: z.record(z.string(), z.number()),
  /** WebSocket frames the clients sent and received so far, all clients together. */
  framesSent: z.number(),
  framesReceived: z.number(),
  /** The longest any client went without receiving a frame (the app's provider reconnects after 60 s). */
  longestSilenceMs: z.number(),
});
export type IdleStatus = z.infer<typeof IdleStatusSchema>;

export const ActiveResultSchema = z.object({
  edits: z.number(),
  ackMs: z.array(z.number()),
  fanoutMs: z.array(z.number()),
  /** Edits whose acknowledgement or fan-out never arrived before the end of the run (plus a grace period). */
  missingAcks: z.number(),
  missingFanouts: z.number(),
  closedDuringRun: z.number(),
});
export type ActiveResult = z.infer<typeof ActiveResultSchema>;

export const CyclesResultSchema = z.object({ connects: z.number(), failures: z.number(), errors: z.array(z.string()), ms: z.number() });
export type CyclesResult = z.infer<typeof CyclesResultSchema>;

export const ChurnRunResultSchema = z.object({ edits: z.number(), disconnects: z.number(), reconnects: z.number() });
export type ChurnRunResult = z.infer<typeof ChurnRunResultSchema>;

/** One device at the end: its state, and the (clientID, clock) of every edit it made. */
export const ChurnDeviceSchema = z.object({
  doc: z.string(),
  label: z.string(),
  stateVector: z.string(),
  fingerprint: z.string(),
  unsyncedChanges: z.number(),
  synced: z.boolean(),
  edits: z.array(z.tuple([z.number(), z.number()])),
});
export type ChurnDevice = z.infer<typeof ChurnDeviceSchema>;

export const ChurnSettleResultSchema = z.object({ convergedMs: z.number().nullable(), offlineAtStop: z.number(), devices: z.array(ChurnDeviceSchema) });
export type ChurnSettleResult = z.infer<typeof ChurnSettleResultSchema>;

/** Commands that answer nothing (close-all). */
export const NothingSchema = z.null();

/** What bench/capacity/doc-heap.ts prints: the heap one loaded heavy library costs. */
export const DocHeapResultSchema = z.object({
  encodedBytes: z.number(),
  /** The main isolate's heap while the document is loaded, minus before. */
  heapDeltaBytes: z.number(),
  /** The projection worker's mirror of it while its first pass is out (measured by running the same engine in one isolate). */
  mirrorHeapBytes: z.number(),
  /** The same mirror once that pass is written (a large document's mirror then rests): its heap, and its encoded state (an ArrayBuffer, off the heap). */
  mirrorRestingHeapBytes: z.number(),
  mirrorRestingExternalBytes: z.number(),
  /** The same mirror after two more edits and passes, each written: heap and off-heap state. */
  mirrorAfterEditHeapBytes: z.number(),
  mirrorAfterEditExternalBytes: z.number(),
  /** Median worker time of a pass after one edit, the mirror resting between passes (as a large one does) … */
  restingPassMs: z.number(),
  /** … and kept awake (incremental projection), as a mirror below LARGE_DOCUMENT_BYTES is. */
  awakePassMs: z.number(),
  externalDeltaBytes: z.number(),
  loadMs: z.number(),
  settleMs: z.number(),
  heapAfterUnloadDeltaBytes: z.number(),
  unloadMs: z.number(),
});
export type DocHeapResult = z.infer<typeof DocHeapResultSchema>;
