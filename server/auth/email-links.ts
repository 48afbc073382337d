import { authPages, tokenFragment } from '../../shared/auth/auth-pages.ts';
import type { Logger } from '../logger.ts';
import type { AuthDeps } from './auth-deps.ts';
import { passwordResetEmail, verificationEmail } from './mail/auth-emails.ts';

/** The link in a verification email: the client page, with the token in the fragment. */
export function verificationLink(publicOrigin: string, token: string): string {
  return `${publicOrigin}${authPages.verifyEmail}${tokenFragment(token)}`;
}

export function passwordResetLink(publicOrigin: string, token: string): string {
  return `${publicOrigin}${authPages.resetPassword}${tokenFragment(token)}`;
}

/** Sends the verification link; a mail failure is logged, not fatal (the user can ask for another). */
export async function sendVerificationEmail(deps: Pick<AuthDeps, 'mailer' | 'site'>, to: string, token: string, log: Logger): Promise<void> {
  try {
    await deps.mailer.send(verificationEmail(to, verificationLink(deps.site.publicOrigin(), token)));
  } catch (error) {
    log.error({ err: error }, 'could not send the verification email');
  }
}

export async function sendPasswordResetEmail(deps: Pick<AuthDeps, 'mailer' | 'site'>, to: string, token: string, log: Logger): Promise<void> {
  try {
    await deps.mailer.send(passwordResetEmail(to, passwordResetLink(deps.site.publicOrigin(), token)));
  } catch (error) {
    log.error({ err: error }, 'could not send the password reset email');
  }
}
