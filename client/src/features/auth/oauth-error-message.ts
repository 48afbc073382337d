import { OAuthErrorReason } from '../../../../shared/auth/auth-api.ts';

const MESSAGES: Record<OAuthErrorReason, string> = {
  state: 'That sign-in took too long or was started in another tab. Please try again.',
  denied: 'Sign-in was cancelled at the provider.',
  provider: 'The provider did not confirm the sign-in. Please try again.',
  email_unverified: 'Your account there has no verified email address. Verify one with the provider, or sign up with email and password.',
  unavailable: 'Sign-in is not available right now. Please try again later.',
};

/** The message for the `?error=` the OAuth callback redirects with, or null. */
export function oauthErrorMessage(search: string): string | null {
  const reason = OAuthErrorReason.safeParse(new URLSearchParams(search).get('error'));
  return reason.success ? MESSAGES[reason.data] : null;
}
