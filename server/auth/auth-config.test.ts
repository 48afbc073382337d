import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../config.ts';

describe('accounts configuration', () => {
  it('AUTH10: a provider is configured only with both its client id and secret', () => {
    const config = parseConfig({ GOOGLE_CLIENT_ID: 'gid', GOOGLE_CLIENT_SECRET: 'gsecret', GITHUB_CLIENT_ID: '', GITHUB_CLIENT_SECRET: ' ' });
    expect(config.oauth).toEqual({ google: { clientId: 'gid', clientSecret: 'gsecret' }, github: undefined });
    expect(() => parseConfig({ GITHUB_CLIENT_ID: 'only-the-id' })).toThrow(ConfigError);
  });

  it('AUTH11: SMTP_URL must be an smtp(s) URL; MAIL_FROM has a default', () => {
    expect(parseConfig({ SMTP_URL: 'smtps://u:p@smtp.example.com' }).smtpUrl).toBe('smtps://u:p@smtp.example.com');
    expect(parseConfig({}).mailFrom).toContain('MetMap');
    expect(() => parseConfig({ SMTP_URL: 'http://smtp.example.com' })).toThrow(ConfigError);
  });
});
