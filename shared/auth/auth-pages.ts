/**
 * Client pages the server links to: emailed links open them, and the OAuth callback redirects to them.
 * Tokens travel in the fragment (`#token=…`), which browsers never send to a server or in a Referer.
 */
export const authPages = {
  signIn: '/signin',
  signUp: '/signup',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  verifyEmail: '/verify-email',
  account: '/account',
  afterSignIn: '/',
} as const;

/** The fragment an emailed link carries its token in. */
export function tokenFragment(token: string): string {
  return `#token=${encodeURIComponent(token)}`;
}

/** Reads the token back out of `location.hash`; null when there is none. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token === null || token === '' ? null : token;
}
