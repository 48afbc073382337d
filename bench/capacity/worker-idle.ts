// Worker side of scenario idle: many bare connections that only keep themselves alive.
import { forEachBounded } from './bounded.ts';
import type { ClientSpec, IdleStatus, OpenResult } from './ipc.ts';
import { openLiteClient, type LiteClient } from './lite-client.ts';

const clients: LiteClient[] = [];

export async function openIdleClients(url: string, specs: readonly ClientSpec[], concurrency: number): Promise<OpenResult> {
  const started = performance.now();
  const { failed, errors } = await forEachBounded(specs, concurrency, async (spec) => {
    const client = openLiteClient({ url, cookie: spec.cookie, documentName: spec.doc });
    clients.push(client);
    await client.opened;
  });
  return { opened: specs.length - failed, failed, errors, ms: performance.now() - started };
}

export function idleStatus(): IdleStatus {
  const closeCodes: Record<string, number> = {};
  let open = 0;
  let framesSent = 0;
  let framesReceived = 0;
  let longestSilenceMs = 0;
  for (const client of clients) {
    const frames = client.frames();
    framesSent += frames.sent;
    framesReceived += frames.received;
    longestSilenceMs = Math.max(longestSilenceMs, frames.longestSilenceMs);
    const code = client.closeCode();
    if (client.isOpen()) open++;
    else if (code !== null) closeCodes[code] = (closeCodes[code] ?? 0) + 1;
  }
  return { open, closed: clients.length - open, closeCodes, framesSent, framesReceived, longestSilenceMs };
}

export async function closeIdleClients(): Promise<void> {
  await Promise.all(clients.splice(0).map((client) => client.close()));
}
