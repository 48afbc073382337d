import { CodeChallengeMethod, OAuth2Client } from 'arctic';
import { z } from 'zod';
import { Email } from '../../../shared/auth/credentials.ts';
import { getJson } from './provider-fetch.ts';
import type { OAuthClientConfig, OAuthProvider } from './oauth-provider.ts';

/** Google's endpoints, or the same paths under `baseUrl` for a local stand-in. */
export function googleEndpoints(baseUrl?: string) {
  return baseUrl === undefined
    ? {
        authorization: 'https://accounts.google.com/o/oauth2/v2/auth',
        token: 'https://oauth2.googleapis.com/token',
        userinfo: 'https://openidconnect.googleapis.com/v1/userinfo',
      }
    : { authorization: `${baseUrl}/o/oauth2/v2/auth`, token: `${baseUrl}/token`, userinfo: `${baseUrl}/v1/userinfo` };
}

const GoogleUserinfo = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
});

/**
 * Google sign-in with PKCE (S256), through arctic's generic OAuth2Client (arctic's `Google` class has
 * fixed endpoints, which a test cannot reach). The profile comes from the OpenID userinfo endpoint.
 */
export function googleProvider(config: OAuthClientConfig, redirectUri: () => string): OAuthProvider {
  const endpoints = googleEndpoints(config.baseUrl);
  const client = () => new OAuth2Client(config.clientId, config.clientSecret, redirectUri());
  return {
    name: 'google',
    authorizationUrl(state, codeVerifier) {
      return client().createAuthorizationURLWithPKCE(endpoints.authorization, state, CodeChallengeMethod.S256, codeVerifier, [
        'openid',
        'email',
        'profile',
      ]);
    },
    async exchangeCode(code, codeVerifier) {
      const tokens = await client().validateAuthorizationCode(endpoints.token, code, codeVerifier);
      return tokens.accessToken();
    },
    async fetchProfile(accessToken) {
      const info = GoogleUserinfo.parse(await getJson(endpoints.userinfo, accessToken));
      const email = info.email === undefined ? null : Email.safeParse(info.email).data ?? null;
      return { providerUserId: info.sub, email, emailVerified: email !== null && info.email_verified === true, name: info.name ?? null };
    },
  };
}
