/** One plain-text email. */
export type MailMessage = { to: string; subject: string; text: string };

/** Where auth emails go: SMTP in production, the log without SMTP, an array in tests. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}
