// Round-robin latency rounds: one edit through the MetMap server, then the same kind of edit
// through the bare relay, so load on the shared machine hits both alike.
import type { RawDevice } from './raw-pair.ts';
import type { TimedDevice } from './timed-device.ts';

export type EditTiming = { toB: number; acked: number };

const TIMEOUT_MS = 10_000;

function deadline<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function nextCall(set: (callback: ((at: number) => void) | undefined) => void): Promise<number> {
  return new Promise((resolve) =>
    set((at) => {
      set(undefined);
      resolve(at);
    }),
  );
}

/** Edits on A (synchronously, inside `edit`); resolves when B applied it and the server acknowledged it to A. */
export async function timeServerEdit(a: TimedDevice, b: TimedDevice, edit: () => void): Promise<EditTiming> {
  const seen = nextCall((callback) => (b.onRemoteChange = callback));
  const acked = nextCall((callback) => (a.onAllAcknowledged = callback));
  const started = performance.now();
  edit();
  if (a.unacknowledged() === 0) throw new Error('the edit sent nothing (no change?)');
  const [atB, atAck] = await deadline('the server edit', Promise.all([seen, acked]));
  return { toB: atB - started, acked: atAck - started };
}

/** Edits on raw A; resolves when raw B applied it. */
export async function timeRawEdit(b: RawDevice, edit: () => void): Promise<number> {
  const seen = nextCall((callback) => (b.onRemoteChange = callback));
  const started = performance.now();
  edit();
  return (await deadline('the relayed edit', seen)) - started;
}

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
