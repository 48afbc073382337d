import type { ServerResponse } from 'node:http';
import { generateCodeVerifier } from 'arctic';
import { OAuthProviderName, type OAuthErrorReason } from '../../../shared/auth/auth-api.ts';
import { authPages } from '../../../shared/auth/auth-pages.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import { HttpError } from '../../guards/http-error.ts';
import { readRoute } from '../../guards/guarded-route.ts';
import type { Handler } from '../../http/router.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { readCookie, sessionCookie } from '../session-cookie.ts';
import { constantTimeEqualStrings, generateSecretToken } from '../secret-token.ts';
import { resolveOAuthAccount } from './oauth-account-link.ts';
import { clearedOAuthCookies, oauthCookieNames, oauthCookies } from './oauth-cookies.ts';
import type { OAuthProvider } from './oauth-provider.ts';
import { consumeOAuthState, saveOAuthState } from './oauth-state-store.ts';

function providerFor(deps: AuthDeps, param: string | undefined): OAuthProvider {
  const name = OAuthProviderName.safeParse(param);
  const provider = name.success ? deps.oauthProviders.get(name.data) : undefined;
  if (!provider) throw new HttpError(404, ErrorCode.notFound, 'This sign-in provider is not available.');
  return provider;
}

/** `GET /api/auth/oauth/:provider/start`: remember state and verifier, then send the browser to the provider. */
export function oauthStartHandler(deps: AuthDeps): Handler {
  return readRoute(async (_req, res, ctx) => {
    const provider = providerFor(deps, ctx.params.provider);
    const state = generateSecretToken();
    const verifier = generateCodeVerifier();
    const now = deps.clock();
    await saveOAuthState(deps.db, state, provider.name, now);
    res.writeHead(302, {
      location: provider.authorizationUrl(state, verifier).toString(),
      'set-cookie': oauthCookies(deps.cookiePolicy, { state, verifier }, now),
      'cache-control': 'no-store',
    });
    res.end();
  });
}

/**
 * `GET /api/auth/oauth/:provider/callback`: checks the state three ways (query = cookie, issued by
 * us for this provider, unused and younger than 10 minutes), redeems the code with the verifier,
 * then signs in. Every failure redirects to the sign-in page with a reason and sets no session.
 */
export function oauthCallbackHandler(deps: AuthDeps): Handler {
  return readRoute(async (req, res, ctx) => {
    const provider = providerFor(deps, ctx.params.provider);
    const names = oauthCookieNames(deps.cookiePolicy);
    const cookieState = readCookie(req.headers.cookie, names.state);
    const verifier = readCookie(req.headers.cookie, names.verifier);
    const query = ctx.url.searchParams;
    res.appendHeader('set-cookie', clearedOAuthCookies(deps.cookiePolicy));
    const fail = (reason: OAuthErrorReason, detail: string) => {
      ctx.log.info({ provider: provider.name, reason, detail }, 'oauth sign-in refused');
      redirect(res, `${authPages.signIn}?error=${reason}`);
    };

    const state = query.get('state');
    if (query.get('error') !== null) return fail('denied', 'provider returned an error');
    const code = query.get('code');
    if (!state || !code || !cookieState) return fail('state', 'missing state or code');
    if (!constantTimeEqualStrings(state, cookieState)) return fail('state', 'state does not match the cookie');
    // Consumed before anything else can fail: a replayed callback finds no state.
    if (!(await consumeOAuthState(deps.db, state, provider.name, deps.clock()))) return fail('state', 'state unknown, used or expired');
    if (!verifier) return fail('state', 'missing code verifier');

    let profile;
    try {
      profile = await provider.fetchProfile(await provider.exchangeCode(code, verifier));
    } catch (error) {
      ctx.log.warn({ err: error, provider: provider.name }, 'oauth code exchange or profile failed');
      return fail('provider', 'code exchange or profile request failed');
    }

    const now = deps.clock();
    const outcome = await deps.db.transaction(async (tx) => {
      const account = await resolveOAuthAccount(tx, provider.name, profile, now);
      if (account.kind !== 'user') return account;
      const created = await deps.sessions.createSession(account.user.id, tx);
      return { ...account, ...created };
    });
    if (outcome.kind === 'email_unverified') return fail('email_unverified', 'no verified email to create or link an account');
    deps.sessions.announce({ userId: outcome.user.id, sessionIds: outcome.endedSessionIds, reason: 'account_secured' });
    ctx.log.info({ provider: provider.name, userId: outcome.user.id, created: outcome.created, linked: outcome.linked }, 'oauth sign-in');
    res.appendHeader('set-cookie', sessionCookie(deps.cookiePolicy, outcome.token, outcome.session.expiresAt));
    redirect(res, authPages.afterSignIn);
  });
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}
