import type * as Y from 'yjs';
import type { DocKind, ReadIssue, ReadIssueKind } from '../../shared/library/index.ts';
// The raw root maps: a repair restores stored values without understanding their encoding. This
// belongs beside the accessors (proposed as shared/library `repairLibrary`); until then it is here.
import { libraryRoots, practiceRoots, type RootMap } from '../../shared/library/roots.ts';

/** A value a key held: absent, or a stored value. */
type KeyState = { existed: false } | { existed: true; value: unknown };

/** Keys of root maps changed by clients since the last check: the state before the first change, then each state set. */
export type TouchedKeys = Map<RootMap, Map<string, { before: KeyState; states: KeyState[] }>>;

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

/**
 * A dangling reference (a section whose song has not arrived yet, counters of a deleted song) is
 * a normal state of a replicated document, not a schema violation: it is never repaired.
 */
export function isReferentialIssue(issue: ReadIssue): boolean {
  return /^(song|section) \S+ is missing$|^counters of a missing |^fields? of a missing /.test(issue.reason);
}

/**
 * Records, for every root-map key a client changes, the value it held before the first such change
 * and every value set since (SYNC11). Only origins accepted by `fromClient` are recorded (the
 * server's own repairs are not).
 */
export function trackTouchedKeys(doc: Y.Doc, kind: DocKind, fromClient: (origin: unknown) => boolean) {
  let touched: TouchedKeys = new Map();
  const observers = [...rootsByName(doc, kind).values()].map((map) => {
    const observer = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (!fromClient(transaction.origin)) return;
      let keys = touched.get(map);
      if (!keys) touched.set(map, (keys = new Map()));
      for (const [key, change] of event.changes.keys) {
        let entry = keys.get(key);
        if (!entry) keys.set(key, (entry = { before: change.action === 'add' ? { existed: false } : { existed: true, value: change.oldValue }, states: [] }));
        entry.states.push(map.has(key) ? { existed: true, value: map.get(key) } : { existed: false });
      }
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  });
  return {
    /** The keys touched since the last call. */
    take(): TouchedKeys {
      const taken = touched;
      touched = new Map();
      return taken;
    },
    stop: () => observers.forEach((unobserve) => unobserve()),
  };
}

/** A value Y.Map.set can take again: JSON-like, not a (deleted) shared type. */
function isPlainValue(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainValue);
  return false;
}

/**
 * The state to go back to: the one set just before the current (malformed) one in this window, or
 * the state before the window. A value created valid and broken within one window is thus restored,
 * not deleted.
 */
function previousState(entry: { before: KeyState; states: KeyState[] }): KeyState {
  return entry.states.length >= 2 ? (entry.states[entry.states.length - 2] as KeyState) : entry.before;
}

/**
 * The compensating change (SYNC11): each malformed entry a client just wrote goes back to its
 * previous state — the value it had, or absent if it is new. One normal transaction with `origin`,
 * so it is stored and reaches every client like any edit. Keys in `done` (already repaired in this
 * pass) are skipped; returns the keys repaired.
 */
export function repairTouched(
  doc: Y.Doc,
  kind: DocKind,
  issues: readonly ReadIssue[],
  touched: TouchedKeys,
  origin: unknown,
  done: ReadonlySet<string> = new Set(),
): string[] {
  const roots = rootsByName(doc, kind);
  const repairs = new Map<string, { map: RootMap; key: string; state: KeyState }>();
  for (const issue of issues) {
    if (isReferentialIssue(issue)) continue;
    const rootName = ISSUE_ROOTS[issue.kind];
    const map = roots.get(rootName);
    const entry = map && touched.get(map)?.get(issue.key);
    const id = `${rootName}\u0000${issue.key}`;
    if (map && entry && !done.has(id)) repairs.set(id, { map, key: issue.key, state: previousState(entry) });
  }
  if (repairs.size === 0) return [];
  doc.transact(() => {
    for (const { map, key, state } of repairs.values()) {
      if (state.existed && isPlainValue(state.value)) map.set(key, state.value);
      else map.delete(key);
    }
  }, origin);
  return [...repairs.keys()];
}
