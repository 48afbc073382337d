import { DeleteAccountRequest } from '../../shared/auth/account-api.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import { requireSession } from '../auth/request-auth.ts';
import { sendEmpty } from '../auth/respond-auth.ts';
import { clearedSessionCookie } from '../auth/session-cookie.ts';
import { deleteUserSessions } from '../auth/session-store.ts';
import { deleteUser } from '../auth/user-store.ts';
import { mutationRoute } from '../guards/guarded-route.ts';
import type { Handler } from '../http/router.ts';
import { requireReauthentication } from './reauthenticate.ts';

/**
 * `DELETE /api/account {password?}` → 204. Needs the password or a sign-in within 10 minutes. Deleting
 * the user row removes everything the user owns (sessions, provider links, email tokens, documents,
 * their update log and snapshots, projections, share links) through ON DELETE CASCADE, in one transaction.
 */
export function deleteAccountHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, DeleteAccountRequest, async (req, res, ctx, body) => {
    const auth = await requireSession(req, res, deps);
    await requireReauthentication(deps, auth, body.password);
    const ended = await deps.db.transaction(async (tx) => {
      // Sessions first, to learn their ids for the announcement; the rest cascades.
      const ids = await deleteUserSessions(tx, auth.user.id);
      await deleteUser(tx, auth.user.id);
      return ids;
    });
    deps.sessions.announce({ userId: auth.user.id, sessionIds: ended, reason: 'account_deleted' });
    ctx.log.info({ userId: auth.user.id }, 'account deleted');
    res.appendHeader('set-cookie', clearedSessionCookie(deps.cookiePolicy));
    sendEmpty(res);
  });
}
