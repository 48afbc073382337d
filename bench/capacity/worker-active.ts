// Worker side of scenario active: two devices per user, each with a replica; each user edits once
// per interval from alternating devices. Both devices live in this process, so one clock times the
// acknowledgement (sender) and the fan-out (the other device applying the edit).
import * as Y from 'yjs';
import { updateSong } from '../../shared/library/index.ts';
import { prng } from '../../test/sync/prng.ts';
import { forEachBounded, sleep } from './bounded.ts';
import type { ActiveResult, OpenResult, UserSpec } from './ipc.ts';
import { openLiteClient, type LiteClient } from './lite-client.ts';

/** How long after the run outstanding acknowledgements and fan-outs may still arrive. */
const GRACE_MS = 5_000;

type Awaited = { clientId: number; clock: number; sentAt: number };

type Device = {
  doc: Y.Doc;
  client: LiteClient;
  /** Edits of the other device this one has not applied yet. */
  expecting: Awaited[];
};

type User = { spec: UserSpec; devices: [Device, Device]; edits: number; timer?: NodeJS.Timeout };

const users: User[] = [];
const fanoutMs: number[] = [];

function openDevice(url: string, spec: UserSpec): Device {
  const doc = new Y.Doc();
  const expecting: Awaited[] = [];
  const client = openLiteClient({
    url,
    cookie: spec.cookie,
    documentName: spec.doc,
    replica: doc,
    onRemoteUpdate(receivedAt) {
      // Edits arrive in the order they were made: the first not yet applied ends the scan.
      for (let first = expecting[0]; first !== undefined && Y.getState(doc.store, first.clientId) >= first.clock; first = expecting[0]) {
        fanoutMs.push(receivedAt - first.sentAt);
        expecting.shift();
      }
    },
  });
  return { doc, client, expecting };
}

export async function openActiveUsers(url: string, specs: readonly UserSpec[], concurrency: number): Promise<OpenResult> {
  const started = performance.now();
  const { failed, errors } = await forEachBounded(specs, concurrency, async (spec) => {
    const user: User = { spec, devices: [openDevice(url, spec), openDevice(url, spec)], edits: 0 };
    users.push(user);
    await Promise.all(user.devices.map((device) => device.client.opened));
  });
  return { opened: specs.length - failed, failed, errors, ms: performance.now() - started };
}

/** One edit: a song field through the accessors, sent as the provider would send it; false if it changed nothing. */
function edit(user: User, random: ReturnType<typeof prng>, ackMs: number[]): boolean {
  const from = user.devices[user.edits % 2] as Device;
  const to = user.devices[(user.edits + 1) % 2] as Device;
  user.edits++;
  let update: Uint8Array | undefined;
  const capture = (bytes: Uint8Array) => {
    update = bytes;
  };
  from.doc.on('update', capture);
  updateSong(from.doc, random.pick(user.spec.songIds), random.next() < 0.5 ? { notes: `edit ${user.edits}` } : { bpm: 60 + random.int(120) });
  from.doc.off('update', capture);
  if (!update) return false;
  const sentAt = performance.now();
  to.expecting.push({ clientId: from.doc.clientID, clock: Y.getState(from.doc.store, from.doc.clientID), sentAt });
  from.client.sendUpdate(update, (ms) => ackMs.push(ms));
  return true;
}

export async function runActive(durationMs: number, editIntervalMs: number, seed: number): Promise<ActiveResult> {
  const random = prng(seed);
  const ackMs: number[] = [];
  fanoutMs.length = 0;
  const end = performance.now() + durationMs;
  let edits = 0;
  for (const user of users) {
    // Each user starts at a random point of the interval, so the edits spread evenly over time.
    user.timer = setTimeout(function tick() {
      if (performance.now() >= end) return;
      if (edit(user, random, ackMs)) edits++;
      user.timer = setTimeout(tick, editIntervalMs);
    }, random.int(editIntervalMs));
  }
  await sleep(durationMs);
  users.forEach((user) => clearTimeout(user.timer));
  const settled = () => ackMs.length >= edits && users.every((user) => user.devices.every((device) => device.expecting.length === 0));
  const graceEnd = performance.now() + GRACE_MS;
  while (!settled() && performance.now() < graceEnd) await sleep(20);
  const missingFanouts = users.reduce((sum, user) => sum + user.devices[0].expecting.length + user.devices[1].expecting.length, 0);
  return {
    edits,
    ackMs,
    fanoutMs: [...fanoutMs],
    missingAcks: Math.max(0, edits - ackMs.length),
    missingFanouts,
    closedDuringRun: users.reduce((sum, user) => sum + user.devices.filter((device) => !device.client.isOpen()).length, 0),
  };
}

export async function closeActiveUsers(): Promise<void> {
  await Promise.all(users.splice(0).flatMap((user) => user.devices.map((device) => device.client.close())));
}
