import type { Preferences } from '../../lib/library-api.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { useLibraryReadOnly } from '../../lib/use-read-only.ts';

const THEME_OPTIONS: ReadonlyArray<{ value: Preferences['theme']; label: string }> = [
  { value: 'system', label: 'Match device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Theme picker: a preference in the document, so every tab (and later every device) follows it. */
export function AppearanceSettings() {
  const theme = useLibrary().preferences.theme;
  const { setPreferences } = useLibraryActions();
  const readOnly = useLibraryReadOnly();
  return (
    <section className="settings-section" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <fieldset className="choice-group" disabled={readOnly}>
        <legend>Theme</legend>
        {THEME_OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => setPreferences({ theme: option.value })}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
