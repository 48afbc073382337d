import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { logMailer } from './log-mailer.ts';

function capturedLog() {
  const lines: string[] = [];
  const log = createLogger('trace', { write: (line: string) => void lines.push(line) });
  return { log, text: () => lines.join('') };
}

const message = { to: 'ada@example.com', subject: 'Reset your MetMap password', text: 'open https://metmap.example/reset#token=abcdefsecret' };

describe('logMailer', () => {
  it('OPS10: away from a developer machine, a dropped mail is logged without its body', async () => {
    const { log, text } = capturedLog();
    await logMailer(log, { includeBody: false }).send(message);
    expect(text()).toContain('SMTP_URL is not set');
    expect(text()).toContain(message.subject);
    expect(text()).not.toContain('abcdefsecret');
  });

  it('OPS10: on a developer machine the link is logged, so sign-up works without SMTP', async () => {
    const { log, text } = capturedLog();
    await logMailer(log, { includeBody: true }).send(message);
    expect(text()).toContain('abcdefsecret');
  });
});
