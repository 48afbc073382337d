import { CodeChallengeMethod, OAuth2Client } from 'arctic';
import { z } from 'zod';
import { Email } from '../../../shared/auth/credentials.ts';
import { getJson } from './provider-fetch.ts';
import type { OAuthClientConfig, OAuthProvider } from './oauth-provider.ts';

/** GitHub's endpoints, or the same paths under `baseUrl` for a local stand-in. */
export function githubEndpoints(baseUrl?: string) {
  return baseUrl === undefined
    ? {
        authorization: 'https://github.com/login/oauth/authorize',
        token: 'https://github.com/login/oauth/access_token',
        user: 'https://api.github.com/user',
        emails: 'https://api.github.com/user/emails',
      }
    : {
        authorization: `${baseUrl}/login/oauth/authorize`,
        token: `${baseUrl}/login/oauth/access_token`,
        user: `${baseUrl}/user`,
        emails: `${baseUrl}/user/emails`,
      };
}

const GitHubUser = z.object({ id: z.number().int(), login: z.string(), name: z.string().nullable().optional() });
const GitHubEmails = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

/**
 * GitHub sign-in through arctic's generic OAuth2Client (configurable endpoints), with PKCE, which
 * GitHub's OAuth apps accept. GitHub answers a bad code with 200 and an `error` field, so
 * `accessToken()` throws there, which is the refusal. The email is the primary one, and only a
 * verified primary counts as verified.
 */
export function githubProvider(config: OAuthClientConfig, redirectUri: () => string): OAuthProvider {
  const endpoints = githubEndpoints(config.baseUrl);
  const client = () => new OAuth2Client(config.clientId, config.clientSecret, redirectUri());
  return {
    name: 'github',
    authorizationUrl(state, codeVerifier) {
      return client().createAuthorizationURLWithPKCE(endpoints.authorization, state, CodeChallengeMethod.S256, codeVerifier, [
        'read:user',
        'user:email',
      ]);
    },
    async exchangeCode(code, codeVerifier) {
      const tokens = await client().validateAuthorizationCode(endpoints.token, code, codeVerifier);
      return tokens.accessToken();
    },
    async fetchProfile(accessToken) {
      const [user, emails] = await Promise.all([
        getJson(endpoints.user, accessToken).then((json) => GitHubUser.parse(json)),
        getJson(endpoints.emails, accessToken).then((json) => GitHubEmails.parse(json)),
      ]);
      const primary = emails.find((e) => e.primary);
      const email = primary ? Email.safeParse(primary.email).data ?? null : null;
      return {
        providerUserId: String(user.id),
        email,
        emailVerified: email !== null && primary?.verified === true,
        name: user.name ?? user.login,
      };
    },
  };
}
