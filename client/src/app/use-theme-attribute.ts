import { useEffect } from 'react';
import type { Library } from '../lib/library-api.ts';
import { applyTheme, rememberTheme } from '../lib/theme-preference.ts';
import { useLibrarySelector } from '../lib/use-library.ts';
import { useStorageStatus } from '../lib/use-storage-status.ts';

const selectTheme = (library: Library) => library.preferences.theme;

/**
 * Mirrors the theme preference (in the document, so every tab and device follows it) onto
 * `<html data-theme>`. Until the stored library has loaded, the theme remembered at start stays.
 */
export function useThemeAttribute(): void {
  const theme = useLibrarySelector(selectTheme);
  const opening = useStorageStatus().state === 'opening';
  useEffect(() => {
    if (opening) return;
    applyTheme(theme);
    rememberTheme(theme);
  }, [theme, opening]);
}
