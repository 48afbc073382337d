import { useCallback, useEffect, useState } from 'react';
import type { AccountResponse } from '../../../../shared/auth/account-api.ts';
import { ApiError } from '../../lib/api-request.ts';
import { accountApi } from './account-api.ts';

export type AccountState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; account: AccountResponse };

/** Loads the account for the settings page; `reload` after a change. */
export function useAccount(): { state: AccountState; reload(): void } {
  const [state, setState] = useState<AccountState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    accountApi
      .get()
      .then((account) => live && setState({ kind: 'ready', account }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out' });
        else setState({ kind: 'failed', message: error instanceof ApiError ? error.message : 'Could not load your account.' });
      });
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
