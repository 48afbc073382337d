import { z } from 'zod';
import { DisplayName, Email, GivenPassword, NewPassword } from './credentials.ts';

/** The OAuth providers MetMap knows; only the configured ones are offered. */
export const OAuthProviderName = z.enum(['google', 'github']);
export type OAuthProviderName = z.infer<typeof OAuthProviderName>;

/** The signed-in user as the API shows it. */
export const AuthUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  emailVerified: z.boolean(),
});
export type AuthUser = z.infer<typeof AuthUser>;

/** `GET /api/auth/me`, and the 200/201 answer of sign-up, sign-in and password reset. */
export const UserResponse = z.object({ user: AuthUser });
export type UserResponse = z.infer<typeof UserResponse>;

/**
 * `GET /api/auth/session`: always 200, `user` null for a guest. The client asks this on start, so
 * being signed out (the normal case) is not an error in the browser's console.
 */
export const SessionResponse = z.object({ user: AuthUser.nullable() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** `GET /api/auth/providers`: the provider buttons to show. */
export const ProvidersResponse = z.object({ providers: z.array(OAuthProviderName) });
export type ProvidersResponse = z.infer<typeof ProvidersResponse>;

/** `POST /api/auth/signup`. */
export const SignUpRequest = z.object({
  email: Email,
  password: NewPassword,
  name: DisplayName.optional(),
});
export type SignUpRequest = z.input<typeof SignUpRequest>;

/** `POST /api/auth/signin`. */
export const SignInRequest = z.object({ email: Email, password: GivenPassword });
export type SignInRequest = z.input<typeof SignInRequest>;

/** `POST /api/auth/verify-email`: the token from the emailed link. */
export const VerifyEmailRequest = z.object({ token: z.string().min(1).max(200) });
export type VerifyEmailRequest = z.input<typeof VerifyEmailRequest>;

/** `POST /api/auth/password-reset/request`: always answered 202, whether or not the address has an account. */
export const RequestPasswordResetRequest = z.object({ email: Email });
export type RequestPasswordResetRequest = z.input<typeof RequestPasswordResetRequest>;

/** `POST /api/auth/password-reset`: the token from the emailed link and the new password. */
export const ResetPasswordRequest = z.object({ token: z.string().min(1).max(200), password: NewPassword });
export type ResetPasswordRequest = z.input<typeof ResetPasswordRequest>;

/** A body-less state-changing request still sends `{}` as JSON (the CSRF guard accepts JSON only). */
export const EmptyRequest = z.object({}).strict();

/** Where the API and the client meet: every auth route in one place. */
export const authRoutes = {
  signUp: '/api/auth/signup',
  signIn: '/api/auth/signin',
  signOut: '/api/auth/signout',
  signOutAll: '/api/auth/signout-all',
  me: '/api/auth/me',
  session: '/api/auth/session',
  providers: '/api/auth/providers',
  verifyEmail: '/api/auth/verify-email',
  resendVerification: '/api/auth/verify-email/resend',
  requestPasswordReset: '/api/auth/password-reset/request',
  resetPassword: '/api/auth/password-reset',
  oauthStart: (provider: OAuthProviderName) => `/api/auth/oauth/${provider}/start`,
  oauthCallback: (provider: OAuthProviderName) => `/api/auth/oauth/${provider}/callback`,
} as const;

/** The `error` query parameter the OAuth callback puts on its redirect to the sign-in page. */
export const OAuthErrorReason = z.enum(['state', 'denied', 'provider', 'email_unverified', 'unavailable']);
export type OAuthErrorReason = z.infer<typeof OAuthErrorReason>;
