import { compareLastPractised } from './library-order.ts';

/** The library's sort orders; the first is the default. */
export const LIBRARY_SORTS = [
  { id: 'last-practised', label: 'Last practised' },
  { id: 'title', label: 'Title' },
  { id: 'artist', label: 'Artist' },
  { id: 'confidence', label: 'Confidence (lowest first)' },
  { id: 'recently-added', label: 'Recently added' },
] as const;

export type LibrarySortId = (typeof LIBRARY_SORTS)[number]['id'];

export function isLibrarySortId(value: string): value is LibrarySortId {
  return LIBRARY_SORTS.some((sort) => sort.id === value);
}

/** The fields the sort orders look at. */
export type SortableSong = {
  readonly id: string;
  readonly title: string;
  readonly artist?: string | undefined;
  readonly createdAt: number;
  readonly lastPracticedAt?: number | undefined;
  /** Mean confidence of the song's sections; null without sections. */
  readonly averageConfidence: number | null;
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byId = (a: SortableSong, b: SortableSong) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTitle = (a: SortableSong, b: SortableSong) => collator.compare(a.title, b.title) || byId(a, b);

/** Songs without an artist (or without sections, for confidence) go last in those orders. */
const COMPARATORS: Record<LibrarySortId, (a: SortableSong, b: SortableSong) => number> = {
  'last-practised': compareLastPractised,
  title: byTitle,
  artist: (a, b) => {
    if (a.artist === undefined || b.artist === undefined) return a.artist === b.artist ? byTitle(a, b) : a.artist === undefined ? 1 : -1;
    return collator.compare(a.artist, b.artist) || byTitle(a, b);
  },
  confidence: (a, b) => {
    const left = a.averageConfidence;
    const right = b.averageConfidence;
    if (left === null || right === null) return left === right ? byTitle(a, b) : left === null ? 1 : -1;
    return left - right || byTitle(a, b);
  },
  'recently-added': (a, b) => b.createdAt - a.createdAt || byId(a, b),
};

/** A sorted copy; the input is left as it was. */
export function sortSongs<T extends SortableSong>(songs: readonly T[], sort: LibrarySortId): T[] {
  return [...songs].sort(COMPARATORS[sort]);
}
