import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 100;

/** Length in characters (code points), so an emoji counts once and nothing is ever truncated. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** An email address, trimmed and lower-cased so one person has one account. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address.' }).max(254, { message: 'That email address is too long.' }));

/** A new password: 8 to 128 characters, kept exactly as typed (no trimming, no truncation). */
export const NewPassword = z.string().refine((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH, {
  message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
}).refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, {
  message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
});

/** A password typed to sign in: only bounded, so a long input cannot make hashing expensive. */
export const GivenPassword = z.string().min(1, { message: 'Enter your password.' }).max(PASSWORD_MAX_LENGTH * 4);

/** A display name; blank means none. */
export const DisplayName = z
  .string()
  .trim()
  .max(NAME_MAX_LENGTH, { message: `Use at most ${NAME_MAX_LENGTH} characters.` });
