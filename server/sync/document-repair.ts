import type * as Y from 'yjs';
import type { DocKind, ReadIssue, ReadIssueKind } from '../../shared/library/index.ts';
// The raw root maps: a repair restores stored values without understanding their encoding. This
// belongs beside the accessors (proposed as shared/library `repairLibrary`); until then it is here.
import { libraryRoots, practiceRoots, type RootMap } from '../../shared/library/roots.ts';

/** Keys of root maps changed by clients since the last check, with the value each had before. */
export type TouchedKeys = Map<RootMap, Map<string, { before: unknown; existed: boolean }>>;

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
 * (SYNC11). Only origins accepted by `fromClient` are recorded (the server's own repairs are not).
 */
export function trackTouchedKeys(doc: Y.Doc, kind: DocKind, fromClient: (origin: unknown) => boolean) {
  let touched: TouchedKeys = new Map();
  const observers = [...rootsByName(doc, kind).values()].map((map) => {
    const observer = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (!fromClient(transaction.origin)) return;
      let keys = touched.get(map);
      if (!keys) touched.set(map, (keys = new Map()));
      for (const [key, change] of event.changes.keys) {
        if (!keys.has(key)) keys.set(key, { before: change.oldValue, existed: change.action !== 'add' });
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
 * The compensating change (SYNC11): each malformed entry a client just wrote gets back the value it
 * had before, or disappears if it is new. One normal transaction with `origin`, so it is stored and
 * reaches every client like any edit. Returns the number of keys repaired.
 */
export function repairTouched(doc: Y.Doc, kind: DocKind, issues: readonly ReadIssue[], touched: TouchedKeys, origin: unknown): number {
  const roots = rootsByName(doc, kind);
  const repairs: { map: RootMap; key: string; before: unknown; existed: boolean }[] = [];
  for (const issue of issues) {
    if (isReferentialIssue(issue)) continue;
    const map = roots.get(ISSUE_ROOTS[issue.kind]);
    const entry = map && touched.get(map)?.get(issue.key);
    if (map && entry) repairs.push({ map, key: issue.key, ...entry });
  }
  if (repairs.length === 0) return 0;
  doc.transact(() => {
    for (const { map, key, before, existed } of repairs) {
      if (existed && isPlainValue(before)) map.set(key, before);
      else map.delete(key);
    }
  }, origin);
  return repairs.length;
}
