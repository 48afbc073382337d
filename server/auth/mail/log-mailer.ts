import type { Logger } from '../../logger.ts';
import type { Mailer } from './mailer.ts';

/** Without SMTP the message (and so its link) goes to the log, which is enough on a developer's machine. */
export function logMailer(log: Logger): Mailer {
  return {
    async send(message) {
      log.info({ mailTo: message.to, subject: message.subject, body: message.text }, 'email not sent (no SMTP_URL); logged instead');
    },
    async close() {},
  };
}
