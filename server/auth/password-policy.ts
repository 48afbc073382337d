import { readFileSync } from 'node:fs';
import path from 'node:path';
import { passwordLength, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/auth/credentials.ts';

/** Why a new password is refused, or null when it is acceptable. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | null;

let commonPasswords: Set<string> | undefined;

/** The shipped list of common passwords, loaded once, lower-cased. */
export function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(path.join(import.meta.dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** Checks a new password: 8–128 characters (never truncated) and not on the common list, in any case. */
export function checkNewPassword(password: string): PasswordProblem {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (loadCommonPasswords().has(password.toLowerCase())) return 'common';
  return null;
}

/** The message a person sees for a refused password. */
export function describePasswordProblem(problem: Exclude<PasswordProblem, null>): string {
  switch (problem) {
    case 'too_short':
      return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
    case 'too_long':
      return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
    case 'common':
      return 'That password is too common; choose one that is harder to guess.';
  }
}
