import { AppearanceSettings } from './appearance-settings.tsx';

/** App settings (appearance now; account, sync and local data later). */
export function SettingsPage() {
  return (
    <section className="page" aria-labelledby="settings-heading">
      <title>Settings · MetMap</title>
      <h1 id="settings-heading">Settings</h1>
      <AppearanceSettings />
    </section>
  );
}
