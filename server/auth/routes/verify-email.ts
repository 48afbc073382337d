import { EmptyRequest, VerifyEmailRequest } from '../../../shared/auth/auth-api.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import { HttpError } from '../../guards/http-error.ts';
import { mutationRoute } from '../../guards/guarded-route.ts';
import { sendJson } from '../../http/respond.ts';
import type { Handler } from '../../http/router.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { issueEmailToken, redeemEmailToken } from '../email-token-store.ts';
import { sendVerificationEmail } from '../email-links.ts';
import { enforceLimit } from '../rate-limit/enforce-limit.ts';
import { requireSession } from '../request-auth.ts';
import { sendEmpty } from '../respond-auth.ts';
import { findUserById, markEmailVerified, publicUser } from '../user-store.ts';

export const INVALID_LINK_MESSAGE = 'This link is invalid, already used or expired. Ask for a new one.';

/**
 * `POST /api/auth/verify-email {token}` → 200 `{ user }`. The link is single-use and counts only while
 * the address it was sent to is still the account's. Needs no session: the link may open on another device.
 */
export function verifyEmailHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, VerifyEmailRequest, async (req, res, ctx, body) => {
    await enforceLimit(deps.limits.tokenRedeemPerIp, deps.clientIp(req));
    const now = deps.clock();
    const user = await deps.db.transaction(async (tx) => {
      const redeemed = await redeemEmailToken(tx, body.token, 'verify_email', now);
      if (!redeemed || !(await markEmailVerified(tx, redeemed.userId, redeemed.email, now))) return null;
      return findUserById(tx, redeemed.userId);
    });
    if (!user) throw new HttpError(400, ErrorCode.badRequest, INVALID_LINK_MESSAGE);
    ctx.log.info({ userId: user.id }, 'email verified');
    sendJson(res, 200, { user: publicUser(user) });
  });
}

/** `POST /api/auth/verify-email/resend {}` → 204: a fresh link to the signed-in user (older links stop working). */
export function resendVerificationHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, EmptyRequest, async (req, res, ctx) => {
    const { user } = await requireSession(req, res, deps);
    if (!user.emailVerified) {
      await enforceLimit(deps.limits.verificationResendPerUser, user.id);
      const token = await issueEmailToken(deps.db, { userId: user.id, email: user.email, purpose: 'verify_email', now: deps.clock() });
      await sendVerificationEmail(deps, user.email, token, ctx.log);
    }
    sendEmpty(res);
  });
}
