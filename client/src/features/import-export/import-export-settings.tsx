import { Link } from 'wouter';
import { paths } from '../../config/paths.ts';

/** The settings page's way to backups: export the library or import a file (on their own page). */
export function ImportExportSettings() {
  return (
    <section className="settings-section import-export-settings" aria-labelledby="import-export-settings-heading">
      <h2 id="import-export-settings-heading">Import and export</h2>
      <p>Keep a backup of your library and practice log as a JSON file, or bring songs over from another device.</p>
      {/* A flex column stretches its children: keep the link button its own width. */}
      <Link href={paths.importExport.href()} className="button" style={{ alignSelf: 'flex-start' }}>
        Import or export…
      </Link>
    </section>
  );
}
