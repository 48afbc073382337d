import { RequestPasswordResetRequest, ResetPasswordRequest } from '../../../shared/auth/auth-api.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import { HttpError } from '../../guards/http-error.ts';
import { mutationRoute } from '../../guards/guarded-route.ts';
import type { Handler } from '../../http/router.ts';
import type { Logger } from '../../logger.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { issueEmailToken, redeemEmailToken } from '../email-token-store.ts';
import { sendPasswordResetEmail } from '../email-links.ts';
import { hashPassword } from '../password-hash.ts';
import { checkNewPassword, describePasswordProblem } from '../password-policy.ts';
import { enforceLimit } from '../rate-limit/enforce-limit.ts';
import { sendEmpty, sendSignedIn } from '../respond-auth.ts';
import { deleteUserSessions } from '../session-store.ts';
import { findUserByEmail, findUserById, markEmailVerified, setUserPasswordHash } from '../user-store.ts';
import { INVALID_LINK_MESSAGE } from './verify-email.ts';

/**
 * `POST /api/auth/password-reset/request {email}` → 202 whatever the address (SPEC AUTH9). The lookup,
 * the token and the mail happen after the answer, so its timing does not tell whether an account exists.
 */
export function requestPasswordResetHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, RequestPasswordResetRequest, async (req, res, ctx, body) => {
    await enforceLimit(deps.limits.resetRequestPerIp, deps.clientIp(req));
    await enforceLimit(deps.limits.resetRequestPerEmail, body.email);
    sendEmpty(res, 202);
    deps.runAfterResponse(() => issueResetLink(deps, body.email, ctx.log));
  });
}

async function issueResetLink(deps: AuthDeps, email: string, log: Logger): Promise<void> {
  try {
    const user = await findUserByEmail(deps.db, email);
    if (!user) return;
    const token = await issueEmailToken(deps.db, { userId: user.id, email: user.email, purpose: 'reset_password', now: deps.clock() });
    await sendPasswordResetEmail(deps, user.email, token, log);
    log.info({ userId: user.id }, 'password reset link sent');
  } catch (error) {
    log.error({ err: error }, 'could not issue a password reset link');
  }
}

/**
 * `POST /api/auth/password-reset {token, password}` → 200 `{ user }` + cookie. The link is single-use
 * and valid for an hour; the reset ends every other session and signs this browser in with a new one.
 * Following the link proves the address, so it also counts as verification.
 */
export function resetPasswordHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, ResetPasswordRequest, async (req, res, ctx, body) => {
    await enforceLimit(deps.limits.tokenRedeemPerIp, deps.clientIp(req));
    const problem = checkNewPassword(body.password);
    if (problem) throw new HttpError(400, ErrorCode.validation, describePasswordProblem(problem));
    const passwordHash = await hashPassword(body.password);
    const now = deps.clock();
    const reset = await deps.db.transaction(async (tx) => {
      const redeemed = await redeemEmailToken(tx, body.token, 'reset_password', now);
      if (!redeemed) return null;
      const user = await findUserById(tx, redeemed.userId);
      // A link sent to an address the account no longer has is void.
      if (!user || user.email !== redeemed.email) return null;
      await setUserPasswordHash(tx, user.id, passwordHash, now);
      await markEmailVerified(tx, user.id, user.email, now);
      const endedSessionIds = await deleteUserSessions(tx, user.id);
      const { token, session } = await deps.sessions.createSession(user.id, tx);
      return { user: { ...user, passwordHash, emailVerified: true }, token, expiresAt: session.expiresAt, endedSessionIds };
    });
    if (!reset) throw new HttpError(400, ErrorCode.badRequest, INVALID_LINK_MESSAGE);
    deps.sessions.announce({ userId: reset.user.id, sessionIds: reset.endedSessionIds, reason: 'password_reset' });
    ctx.log.info({ userId: reset.user.id, endedSessions: reset.endedSessionIds.length }, 'password reset');
    sendSignedIn(res, 200, deps.cookiePolicy, reset);
  });
}
