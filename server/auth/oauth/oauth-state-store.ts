import { z } from 'zod';
import type { OAuthProviderName } from '../../../shared/auth/auth-api.ts';
import type { Queryable } from '../../db/database.ts';
import { hashSecretToken, looksLikeSecretToken } from '../secret-token.ts';

/** An authorization round trip must finish within 10 minutes (SPEC AUTH10). */
export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

export async function saveOAuthState(db: Queryable, state: string, provider: OAuthProviderName, now: number): Promise<void> {
  await db.query('INSERT INTO oauth_states (state_hash, provider, expires_at, created_at) VALUES ($1, $2, $3, $4)', [
    hashSecretToken(state),
    provider,
    new Date(now + OAUTH_STATE_TTL_MS),
    new Date(now),
  ]);
}

const StateRow = z.object({ provider: z.string(), expires_at: z.date() });

/** Uses a state once: true only if it was issued for `provider` and has not expired or been used. */
export async function consumeOAuthState(db: Queryable, state: string, provider: OAuthProviderName, now: number): Promise<boolean> {
  if (!looksLikeSecretToken(state)) return false;
  const { rows } = await db.query('DELETE FROM oauth_states WHERE state_hash = $1 RETURNING provider, expires_at', [hashSecretToken(state)]);
  if (!rows[0]) return false;
  const row = StateRow.parse(rows[0]);
  return row.provider === provider && row.expires_at.getTime() > now;
}

export async function deleteExpiredOAuthStates(db: Queryable, now: number): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM oauth_states WHERE expires_at <= $1', [new Date(now)]);
  return rowCount;
}
