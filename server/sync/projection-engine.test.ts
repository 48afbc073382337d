import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, updateSong, UserIdSchema } from '../../shared/library/index.ts';
import { applyRepairs } from './document-repair.ts';
import { createProjectionEngine } from './projection-engine.ts';
import { emptyRows } from './projection-plan.ts';
import type { PassResult } from './projection-protocol.ts';
import type { StoredProjection } from './projection-store.ts';

const userId = UserIdSchema.parse('0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b');
const nothingStored: StoredProjection = {
  rows: emptyRows(userId),
  invalidIds: { songs: [], sections: [], chords: [], practiceSessions: [] },
  hasPreferences: false,
};

/** A server document and its mirror in the engine, fed the way the projector feeds it. */
function mirrored(now?: () => number) {
  const engine = createProjectionEngine(now ? { now } : {});
  const doc = new Y.Doc();
  const songId = createSong(doc, { title: 'One' });
  engine.handle({ type: 'open', id: 1, kind: 'library', userId, state: Y.encodeStateAsUpdate(doc) });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array, origin: unknown) => engine.handle({ type: 'update', id: 1, update, fromClient: origin === 'client' }));
  let pass = 0;
  const project = (baseline: StoredProjection | null = null): { pass: number; result: PassResult } => {
    const reply = engine.handle({ type: 'project', id: 1, pass: ++pass, baseline });
    if (reply?.type !== 'projected') throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
    return { pass: reply.pass, result: reply.result };
  };
  /** A client's edit arriving at the server. */
  const fromClient = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    change(client);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(client, before), 'client');
  };
  return { engine, doc, songId, project, fromClient };
}

describe('projection engine', () => {
  it('SYNC10: the first pass diffs against the stored rows; later passes only against what was written', () => {
    const m = mirrored();
    const first = m.project(nothingStored);
    expect(first.result).toMatchObject({ kind: 'diff', diff: { songs: { upserts: [{ title: 'One' }], deletes: [] } } });
    expect(first.result.kind === 'diff' && first.result.diff?.preferences).toBeTruthy();
    m.engine.handle({ type: 'settled', id: 1, pass: first.pass, written: true, rest: false });
    expect(m.project().result).toEqual({ kind: 'diff', diff: null });

    updateSong(m.doc, m.songId, { bpm: 90 });
    const second = m.project();
    expect(second.result).toMatchObject({ kind: 'diff', diff: { songs: { upserts: [{ bpm: 90 }] }, sections: { upserts: [] }, preferences: null } });
    // Not written: the next pass still carries the change.
    m.engine.handle({ type: 'settled', id: 1, pass: second.pass, written: false, rest: false });
    expect(m.project().result).toMatchObject({ kind: 'diff', diff: { songs: { upserts: [{ bpm: 90 }] } } });
  });

  it('SYNC11: a malformed value from a client yields a compensating change; once applied, the pass projects', () => {
    const m = mirrored();
    m.engine.handle({ type: 'settled', id: 1, pass: m.project(nothingStored).pass, written: true, rest: false });
    m.fromClient((doc) => doc.getMap('songs').set(m.songId, 'not json'));
    const repair = m.project();
    expect(repair.result).toMatchObject({ kind: 'repair', ops: [{ root: 'songs', key: m.songId, state: { existed: true } }] });
    if (repair.result.kind !== 'repair') return;
    applyRepairs(m.doc, 'library', repair.result.ops, 'server');
    expect(m.project().result).toEqual({ kind: 'diff', diff: null });
    // The same malformed value written by the server itself is not "repaired" (only client writes are).
    m.doc.getMap('songs').set(m.songId, 'not json either');
    expect(m.project().result).toMatchObject({ kind: 'diff', diff: { songs: { deletes: [m.songId] } } });
  });

  it('SYNC10: an idle mirror rests as its encoded state (not with a pass out or a client change to check) and wakes with the next message, projecting as if it had never rested', () => {
    let now = 0;
    const m = mirrored(() => now);
    // A second engine mirroring the same document that never rests.
    const twin = createProjectionEngine();
    twin.handle({ type: 'open', id: 1, kind: 'library', userId, state: Y.encodeStateAsUpdate(m.doc) });
    m.doc.on('update', (update: Uint8Array, origin: unknown) => twin.handle({ type: 'update', id: 1, update, fromClient: origin === 'client' }));
    const twinProject = (pass: number, baseline: StoredProjection | null = null) => twin.handle({ type: 'project', id: 1, pass, baseline });
    const settle = (pass: number) => {
      m.engine.handle({ type: 'settled', id: 1, pass, written: true, rest: false });
      twin.handle({ type: 'settled', id: 1, pass, written: true, rest: false });
    };
    const first = m.project(nothingStored);
    expect(twinProject(first.pass, nothingStored)).toMatchObject({ result: first.result });
    settle(first.pass);

    // A pass out: no rest until it settles.
    updateSong(m.doc, m.songId, { bpm: 100 });
    const out = m.project();
    expect(twinProject(out.pass)).toMatchObject({ result: out.result });
    now += 60_000;
    expect(m.engine.rest(60_000)).toBe(0);
    settle(out.pass);
    expect(m.engine.rest(60_000)).toBe(0); // settling was activity
    now += 60_000;
    expect(m.engine.rest(60_000)).toBe(1);
    expect(m.engine.resting(1)).toBe(true);

    // Woken by an update or a pass request; the diffs match the twin's, pass after pass.
    for (let i = 0; i < 4; i++) {
      if (i % 2 === 0) updateSong(m.doc, m.songId, { notes: `take ${i}` });
      const pass = m.project();
      expect(m.engine.resting(1)).toBe(false);
      expect(twinProject(pass.pass)).toMatchObject({ result: pass.result });
      expect(pass.result.kind === 'diff' && pass.result.diff !== null).toBe(i % 2 === 0);
      settle(pass.pass);
      now += 60_000;
      expect(m.engine.rest(60_000)).toBe(1);
    }

    // A client change waiting to be checked for repair keeps the mirror awake.
    m.fromClient((doc) => doc.getMap('songs').set(m.songId, 'not json'));
    now += 60_000;
    expect(m.engine.rest(60_000)).toBe(0);
    expect(m.project().result).toMatchObject({ kind: 'repair' });
  });

  it('SYNC10: a pass settled with `rest` (a large document) puts the mirror to rest once written (not after a failed write); without it the mirror stays awake', () => {
    const small = mirrored();
    small.engine.handle({ type: 'settled', id: 1, pass: small.project(nothingStored).pass, written: true, rest: false });
    expect(small.engine.resting(1)).toBe(false);

    const large = mirrored();
    const twin = createProjectionEngine();
    twin.handle({ type: 'open', id: 1, kind: 'library', userId, state: Y.encodeStateAsUpdate(large.doc) });
    large.doc.on('update', (update: Uint8Array) => twin.handle({ type: 'update', id: 1, update, fromClient: false }));
    const both = (baseline: StoredProjection | null, written: boolean) => {
      const pass = large.project(baseline);
      expect(twin.handle({ type: 'project', id: 1, pass: pass.pass, baseline })).toMatchObject({ result: pass.result });
      large.engine.handle({ type: 'settled', id: 1, pass: pass.pass, written, rest: true });
      twin.handle({ type: 'settled', id: 1, pass: pass.pass, written, rest: false });
      return pass.result;
    };
    both(nothingStored, true);
    expect(large.engine.resting(1)).toBe(true);

    updateSong(large.doc, large.songId, { bpm: 77 });
    expect(large.engine.resting(1)).toBe(false);
    expect(both(null, false)).toMatchObject({ kind: 'diff', diff: { songs: { upserts: [{ bpm: 77 }] } } });
    expect(large.engine.resting(1)).toBe(false); // the write failed: the retry comes soon
    expect(both(null, true)).toMatchObject({ kind: 'diff', diff: { songs: { upserts: [{ bpm: 77 }] } } });
    expect(large.engine.resting(1)).toBe(true);
    // Woken again, it has lost nothing of what was written.
    expect(both(null, true)).toEqual({ kind: 'diff', diff: null });
    expect(large.engine.resting(1)).toBe(true);
  });

  it('SYNC10: a document of a newer schema version is neither projected nor repaired', () => {
    const m = mirrored();
    m.fromClient((doc) => doc.getMap('meta').set('schemaVersion:99', 99));
    expect(m.project(nothingStored).result).toEqual({ kind: 'newer' });
  });
});
