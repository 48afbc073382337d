import type { MailMessage } from './mailer.ts';

/** The email with a link that verifies the address. */
export function verificationEmail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Confirm your email for MetMap',
    text: `Confirm that this is your email address for MetMap by opening this link:\n\n${link}\n\nThe link works once, for 48 hours. If you did not create a MetMap account, ignore this email.\n`,
  };
}

/** The email with a link to choose a new password. */
export function passwordResetEmail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your MetMap password',
    text: `Someone asked to reset the password of your MetMap account. To choose a new password, open this link:\n\n${link}\n\nThe link works once, for one hour, and signs out your other devices. If it was not you, ignore this email; your password stays as it is.\n`,
  };
}
