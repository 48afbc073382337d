import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { authApi } from '../auth/auth-api.ts';

/** The address, whether it is confirmed, and a way to get a new confirmation link. */
export function EmailStatus(props: { email: string; verified: boolean }) {
  const [sent, setSent] = useState(false);
  const resend = useAsyncAction(async () => {
    await authApi.resendVerification();
    setSent(true);
  });
  return (
    <div>
      <p>
        <strong>{props.email}</strong> {props.verified ? <span className="muted">(confirmed)</span> : <span className="muted">(not confirmed yet)</span>}
      </p>
      {!props.verified && (
        <>
          <p className="muted">We sent you a link to confirm this address. It helps you get back in if you forget your password.</p>
          <div className="account-actions">
            <button type="button" className="button" onClick={() => void resend.run()} disabled={resend.pending || sent}>
              {sent ? 'Link sent' : 'Send the link again'}
            </button>
          </div>
          <FormAlert message={resend.error} />
        </>
      )}
    </div>
  );
}
