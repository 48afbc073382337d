import { create } from 'zustand';
import type { LibrarySortId } from './library-sort.ts';

/** How the library list is shown in this tab: sort order and tag filter (UI state, no I/O). */
export type LibraryViewState = {
  sort: LibrarySortId;
  tag: string | null;
  setSort(sort: LibrarySortId): void;
  setTag(tag: string | null): void;
};

/** The sort a tab starts with (the view is not kept across reloads). */
export const DEFAULT_LIBRARY_SORT: LibrarySortId = 'last-practised';

export const useLibraryView = create<LibraryViewState>()((set) => ({
  sort: DEFAULT_LIBRARY_SORT,
  tag: null,
  setSort: (sort) => set({ sort }),
  setTag: (tag) => set({ tag }),
}));
