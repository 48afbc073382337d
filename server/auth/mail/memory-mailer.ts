import type { MailMessage, Mailer } from './mailer.ts';

/** Keeps messages in memory for tests. */
export type MemoryMailer = Mailer & {
  readonly messages: MailMessage[];
  /** The newest message to `to`, or undefined. */
  lastTo(to: string): MailMessage | undefined;
};

export function memoryMailer(): MemoryMailer {
  const messages: MailMessage[] = [];
  return {
    messages,
    async send(message) {
      messages.push(message);
    },
    async close() {},
    lastTo: (to) => messages.findLast((m) => m.to === to),
  };
}
