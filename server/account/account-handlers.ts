import { z } from 'zod';
import { ChangePasswordRequest, UpdateAccountRequest, type AccountResponse } from '../../shared/auth/account-api.ts';
import { OAuthProviderName } from '../../shared/auth/auth-api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { checkNewPassword, describePasswordProblem } from '../auth/password-policy.ts';
import { requireSession } from '../auth/request-auth.ts';
import { sendEmpty } from '../auth/respond-auth.ts';
import { deleteUserSessions } from '../auth/session-store.ts';
import { publicUser, setUserName, setUserPasswordHash } from '../auth/user-store.ts';
import type { Queryable } from '../db/database.ts';
import { mutationRoute, readRoute } from '../guards/guarded-route.ts';
import { HttpError } from '../guards/http-error.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { requireReauthentication } from './reauthenticate.ts';

const ProviderRow = z.object({ provider: OAuthProviderName, created_at: z.date() });

async function connectedProviders(db: Queryable, userId: string): Promise<AccountResponse['providers']> {
  const { rows } = await db.query('SELECT provider, created_at FROM oauth_accounts WHERE user_id = $1 ORDER BY created_at', [userId]);
  return rows.map((row) => {
    const r = ProviderRow.parse(row);
    return { provider: r.provider, connectedAt: r.created_at.toISOString() };
  });
}

/** `GET /api/account` → the user, whether a password is set, the connected providers. */
export function getAccountHandler(deps: AuthDeps): Handler {
  return readRoute(async (req, res) => {
    const { user } = await requireSession(req, res, deps);
    const body: AccountResponse = { user: publicUser(user), hasPassword: user.passwordHash !== null, providers: await connectedProviders(deps.db, user.id) };
    sendJson(res, 200, body);
  });
}

/** `PATCH /api/account {name}` → 200 `{ user }`. */
export function updateAccountHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, UpdateAccountRequest, async (req, res, _ctx, body) => {
    const { user } = await requireSession(req, res, deps);
    const updated = await setUserName(deps.db, user.id, body.name === '' ? null : body.name, deps.clock());
    if (!updated) throw new HttpError(401, ErrorCode.unauthorized, 'Sign in first.');
    sendJson(res, 200, { user: publicUser(updated) });
  });
}

/**
 * `POST /api/account/password {currentPassword?, newPassword}` → 204. Needs the current password, or
 * for an account without one a recent sign-in. Every other session of the user ends.
 */
export function changePasswordHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, ChangePasswordRequest, async (req, res, ctx, body) => {
    const auth = await requireSession(req, res, deps);
    if (auth.user.passwordHash !== null && body.currentPassword === undefined) {
      throw new HttpError(400, ErrorCode.validation, 'Enter your current password.');
    }
    await requireReauthentication(deps, auth, body.currentPassword);
    const problem = checkNewPassword(body.newPassword);
    if (problem) throw new HttpError(400, ErrorCode.validation, describePasswordProblem(problem));
    const passwordHash = await hashPassword(body.newPassword);
    const now = deps.clock();
    const ended = await deps.db.transaction(async (tx) => {
      await setUserPasswordHash(tx, auth.user.id, passwordHash, now);
      return deleteUserSessions(tx, auth.user.id, auth.session.id);
    });
    deps.sessions.announce({ userId: auth.user.id, sessionIds: ended, reason: 'password_changed' });
    ctx.log.info({ userId: auth.user.id, endedSessions: ended.length }, 'password changed');
    sendEmpty(res);
  });
}
