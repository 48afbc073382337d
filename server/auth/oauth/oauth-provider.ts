import type { OAuthProviderName } from '../../../shared/auth/auth-api.ts';

/** What MetMap learns about a person from a provider. */
export type OAuthProfile = {
  /** The provider's stable id for the person (never the email, which can change hands). */
  providerUserId: string;
  email: string | null;
  /** Only a verified email may link to an existing MetMap account. */
  emailVerified: boolean;
  name: string | null;
};

/** One OAuth provider: build the authorization URL, redeem the code, read the profile. */
export interface OAuthProvider {
  readonly name: OAuthProviderName;
  authorizationUrl(state: string, codeVerifier: string): URL;
  /** Exchanges the code (with the PKCE verifier) for an access token; throws when the provider refuses. */
  exchangeCode(code: string, codeVerifier: string): Promise<string>;
  fetchProfile(accessToken: string): Promise<OAuthProfile>;
}

/** A provider's client credentials; `baseUrl` replaces the provider's hosts (tests point it at a stand-in). */
export type OAuthClientConfig = { clientId: string; clientSecret: string; baseUrl?: string };
