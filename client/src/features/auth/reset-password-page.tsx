import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { NewPassword } from '../../../../shared/auth/credentials.ts';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { authApi } from './auth-api.ts';
import { useSessionStore } from './session-store.ts';
import { useLinkToken } from './use-link-token.ts';
import './auth.css';

/** Opened from the reset email: choose a new password; other devices are signed out. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  const [, navigate] = useLocation();
  const setUser = useSessionStore((s) => s.setUser);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = useAsyncAction(async (resetToken: string, newPassword: string) => {
    setUser(await authApi.resetPassword({ token: resetToken, password: newPassword }));
    navigate(`${authPages.account}?reset=1`);
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = NewPassword.safeParse(password);
    setFieldError(parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Choose another password.'));
    if (parsed.success && token !== null) void submit.run(token, password);
  }

  return (
    <section className="page auth-page" aria-labelledby="reset-heading">
      <title>Choose a new password · MetMap</title>
      <h1 id="reset-heading">Choose a new password</h1>
      {token === null ? (
        <FormAlert message="This link is incomplete. Open the link from the email again, or ask for a new one." />
      ) : (
        <form className="auth-form" onSubmit={handleSubmit} noValidate>
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={fieldError}
            hint="Saving it signs you out on your other devices."
            required
          />
          <FormAlert message={submit.error} />
          <button type="submit" className="button button-primary" disabled={submit.pending}>
            {submit.pending ? 'Saving…' : 'Save new password'}
          </button>
        </form>
      )}
      <p>
        <Link href={authPages.forgotPassword}>Ask for a new link</Link>
      </p>
    </section>
  );
}
