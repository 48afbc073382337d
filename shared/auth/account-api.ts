import { z } from 'zod';
import { AuthUser, OAuthProviderName } from './auth-api.ts';
import { DisplayName, GivenPassword, NewPassword } from './credentials.ts';

/** `GET /api/account`: the user, whether a password is set, and the connected providers. */
export const AccountResponse = z.object({
  user: AuthUser,
  hasPassword: z.boolean(),
  providers: z.array(z.object({ provider: OAuthProviderName, connectedAt: z.string() })),
});
export type AccountResponse = z.infer<typeof AccountResponse>;

/** `PATCH /api/account`: change the display name (blank clears it). */
export const UpdateAccountRequest = z.object({ name: DisplayName });
export type UpdateAccountRequest = z.input<typeof UpdateAccountRequest>;

/**
 * `POST /api/account/password`: the current password is required when one is set; an account without
 * one (OAuth only) may set one within 10 minutes of signing in.
 */
export const ChangePasswordRequest = z.object({
  currentPassword: GivenPassword.optional(),
  newPassword: NewPassword,
});
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequest>;

/** `DELETE /api/account`: the password, or nothing when the session signed in within the last 10 minutes. */
export const DeleteAccountRequest = z.object({ password: GivenPassword.optional() });
export type DeleteAccountRequest = z.input<typeof DeleteAccountRequest>;

/** Where the account API lives. */
export const accountRoutes = {
  account: '/api/account',
  password: '/api/account/password',
  export: '/api/account/export',
} as const;

/** How recent a sign-in must be to delete the account or set a first password without the password. */
export const RECENT_SIGN_IN_MS = 10 * 60 * 1000;
