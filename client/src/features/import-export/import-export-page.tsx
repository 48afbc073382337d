import { useLibrary } from '../../lib/use-library.ts';
import { ExportPanel } from './export-panel.tsx';
import './import-export.css';
import { ImportPanel } from './import-panel.tsx';

/** Export the library or a song as JSON, and import such files (rules in SPEC.md). */
export function ImportExportPage() {
  const { compatibility } = useLibrary();
  return (
    <section className="page import-export-page" aria-labelledby="import-export-heading">
      <title>Import and export · MetMap</title>
      <h1 id="import-export-heading">Import and export</h1>
      <ExportPanel />
      <ImportPanel readOnly={compatibility === 'newer'} />
    </section>
  );
}
