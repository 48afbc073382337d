import type { DeviceSession } from '../features/sync/device-session.ts';
import { AppProviders } from './app-providers.tsx';
import { AppShell } from './app-shell.tsx';
import { AppRoutes } from './app-routes.tsx';

/** The whole app: providers, then the shell around the routed page. */
export function App(props: { device: DeviceSession }) {
  return (
    <AppProviders device={props.device}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </AppProviders>
  );
}
