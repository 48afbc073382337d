import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('CFG1: applies defaults on an empty environment', () => {
    const config = parseConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', dataDir: '/srv/app/data', databaseUrl: undefined });
  });

  it('CFG1: reads DATABASE_URL, REDIS_URL and PUBLIC_URL (origin only)', () => {
    const config = parseConfig({
      DATABASE_URL: 'postgres://u@db:5432/metmap',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://metmap.example/app/',
      PORT: '8080',
    });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/metmap');
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.publicUrl).toBe('https://metmap.example');
    expect(config.port).toBe(8080);
  });

  it('CFG1: treats empty strings as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', REDIS_URL: ' ' }).databaseUrl).toBeUndefined();
  });

  it('CFG2: lists every bad variable in one error', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'PUBLIC_URL', 'LOG_LEVEL']) expect(problems).toContain(name);
  });

  it('CFG3: METRICS_TOKEN and DATABASE_CA_CERT are read, and refused when they cannot be right', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    const config = parseConfig({ METRICS_TOKEN: ' 0123456789abcdef0123 ', DATABASE_CA_CERT: pem });
    expect(config.metricsToken).toBe('0123456789abcdef0123');
    expect(config.databaseCaCert).toBe(pem);
    expect(parseConfig({ METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    expect(() => parseConfig({ DATABASE_CA_CERT: 'not a certificate' })).toThrow(/DATABASE_CA_CERT: must be a PEM certificate/);
  });
});
