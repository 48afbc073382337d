import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { SignInRequest } from '../../../../shared/auth/auth-api.ts';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { fieldErrors } from '../../lib/field-errors.ts';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { authApi } from './auth-api.ts';
import { oauthErrorMessage } from './oauth-error-message.ts';
import { ProviderButtons } from './provider-buttons.tsx';
import { useSessionStore } from './session-store.ts';
import './auth.css';

/** Email and password sign-in, plus the configured providers. */
export function SignInPage() {
  const [, navigate] = useLocation();
  const search = useSearch();
  const setUser = useSessionStore((s) => s.setUser);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useAsyncAction(async (input: SignInRequest) => {
    setUser(await authApi.signIn(input));
    navigate(authPages.afterSignIn);
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = SignInRequest.safeParse({ email, password });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) void submit.run(parsed.data);
  }

  return (
    <section className="page auth-page" aria-labelledby="sign-in-heading">
      <title>Sign in · MetMap</title>
      <h1 id="sign-in-heading">Sign in</h1>
      <p className="muted">Sign in to keep your library in sync across your devices. MetMap also works without an account.</p>
      <FormAlert message={oauthErrorMessage(search)} />
      <ProviderButtons />
      <form className="auth-form" onSubmit={handleSubmit} noValidate>
        <TextField label="Email" type="email" autoComplete="email" inputMode="email" value={email} onChange={setEmail} error={errors.email} required />
        <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={setPassword} error={errors.password} required />
        <FormAlert message={submit.error} />
        <button type="submit" className="button button-primary" disabled={submit.pending}>
          {submit.pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link href={authPages.forgotPassword}>Forgot your password?</Link>
      </p>
      <p>
        New to MetMap? <Link href={authPages.signUp}>Create an account</Link>
      </p>
    </section>
  );
}
