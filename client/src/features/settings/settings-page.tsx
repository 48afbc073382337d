import { AppearanceSettings } from './appearance-settings.tsx';
import { ClearLocalData } from './clear-local-data.tsx';
import { DeveloperSettings } from './developer-settings.tsx';
import { ImportExportSettings } from '../import-export/import-export-settings.tsx';
import { PracticePreferences } from './practice-preferences.tsx';
import { StorageSettings } from './storage-settings.tsx';
import './settings.css';

/** App settings: appearance and practice preferences (in the document), storage, local data. */
export function SettingsPage() {
  return (
    <section className="page settings-page" aria-labelledby="settings-heading">
      <title>Settings · MetMap</title>
      <h1 id="settings-heading">Settings</h1>
      <AppearanceSettings />
      <PracticePreferences />
      <StorageSettings />
      <ImportExportSettings />
      <ClearLocalData />
      <DeveloperSettings />
    </section>
  );
}
