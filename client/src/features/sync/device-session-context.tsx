import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DeviceSession } from './device-session.ts';
import type { ValueSource } from './value-source.ts';

const DeviceSessionContext = createContext<DeviceSession | null>(null);

/** Makes the tab's device session (account documents and their sync) available below it. */
export function DeviceSessionProvider(props: { session: DeviceSession; children: ReactNode }) {
  return <DeviceSessionContext.Provider value={props.session}>{props.children}</DeviceSessionContext.Provider>;
}

/** The device session; throws outside `DeviceSessionProvider` (a wiring bug). */
export function useDeviceSession(): DeviceSession {
  const session = useContext(DeviceSessionContext);
  if (session === null) throw new Error('useDeviceSession must be used inside <DeviceSessionProvider>');
  return session;
}

/** The current value of a source; re-renders when it changes. */
export function useSourceValue<T>(source: ValueSource<T>): T {
  return useSyncExternalStore(source.subscribe, source.get);
}
