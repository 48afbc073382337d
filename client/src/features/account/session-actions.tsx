import { useState } from 'react';
import { authApi } from '../auth/auth-api.ts';
import { SignOutDialog } from '../sync/sign-out-dialog.tsx';

/** Sign out here, or on every device; either asks whether to keep this device's copy of the library. */
export function SessionActions(props: { onSignedOut(): void }) {
  const [asking, setAsking] = useState<'here' | 'everywhere' | null>(null);
  return (
    <>
      <div className="account-actions">
        <button type="button" className="button" onClick={() => setAsking('here')}>
          Sign out
        </button>
        <button type="button" className="button" onClick={() => setAsking('everywhere')}>
          Sign out everywhere
        </button>
      </div>
      {asking !== null && (
        <SignOutDialog
          everywhere={asking === 'everywhere'}
          signOutOnServer={asking === 'everywhere' ? () => authApi.signOutEverywhere() : () => authApi.signOut()}
          onSignedOut={props.onSignedOut}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
