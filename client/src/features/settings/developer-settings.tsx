import { SyncInspector } from '../sync/sync-inspector.tsx';
import { LIBRARY_SCHEMA_VERSION } from '../../lib/library-api.ts';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { useLibrary } from '../../lib/use-library.ts';

/** Facts for whoever debugs a library, and the sync inspector. */
export function DeveloperSettings() {
  const { schemaVersion, issues } = useLibrary();
  const { storageName, relay } = useLibraryDoc();
  return (
    <section className="settings-section" aria-labelledby="developer-heading">
      <details>
        <summary>
          <h2 id="developer-heading">Developer</h2>
        </summary>
        <dl className="settings-facts">
          <div>
            <dt>Document schema</dt>
            <dd>
              version {schemaVersion} (this app writes {LIBRARY_SCHEMA_VERSION})
            </dd>
          </div>
          <div>
            <dt>Entries skipped when reading</dt>
            <dd>{issues.length}</dd>
          </div>
          <div>
            <dt>Stored as</dt>
            <dd>
              <code>{storageName}</code>
            </dd>
          </div>
          <div>
            <dt>Live link to other tabs</dt>
            <dd>{relay === null ? 'unavailable in this browser' : 'on'}</dd>
          </div>
        </dl>
        <SyncInspector />
      </details>
    </section>
  );
}
