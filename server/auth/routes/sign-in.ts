import { SignInRequest } from '../../../shared/auth/auth-api.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import { HttpError } from '../../guards/http-error.ts';
import { mutationRoute } from '../../guards/guarded-route.ts';
import type { Handler } from '../../http/router.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { verifyAgainstDummy, verifyPassword } from '../password-hash.ts';
import { enforceLimit } from '../rate-limit/enforce-limit.ts';
import { sendSignedIn } from '../respond-auth.ts';
import { findUserByEmail } from '../user-store.ts';

/** One answer for an unknown email, an account without a password and a wrong password (SPEC AUTH9). */
export const SIGN_IN_FAILED_MESSAGE = 'The email or password is not correct.';

/** `POST /api/auth/signin {email, password}` → 200 + cookie (a new session every time), 401, or 429. */
export function signInHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, SignInRequest, async (req, res, ctx, body) => {
    await enforceLimit(deps.limits.signInPerIp, deps.clientIp(req));
    // Keyed by the email whether or not it has an account, so throttling reveals nothing either.
    await enforceLimit(deps.limits.signInPerAccount, body.email);
    const user = await findUserByEmail(deps.db, body.email);
    const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, body.password) : await verifyAgainstDummy(body.password);
    if (!user || !ok) throw new HttpError(401, ErrorCode.unauthorized, SIGN_IN_FAILED_MESSAGE);
    const { token, session } = await deps.sessions.createSession(user.id);
    ctx.log.info({ userId: user.id }, 'signed in');
    sendSignedIn(res, 200, deps.cookiePolicy, { token, expiresAt: session.expiresAt, user });
  });
}
