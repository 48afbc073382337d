// Worker side of scenario memory: clients that connect, sync, make one edit, wait for its
// acknowledgement and disconnect, over and over (documents load and unload on the server each time).
import * as Y from 'yjs';
import { updateSong } from '../../shared/library/index.ts';
import { forEachBounded } from './bounded.ts';
import type { CyclesResult, UserSpec } from './ipc.ts';
import { openLiteClient } from './lite-client.ts';

/** Visits so far in this worker: every edit writes a value the document has not held before. */
let visits = 0;

async function oneVisit(url: string, spec: UserSpec, cycle: number): Promise<void> {
  const doc = new Y.Doc();
  const client = openLiteClient({ url, cookie: spec.cookie, documentName: spec.doc, replica: doc });
  try {
    await client.opened;
    let update: Uint8Array | undefined;
    doc.once('update', (bytes: Uint8Array) => void (update = bytes));
    updateSong(doc, spec.songIds[cycle % spec.songIds.length] ?? '', { notes: `visit ${++visits}` });
    if (!update) throw new Error('the edit changed nothing');
    const sent = update;
    const acknowledged = new Promise<void>((resolve) => client.sendUpdate(sent, () => resolve()));
    const closedFirst = client.closed.then((code) => Promise.reject(new Error(`closed with ${code} before the acknowledgement`)));
    await Promise.race([acknowledged, closedFirst]);
  } finally {
    await client.close();
    doc.destroy();
  }
}

export async function runCycles(url: string, specs: readonly UserSpec[], cycles: number): Promise<CyclesResult> {
  const started = performance.now();
  let failures = 0;
  const errors: string[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const result = await forEachBounded(specs, specs.length, (spec) => oneVisit(url, spec, cycle));
    failures += result.failed;
    errors.push(...result.errors.slice(0, 5 - errors.length));
  }
  return { connects: cycles * specs.length, failures, errors, ms: performance.now() - started };
}
