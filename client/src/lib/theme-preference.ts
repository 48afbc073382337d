import { z } from 'zod';
import { REMEMBERED_THEME_KEY } from './storage-keys.ts';

const ThemeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof ThemeSchema>;

// REMEMBERED_THEME_KEY holds a copy of the document's theme preference, read before the document
// has loaded so a dark theme never flashes light on start. The document stays the source of truth.

/** Sets `<html data-theme>`; `system` removes it so the media query decides. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function rememberTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(REMEMBERED_THEME_KEY);
    else localStorage.setItem(REMEMBERED_THEME_KEY, theme);
  } catch {
    // Storage may be unavailable (private mode): the theme then simply applies once loaded.
  }
}

/** Applies the theme remembered from the last visit, if any (call before the first render). */
export function applyRememberedTheme(): void {
  let stored: string | null;
  try {
    stored = localStorage.getItem(REMEMBERED_THEME_KEY);
  } catch {
    return;
  }
  const theme = ThemeSchema.safeParse(stored);
  if (theme.success) applyTheme(theme.data);
}
