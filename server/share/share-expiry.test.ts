import { describe, expect, it } from 'vitest';
import { shareExpiresAt, shareLinkStatus } from './share-expiry.ts';

const NOW = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

describe('share link expiry', () => {
  it('SHARE2: 1, 7 or 30 days from creation, or never', () => {
    expect(shareExpiresAt('1d', NOW)?.getTime()).toBe(NOW + DAY);
    expect(shareExpiresAt('7d', NOW)?.getTime()).toBe(NOW + 7 * DAY);
    expect(shareExpiresAt('30d', NOW)?.getTime()).toBe(NOW + 30 * DAY);
    expect(shareExpiresAt('never', NOW)).toBeNull();
  });

  it('SHARE4: active until the expiry instant, expired from it on; revoked wins over both', () => {
    const expiresAt = new Date(NOW + DAY);
    expect(shareLinkStatus({ expiresAt, revokedAt: null }, NOW + DAY - 1)).toBe('active');
    expect(shareLinkStatus({ expiresAt, revokedAt: null }, NOW + DAY)).toBe('expired');
    expect(shareLinkStatus({ expiresAt: null, revokedAt: null }, NOW + 10_000 * DAY)).toBe('active');
    expect(shareLinkStatus({ expiresAt: null, revokedAt: new Date(NOW) }, NOW)).toBe('revoked');
    expect(shareLinkStatus({ expiresAt, revokedAt: new Date(NOW) }, NOW + 2 * DAY)).toBe('revoked');
  });
});
