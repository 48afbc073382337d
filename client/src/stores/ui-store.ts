import { create } from 'zustand';

/** Colour theme choice; `system` follows the device. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** UI state only: no document content, no I/O (STYLE habit 10). */
export type UiState = {
  theme: ThemeChoice;
  librarySearch: string;
  setTheme(theme: ThemeChoice): void;
  setLibrarySearch(query: string): void;
};

// TODO(preferences): the theme belongs to the user's preferences in the document once those
// accessors exist; until then it is a per-tab choice.
export const useUiStore = create<UiState>()((set) => ({
  theme: 'system',
  librarySearch: '',
  setTheme: (theme) => set({ theme }),
  setLibrarySearch: (librarySearch) => set({ librarySearch }),
}));
