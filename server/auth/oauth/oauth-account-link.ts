import type { OAuthProviderName } from '../../../shared/auth/auth-api.ts';
import type { Queryable } from '../../db/database.ts';
import { deleteUserSessions } from '../session-store.ts';
import { findUserByEmail, insertUser, parseUserRow, USER_COLUMNS, type UserRecord } from '../user-store.ts';
import type { OAuthProfile } from './oauth-provider.ts';

export type OAuthAccountOutcome =
  | { kind: 'user'; user: UserRecord; created: boolean; linked: boolean; endedSessionIds: string[] }
  | { kind: 'email_unverified' };

/**
 * Finds or makes the MetMap user for a provider profile (SPEC AUTH10). Accounts are keyed by
 * (provider, provider user id). A new provider account joins an existing user only through an email
 * the provider has verified. If that user had never verified the address, whoever set its password
 * never proved they own it (a pre-registered account); the password and its sessions are dropped so
 * the real owner, now verified by the provider, is the only one left holding the account.
 */
export async function resolveOAuthAccount(
  tx: Queryable,
  provider: OAuthProviderName,
  profile: OAuthProfile,
  now: number,
): Promise<OAuthAccountOutcome> {
  const linked = await findLinkedUser(tx, provider, profile.providerUserId);
  if (linked) return { kind: 'user', user: linked, created: false, linked: false, endedSessionIds: [] };
  if (profile.email === null || !profile.emailVerified) return { kind: 'email_unverified' };

  const existing = await findUserByEmail(tx, profile.email);
  if (existing) {
    let endedSessionIds: string[] = [];
    let user = existing;
    if (!existing.emailVerified) {
      endedSessionIds = await deleteUserSessions(tx, existing.id);
      await tx.query('UPDATE users SET email_verified = true, password_hash = NULL, updated_at = $2 WHERE id = $1', [existing.id, new Date(now)]);
      user = { ...existing, emailVerified: true, passwordHash: null };
    }
    await linkProviderAccount(tx, provider, profile.providerUserId, existing.id, now);
    return { kind: 'user', user, created: false, linked: true, endedSessionIds };
  }

  const created = await insertUser(tx, { email: profile.email, name: profile.name, passwordHash: null, emailVerified: true }, now);
  if (!created) throw new Error('email taken concurrently during OAuth sign-up');
  await linkProviderAccount(tx, provider, profile.providerUserId, created.id, now);
  return { kind: 'user', user: created, created: true, linked: true, endedSessionIds: [] };
}

async function findLinkedUser(tx: Queryable, provider: OAuthProviderName, providerUserId: string): Promise<UserRecord | null> {
  const { rows } = await tx.query(
    `SELECT ${USER_COLUMNS} FROM oauth_accounts o JOIN users u ON u.id = o.user_id
     WHERE o.provider = $1 AND o.provider_user_id = $2`,
    [provider, providerUserId],
  );
  return rows[0] ? parseUserRow(rows[0]) : null;
}

async function linkProviderAccount(tx: Queryable, provider: OAuthProviderName, providerUserId: string, userId: string, now: number): Promise<void> {
  await tx.query('INSERT INTO oauth_accounts (provider, provider_user_id, user_id, created_at) VALUES ($1, $2, $3, $4)', [
    provider,
    providerUserId,
    userId,
    new Date(now),
  ]);
}
