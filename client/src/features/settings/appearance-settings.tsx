import { useUiStore, type ThemeChoice } from '../../stores/ui-store.ts';

const THEME_OPTIONS: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Match device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Theme picker: light, dark or whatever the device prefers. */
export function AppearanceSettings() {
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  return (
    <fieldset className="choice-group">
      <legend>Theme</legend>
      {THEME_OPTIONS.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name="theme"
            value={option.value}
            checked={theme === option.value}
            onChange={() => setTheme(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
