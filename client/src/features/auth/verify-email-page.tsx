import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { ApiError } from '../../lib/api-request.ts';
import { authApi } from './auth-api.ts';
import { useSessionStore } from './session-store.ts';
import { useLinkToken } from './use-link-token.ts';
import './auth.css';

type Outcome = { kind: 'working' } | { kind: 'verified'; email: string } | { kind: 'failed'; message: string };

/** Opened from the verification email: confirms the address (the link works once). */
export function VerifyEmailPage() {
  const token = useLinkToken();
  const setUser = useSessionStore((s) => s.setUser);
  const signedInUser = useSessionStore((s) => s.user);
  const [outcome, setOutcome] = useState<Outcome>(token === null ? { kind: 'failed', message: 'This link is incomplete.' } : { kind: 'working' });
  const sent = useRef(false);

  useEffect(() => {
    // Once only: the token is single-use (StrictMode runs effects twice in development).
    if (token === null || sent.current) return;
    sent.current = true;
    authApi
      .verifyEmail(token)
      .then((user) => {
        setOutcome({ kind: 'verified', email: user.email });
        // Update the session only if this browser is signed in as that user.
        if (useSessionStore.getState().user?.id === user.id) setUser(user);
      })
      .catch((error: unknown) => setOutcome({ kind: 'failed', message: error instanceof ApiError ? error.message : 'Something went wrong.' }));
  }, [token, setUser]);

  return (
    <section className="page auth-page" aria-labelledby="verify-heading">
      <title>Confirm your email · MetMap</title>
      <h1 id="verify-heading">Confirm your email</h1>
      {outcome.kind === 'working' && <p role="status">Confirming…</p>}
      {outcome.kind === 'verified' && <FormAlert tone="success" message={`Thank you: ${outcome.email} is confirmed.`} />}
      {outcome.kind === 'failed' && <FormAlert message={outcome.message} />}
      <p>
        {signedInUser ? <Link href={authPages.account}>Go to your account</Link> : <Link href={authPages.signIn}>Sign in</Link>}
        {' · '}
        <Link href={authPages.afterSignIn}>Open your library</Link>
      </p>
    </section>
  );
}
