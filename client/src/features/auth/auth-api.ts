import {
  authRoutes,
  ProvidersResponse,
  SessionResponse,
  UserResponse,
  type AuthUser,
  type OAuthProviderName,
  type ResetPasswordRequest,
  type SignInRequest,
  type SignUpRequest,
} from '../../../../shared/auth/auth-api.ts';
import { apiJson, apiSend } from '../../lib/api-request.ts';

/** The API calls of the auth pages; components call these, never fetch directly. */
export const authApi = {
  async currentUser(): Promise<AuthUser | null> {
    return (await apiJson('GET', authRoutes.session, SessionResponse)).user;
  },
  async signUp(input: SignUpRequest): Promise<AuthUser> {
    return (await apiJson('POST', authRoutes.signUp, UserResponse, input)).user;
  },
  async signIn(input: SignInRequest): Promise<AuthUser> {
    return (await apiJson('POST', authRoutes.signIn, UserResponse, input)).user;
  },
  async signOut(): Promise<void> {
    await apiSend('POST', authRoutes.signOut, {});
  },
  async signOutEverywhere(): Promise<void> {
    await apiSend('POST', authRoutes.signOutAll, {});
  },
  async verifyEmail(token: string): Promise<AuthUser> {
    return (await apiJson('POST', authRoutes.verifyEmail, UserResponse, { token })).user;
  },
  async resendVerification(): Promise<void> {
    await apiSend('POST', authRoutes.resendVerification, {});
  },
  async requestPasswordReset(email: string): Promise<void> {
    await apiSend('POST', authRoutes.requestPasswordReset, { email });
  },
  async resetPassword(input: ResetPasswordRequest): Promise<AuthUser> {
    return (await apiJson('POST', authRoutes.resetPassword, UserResponse, input)).user;
  },
  async providers(): Promise<OAuthProviderName[]> {
    return (await apiJson('GET', authRoutes.providers, ProvidersResponse)).providers;
  },
  /** A full-page navigation (not fetch): the provider's consent page must open in the tab. */
  oauthStartUrl(provider: OAuthProviderName): string {
    return authRoutes.oauthStart(provider);
  },
};
