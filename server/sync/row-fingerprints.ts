import type { ProjectedRows, RowsDiff } from '../../shared/library/index.ts';

type Table = 'songs' | 'sections' | 'chords' | 'practiceSessions';

/** The rows of one table as ids and a hash of each row, in the same order (no row objects). */
type TableFingerprint = { readonly ids: readonly string[]; readonly hashes: Float64Array };

/**
 * What a projection mirror remembers of the rows it last wrote (SYNC10): each row's id and a 53-bit
 * hash of its content, enough to tell which rows changed. The rows themselves were ~2.2 × a library's
 * encoded size in the worker (docs/CAPACITY.md); this is ~12 bytes a row (the ids are the strings
 * the rows already share with the document).
 */
export type RowsFingerprint = Readonly<Record<Table, TableFingerprint>> & { readonly preferences: number };

/**
 * cyrb53 (public domain): a fast 53-bit string hash. Two different rows sharing a hash would leave
 * the newer one unwritten; at 2^-53 per changed row that is not expected in the life of the system.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// Rows the incremental projection reuses from pass to pass (unchanged songs) are hashed once.
const hashOfRow = new WeakMap<object, number>();

/**
 * A row's content hash. JSON.stringify follows key order, and rows come from projectLibrary, which
 * builds every row of a table with the same keys in the same order; `undefined` values are left out,
 * as jsonEqual (diffRows) ignores them. A key-order difference could only cost a redundant upsert.
 */
function rowHash(row: object): number {
  let hash = hashOfRow.get(row);
  if (hash === undefined) {
    hash = hash53(JSON.stringify(row));
    hashOfRow.set(row, hash);
  }
  return hash;
}

export function fingerprintRows(rows: ProjectedRows): RowsFingerprint {
  const table = (list: readonly { id: string }[]): TableFingerprint => ({ ids: list.map((row) => row.id), hashes: Float64Array.from(list, rowHash) });
  return {
    songs: table(rows.songs),
    sections: table(rows.sections),
    chords: table(rows.chords),
    practiceSessions: table(rows.practiceSessions),
    preferences: hash53(JSON.stringify(rows.preferences)),
  };
}

/**
 * diffRows(previous, next) where only the fingerprint of `previous` is kept: upserts are the rows of
 * `next` that are new or whose hash changed, in `next`'s order; deletes the ids no longer there, sorted.
 */
export function diffFingerprints(previous: RowsFingerprint, next: ProjectedRows, nextPrint: RowsFingerprint = fingerprintRows(next)): RowsDiff {
  const diffTable = <Row extends { id: string }>(before: TableFingerprint, rows: readonly Row[], after: TableFingerprint) => {
    const old = new Map<string, number>();
    before.ids.forEach((id, i) => old.set(id, before.hashes[i] as number));
    const upserts = rows.filter((row, i) => {
      const hash = old.get(row.id);
      old.delete(row.id);
      return hash !== after.hashes[i];
    });
    return { upserts, deletes: [...old.keys()].sort() };
  };
  return {
    songs: diffTable(previous.songs, next.songs, nextPrint.songs),
    sections: diffTable(previous.sections, next.sections, nextPrint.sections),
    chords: diffTable(previous.chords, next.chords, nextPrint.chords),
    practiceSessions: diffTable(previous.practiceSessions, next.practiceSessions, nextPrint.practiceSessions),
    preferences: previous.preferences === nextPrint.preferences ? null : next.preferences,
  };
}
