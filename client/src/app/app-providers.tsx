import { useSyncExternalStore, type ReactNode } from 'react';
import type { DeviceSession } from '../features/sync/device-session.ts';
import { DeviceSessionProvider } from '../features/sync/device-session-context.tsx';
import { ListCacheKeeper } from '../features/library/list-cache-keeper.tsx';
import { LibraryDocProvider } from '../lib/library-doc-context.tsx';

/** Context providers every page relies on: the device session and the library it shows. */
export function AppProviders(props: { device: DeviceSession; children: ReactNode }) {
  const { owner, handle } = useSyncExternalStore(props.device.library.subscribe, props.device.library.get);
  return (
    <DeviceSessionProvider session={props.device}>
      {/* Signing in or out swaps the document; the key remounts the pages so none keeps the old one. */}
      <LibraryDocProvider key={handle.storageName} handle={handle} owner={owner}>
        <ListCacheKeeper />
        {props.children}
      </LibraryDocProvider>
    </DeviceSessionProvider>
  );
}
