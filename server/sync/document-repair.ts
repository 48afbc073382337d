import type * as Y from 'yjs';
import type { DocKind, ReadIssue, ReadIssueKind } from '../../shared/library/index.ts';
// The raw root maps: a repair restores stored values without understanding their encoding. This
// belongs beside the accessors (proposed as shared/library `repairLibrary`); until then it is here.
import { libraryRoots, practiceRoots, type RootMap } from '../../shared/library/roots.ts';

/** A state a key can be in: absent, or holding a stored value. */
export type KeyState = { existed: false } | { existed: true; value: unknown };

/** One key of one root map changed by clients: its state before the first change, then each state set. */
export type TouchedKey = { before: KeyState; states: KeyState[] };

/** What a compensating change does to one key. */
export type RepairOp = { root: string; key: string; state: KeyState };

const ISSUE_ROOTS: Record<ReadIssueKind, string> = {
  meta: 'meta',
  song: 'songs',
  songField: 'songFields',
  section: 'sections',
  sectionField: 'sectionFields',
  chord: 'chords',
  tempoEvent: 'tempoEvents',
  practiceStats: 'practiceStats',
  preferences: 'preferences',
  metronome: 'metronome',
  practiceSession: 'sessions',
};

function rootsByName(doc: Y.Doc, kind: DocKind): Map<string, RootMap> {
  return new Map(Object.entries(kind === 'library' ? libraryRoots(doc) : practiceRoots(doc)));
}

const touchedId = (root: string, key: string) => `${root}\u0000${key}`;

/**
 * A dangling reference (a section whose song has not arrived yet, counters of a deleted song) is
 * a normal state of a replicated document, not a schema violation: it is never repaired.
 */
export function isReferentialIssue(issue: ReadIssue): boolean {
  return /^(song|section) \S+ is missing$|^counters of a missing |^fields? of a missing /.test(issue.reason);
}

/**
 * Records, for every root-map key a client changes, the state before the first such change and
 * every state set since (SYNC11). Only origins accepted by `fromClient` are recorded (the server's
 * own repairs are not).
 */
export function trackTouchedKeys(doc: Y.Doc, kind: DocKind, fromClient: (origin: unknown) => boolean) {
  const touched = new Map<string, TouchedKey>();
  const observers = [...rootsByName(doc, kind)].map(([root, map]) => {
    const observer = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (!fromClient(transaction.origin)) return;
      for (const [key, change] of event.changes.keys) {
        const id = touchedId(root, key);
        let entry = touched.get(id);
        if (!entry) touched.set(id, (entry = { before: change.action === 'add' ? { existed: false } : { existed: true, value: change.oldValue }, states: [] }));
        entry.states.push(map.has(key) ? { existed: true, value: map.get(key) } : { existed: false });
      }
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  });
  return {
    /** The keys touched since the last `clear`, by root and key. */
    get: (root: string, key: string): TouchedKey | undefined => touched.get(touchedId(root, key)),
    size: () => touched.size,
    forget: (ops: readonly RepairOp[]) => ops.forEach((op) => touched.delete(touchedId(op.root, op.key))),
    clear: () => touched.clear(),
    stop: () => observers.forEach((unobserve) => unobserve()),
  };
}
export type TouchedKeys = Pick<ReturnType<typeof trackTouchedKeys>, 'get'>;

/**
 * The state to go back to: the one set just before the current (malformed) one in this window, or
 * the state before the window. A value created valid and broken within one window is thus restored,
 * not deleted.
 */
function previousState(entry: TouchedKey): KeyState {
  return entry.states.length >= 2 ? (entry.states[entry.states.length - 2] as KeyState) : entry.before;
}

/** A value Y.Map.set can take again: JSON-like, not a (deleted) shared type. */
function isPlainValue(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainValue);
  return false;
}

/** The compensating change for the malformed entries clients just wrote (SYNC11); empty when there is none. */
export function planRepairs(issues: readonly ReadIssue[], touched: TouchedKeys): RepairOp[] {
  const ops = new Map<string, RepairOp>();
  for (const issue of issues) {
    if (isReferentialIssue(issue)) continue;
    const root = ISSUE_ROOTS[issue.kind];
    const entry = touched.get(root, issue.key);
    if (!entry) continue;
    // A shared type cannot be put back (nor sent between threads): such a key is removed instead.
    const state = previousState(entry);
    ops.set(touchedId(root, issue.key), { root, key: issue.key, state: state.existed && !isPlainValue(state.value) ? { existed: false } : state });
  }
  return [...ops.values()];
}

/**
 * Applies a compensating change as one normal transaction with `origin`, so it is stored and reaches
 * every client like any edit: each key goes back to its previous value, or is removed.
 */
export function applyRepairs(doc: Y.Doc, kind: DocKind, ops: readonly RepairOp[], origin: unknown): void {
  const roots = rootsByName(doc, kind);
  doc.transact(() => {
    for (const { root, key, state } of ops) {
      const map = roots.get(root);
      if (!map) continue;
      if (state.existed) map.set(key, state.value);
      else map.delete(key);
    }
  }, origin);
}
