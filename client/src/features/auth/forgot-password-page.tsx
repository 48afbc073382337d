import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { RequestPasswordResetRequest } from '../../../../shared/auth/auth-api.ts';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { fieldErrors } from '../../lib/field-errors.ts';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { authApi } from './auth-api.ts';
import './auth.css';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = useAsyncAction(async (address: string) => {
    await authApi.requestPasswordReset(address);
    setSentTo(address);
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = RequestPasswordResetRequest.safeParse({ email });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) void submit.run(parsed.data.email);
  }

  return (
    <section className="page auth-page" aria-labelledby="forgot-heading">
      <title>Reset your password · MetMap</title>
      <h1 id="forgot-heading">Reset your password</h1>
      {sentTo === null ? (
        <form className="auth-form" onSubmit={handleSubmit} noValidate>
          <p className="muted">Enter the email address of your account and we will send you a link to choose a new password.</p>
          <TextField label="Email" type="email" autoComplete="email" inputMode="email" value={email} onChange={setEmail} error={errors.email} required />
          <FormAlert message={submit.error} />
          <button type="submit" className="button button-primary" disabled={submit.pending}>
            {submit.pending ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      ) : (
        <FormAlert
          tone="success"
          message={`If ${sentTo} belongs to a MetMap account, a link to reset its password is on its way. The link works once, for one hour.`}
        />
      )}
      <p>
        <Link href={authPages.signIn}>Back to sign in</Link>
      </p>
    </section>
  );
}
