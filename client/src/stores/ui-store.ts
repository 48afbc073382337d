import { create } from 'zustand';

/** UI state only: no document content, no I/O (STYLE habit 10). */
export type UiState = {
  librarySearch: string;
  setLibrarySearch(query: string): void;
};

// The theme is a preference in the library document (it syncs across tabs), not UI state.
export const useUiStore = create<UiState>()((set) => ({
  librarySearch: '',
  setLibrarySearch: (librarySearch) => set({ librarySearch }),
}));
