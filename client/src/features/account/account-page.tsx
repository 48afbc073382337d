import { useSearch, Link, useLocation } from 'wouter';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useSessionStore } from '../auth/session-store.ts';
import { useDeviceSession } from '../sync/device-session-context.tsx';
import { accountApi } from './account-api.ts';
import { DeleteAccountForm } from './delete-account-form.tsx';
import { EmailStatus } from './email-status.tsx';
import { NameForm } from './name-form.tsx';
import { PasswordForm } from './password-form.tsx';
import { SessionActions } from './session-actions.tsx';
import { useAccount } from './use-account.ts';
import '../auth/auth.css';

const PROVIDER_NAMES = { google: 'Google', github: 'GitHub' } as const;

/** Account settings: profile, password, sign-in methods, sessions, data export, deletion. */
export function AccountPage() {
  const { state, reload } = useAccount();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const setUser = useSessionStore((s) => s.setUser);
  const device = useDeviceSession();
  const signedOut = () => {
    setUser(null);
    navigate(authPages.signIn);
  };
  // A deleted account's copy on this device is of no use to anyone: remove it in every tab.
  const deleted = () => {
    const leaving = device.leaveAccount({ removeCopy: true });
    signedOut();
    leaving.catch((error: unknown) => console.warn("MetMap: the deleted account's copy could not be removed from this device", error));
  };

  return (
    <section className="page auth-page" aria-labelledby="account-heading">
      <title>Account · MetMap</title>
      <h1 id="account-heading">Account</h1>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && <FormAlert message={state.message} />}
      {state.kind === 'signed-out' && (
        <p>
          You are not signed in. <Link href={authPages.signIn}>Sign in</Link> or <Link href={authPages.signUp}>create an account</Link> to
          sync your library; everything also works without one.
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          {search.get('welcome') === '1' && <FormAlert tone="success" message="Welcome to MetMap! Your account is ready." />}
          {search.get('reset') === '1' && <FormAlert tone="success" message="Your new password is saved. Other devices are signed out." />}
          <section className="account-section" aria-labelledby="profile-heading">
            <h2 id="profile-heading">Profile</h2>
            <EmailStatus email={state.account.user.email} verified={state.account.user.emailVerified} />
            <NameForm name={state.account.user.name} />
          </section>
          <section className="account-section" aria-labelledby="password-heading">
            <h2 id="password-heading">Password</h2>
            <PasswordForm hasPassword={state.account.hasPassword} onChanged={reload} />
          </section>
          <section className="account-section" aria-labelledby="providers-heading">
            <h2 id="providers-heading">Sign-in methods</h2>
            <ul className="provider-list">
              {state.account.hasPassword && <li>Email and password</li>}
              {state.account.providers.map((p) => (
                <li key={p.provider}>
                  {PROVIDER_NAMES[p.provider]} <span className="muted">(connected {new Date(p.connectedAt).toLocaleDateString()})</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="account-section" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">Devices</h2>
            <SessionActions onSignedOut={signedOut} />
          </section>
          <section className="account-section" aria-labelledby="data-heading">
            <h2 id="data-heading">Your data</h2>
            <p className="muted">Everything MetMap stores for your account, as one JSON file.</p>
            <div className="account-actions">
              <a className="button" href={accountApi.exportUrl} download>
                Download my data
              </a>
            </div>
          </section>
          <section className="account-section" aria-labelledby="delete-heading">
            <h2 id="delete-heading">Delete account</h2>
            <DeleteAccountForm hasPassword={state.account.hasPassword} onDeleted={deleted} />
          </section>
        </>
      )}
    </section>
  );
}
