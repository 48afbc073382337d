import type { ShareExpiry, ShareLinkStatus } from '../../shared/rest/share-api.ts';

const DAY_MS = 86_400_000;
const EXPIRY_DAYS: Record<ShareExpiry, number | null> = { '1d': 1, '7d': 7, '30d': 30, never: null };

/** When a link created at `now` with `expiresIn` stops working; null: when revoked. */
export function shareExpiresAt(expiresIn: ShareExpiry, now: number): Date | null {
  const days = EXPIRY_DAYS[expiresIn];
  return days === null ? null : new Date(now + days * DAY_MS);
}

/** A link is revoked once revoked, expired from its expiry instant on, else active. */
export function shareLinkStatus(link: { expiresAt: Date | null; revokedAt: Date | null }, now: number): ShareLinkStatus {
  if (link.revokedAt !== null) return 'revoked';
  if (link.expiresAt !== null && link.expiresAt.getTime() <= now) return 'expired';
  return 'active';
}
