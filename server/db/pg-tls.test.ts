import { describe, expect, it } from 'vitest';
import { pgConnectionSettings } from './pg-tls.ts';

const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('pgConnectionSettings', () => {
  it('DB10: without a CA the connection string is used as it is', () => {
    const url = 'postgresql://u:p@db.example:25060/metmap?sslmode=require';
    expect(pgConnectionSettings(url, undefined)).toEqual({ connectionString: url });
  });

  it('DB10: with a CA, TLS verifies against it and the URL no longer overrides the TLS settings', () => {
    const settings = pgConnectionSettings('postgresql://u:p@db.example:25060/metmap?sslmode=require&application_name=x', CA);
    expect(settings.ssl).toEqual({ ca: CA, rejectUnauthorized: true });
    const url = new URL(settings.connectionString);
    expect(url.searchParams.has('sslmode')).toBe(false);
    expect(url.searchParams.get('application_name')).toBe('x');
    expect(`${url.username}:${url.password}@${url.host}${url.pathname}`).toBe('u:p@db.example:25060/metmap');
  });
});
