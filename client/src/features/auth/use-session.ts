import { useEffect } from 'react';
import { readDeviceAccount } from '../../lib/device-account.ts';
import { authApi } from './auth-api.ts';
import { useSessionStore, type SessionState } from './session-store.ts';

let loading: Promise<void> | null = null;

/** Asks the server who is signed in (once per page load, shared by every caller). */
export function loadSession(): Promise<void> {
  loading ??= authApi
    .currentUser()
    .then((user) => useSessionStore.getState().setUser(user))
    // Offline or server down: keep the account this device last signed in with (its copy stays
    // usable and syncs once the server answers), else a guest; the next page load asks again.
    .catch(() => useSessionStore.getState().setUser(readDeviceAccount()));
  return loading;
}

/** The session, loading it on first use. */
export function useSession(): Pick<SessionState, 'status' | 'user'> {
  const status = useSessionStore((s) => s.status);
  const user = useSessionStore((s) => s.user);
  useEffect(() => {
    if (status === 'unknown') void loadSession();
  }, [status]);
  return { status, user };
}
