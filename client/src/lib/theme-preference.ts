import { z } from 'zod';

const ThemeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof ThemeSchema>;

// A copy of the document's theme preference, read before the document has loaded so a dark
// theme never flashes light on start. The document stays the source of truth.
const REMEMBERED_THEME_KEY = 'metmap:theme';

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
