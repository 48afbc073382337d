import { SignUpRequest } from '../../../shared/auth/auth-api.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import { HttpError } from '../../guards/http-error.ts';
import { mutationRoute } from '../../guards/guarded-route.ts';
import type { Handler } from '../../http/router.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { issueEmailToken } from '../email-token-store.ts';
import { sendVerificationEmail } from '../email-links.ts';
import { hashPassword } from '../password-hash.ts';
import { checkNewPassword, describePasswordProblem } from '../password-policy.ts';
import { enforceLimit } from '../rate-limit/enforce-limit.ts';
import { sendSignedIn } from '../respond-auth.ts';
import { insertUser } from '../user-store.ts';

/** `POST /api/auth/signup {email, password, name?}` → 201 + cookie; sends the verification link. */
export function signUpHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, SignUpRequest, async (req, res, ctx, body) => {
    await enforceLimit(deps.limits.signUpPerIp, deps.clientIp(req));
    const problem = checkNewPassword(body.password);
    if (problem) throw new HttpError(400, ErrorCode.validation, describePasswordProblem(problem));
    const passwordHash = await hashPassword(body.password);
    const name = body.name === undefined || body.name === '' ? null : body.name;
    const now = deps.clock();

    const signedUp = await deps.db.transaction(async (tx) => {
      const user = await insertUser(tx, { email: body.email, name, passwordHash, emailVerified: false }, now);
      if (!user) return null;
      const { token, session } = await deps.sessions.createSession(user.id, tx);
      const verifyToken = await issueEmailToken(tx, { userId: user.id, email: user.email, purpose: 'verify_email', now });
      return { user, token, expiresAt: session.expiresAt, verifyToken };
    });
    if (!signedUp) throw new HttpError(409, ErrorCode.conflict, 'An account with this email already exists. Sign in instead.');

    ctx.log.info({ userId: signedUp.user.id }, 'signed up');
    await sendVerificationEmail(deps, signedUp.user.email, signedUp.verifyToken, ctx.log);
    sendSignedIn(res, 201, deps.cookiePolicy, signedUp);
  });
}
