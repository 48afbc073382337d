import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { SignUpRequest } from '../../../../shared/auth/auth-api.ts';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../../shared/auth/credentials.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { fieldErrors } from '../../lib/field-errors.ts';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { authApi } from './auth-api.ts';
import { ProviderButtons } from './provider-buttons.tsx';
import { useSessionStore } from './session-store.ts';
import './auth.css';

/** Creates an account with email and password (or a provider), then opens the account page. */
export function SignUpPage() {
  const [, navigate] = useLocation();
  const setUser = useSessionStore((s) => s.setUser);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useAsyncAction(async (input: SignUpRequest) => {
    setUser(await authApi.signUp(input));
    navigate(`${authPages.account}?welcome=1`);
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = SignUpRequest.safeParse({ email, password, name });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) void submit.run(parsed.data);
  }

  return (
    <section className="page auth-page" aria-labelledby="sign-up-heading">
      <title>Create an account · MetMap</title>
      <h1 id="sign-up-heading">Create an account</h1>
      <p className="muted">An account keeps your songs and practice log in sync on all your devices.</p>
      <ProviderButtons />
      <form className="auth-form" onSubmit={handleSubmit} noValidate>
        <TextField label="Name (optional)" autoComplete="name" value={name} onChange={setName} error={errors.name} maxLength={100} />
        <TextField label="Email" type="email" autoComplete="email" inputMode="email" value={email} onChange={setEmail} error={errors.email} required />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A few unrelated words make a strong one; very common passwords are refused.`}
          required
        />
        <FormAlert message={submit.error} />
        <button type="submit" className="button button-primary" disabled={submit.pending}>
          {submit.pending ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link href={authPages.signIn}>Sign in</Link>
      </p>
    </section>
  );
}
