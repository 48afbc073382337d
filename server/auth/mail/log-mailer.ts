import type { Logger } from '../../logger.ts';
import type { Mailer } from './mailer.ts';

/**
 * Without SMTP the message goes to the log. Its body holds a single-use link, so it is written only
 * when the site runs on a developer's own machine (`includeBody`); anywhere else the log says that a
 * mail was dropped, never what it said.
 */
export function logMailer(log: Logger, { includeBody }: { includeBody: boolean }): Mailer {
  return {
    async send(message) {
      if (includeBody) log.info({ mailTo: message.to, subject: message.subject, body: message.text }, 'email not sent (no SMTP_URL); logged instead');
      else log.warn({ subject: message.subject }, 'email not sent: SMTP_URL is not set');
    },
    async close() {},
  };
}
