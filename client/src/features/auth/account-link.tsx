import { Link } from 'wouter';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { useSession } from './use-session.ts';
import './auth.css';

/** The header's way to the account: "Sign in" for a guest, the account page when signed in. */
export function AccountLink() {
  const { status, user } = useSession();
  if (status === 'unknown') return <span className="account-link" aria-hidden="true" />;
  if (!user) {
    return (
      <Link href={authPages.signIn} className="account-link">
        Sign in
      </Link>
    );
  }
  return (
    <Link href={authPages.account} className="account-link" aria-label={`Account (${user.email})`}>
      {user.name ?? 'Account'}
    </Link>
  );
}
