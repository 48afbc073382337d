import type { LibraryDocHandle } from '../lib/library-doc.ts';
import { AppProviders } from './app-providers.tsx';
import { AppShell } from './app-shell.tsx';
import { AppRoutes } from './app-routes.tsx';

/** The whole app: providers, then the shell around the routed page. */
export function App(props: { libraryDoc: LibraryDocHandle }) {
  return (
    <AppProviders libraryDoc={props.libraryDoc}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </AppProviders>
  );
}
