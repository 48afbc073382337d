import { useEffect } from 'react';
import { useUiStore } from '../stores/ui-store.ts';

/** Mirrors the theme choice onto `<html data-theme>`; `system` removes it so the media query decides. */
export function useThemeAttribute(): void {
  const theme = useUiStore((state) => state.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
