import { RECENT_SIGN_IN_MS } from '../../shared/auth/account-api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import { verifyPassword } from '../auth/password-hash.ts';
import { enforceLimit } from '../auth/rate-limit/enforce-limit.ts';
import type { ValidSession } from '../auth/sessions.ts';
import { HttpError } from '../guards/http-error.ts';

/**
 * Proof for a dangerous change (SPEC AUTH12): the account's password, or — when none is given — a
 * sign-in within the last 10 minutes. Password guesses here share the sign-in bucket of the account.
 */
export async function requireReauthentication(deps: AuthDeps, auth: ValidSession, password: string | undefined): Promise<void> {
  if (password !== undefined) {
    await enforceLimit(deps.limits.signInPerAccount, auth.user.email);
    if (auth.user.passwordHash && (await verifyPassword(auth.user.passwordHash, password))) return;
    throw new HttpError(403, ErrorCode.forbidden, 'That password is not correct.');
  }
  if (deps.clock() - auth.session.createdAt <= RECENT_SIGN_IN_MS) return;
  throw new HttpError(403, ErrorCode.forbidden, 'Enter your password, or sign in again, to confirm it is you.');
}
