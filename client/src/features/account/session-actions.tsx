import { FormAlert } from '../../components/form-alert.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { authApi } from '../auth/auth-api.ts';

/** Sign out here, or on every device. */
export function SessionActions(props: { onSignedOut(): void }) {
  const signOut = useAsyncAction(async () => {
    await authApi.signOut();
    props.onSignedOut();
  });
  const signOutEverywhere = useAsyncAction(async () => {
    await authApi.signOutEverywhere();
    props.onSignedOut();
  });
  return (
    <>
      <div className="account-actions">
        <button type="button" className="button" onClick={() => void signOut.run()} disabled={signOut.pending}>
          Sign out
        </button>
        <button type="button" className="button" onClick={() => void signOutEverywhere.run()} disabled={signOutEverywhere.pending}>
          Sign out everywhere
        </button>
      </div>
      <FormAlert message={signOut.error ?? signOutEverywhere.error} />
    </>
  );
}
