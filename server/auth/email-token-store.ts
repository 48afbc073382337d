import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from './secret-token.ts';

export type EmailTokenPurpose = 'verify_email' | 'reset_password';

/** How long an emailed link works: a reset for an hour (the issue's figure), a verification for two days. */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

/**
 * Issues a single-use link token for `email`, revoking the user's earlier unused ones of the same
 * purpose (only the newest link works). Only its hash is stored.
 */
export async function issueEmailToken(
  db: Queryable,
  args: { userId: string; email: string; purpose: EmailTokenPurpose; now: number },
): Promise<string> {
  const token = generateSecretToken();
  await db.query('DELETE FROM email_tokens WHERE user_id = $1 AND purpose = $2', [args.userId, args.purpose]);
  await db.query(
    `INSERT INTO email_tokens (token_hash, user_id, purpose, email, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [hashSecretToken(token), args.userId, args.purpose, args.email, new Date(args.now + EMAIL_TOKEN_TTL_MS[args.purpose]), new Date(args.now)],
  );
  return token;
}

const RedeemedRow = z.object({ user_id: z.string(), email: z.string() });

/**
 * Uses a token once: marks it used and returns whom it was for, or null when it is unknown, used,
 * expired or for another purpose. One UPDATE … RETURNING, so two concurrent redemptions cannot both win.
 */
export async function redeemEmailToken(
  db: Queryable,
  token: string,
  purpose: EmailTokenPurpose,
  now: number,
): Promise<{ userId: string; email: string } | null> {
  if (!looksLikeSecretToken(token)) return null;
  const { rows } = await db.query(
    `UPDATE email_tokens SET used_at = $3
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
     RETURNING user_id, email`,
    [hashSecretToken(token), purpose, new Date(now)],
  );
  if (!rows[0]) return null;
  const row = RedeemedRow.parse(rows[0]);
  return { userId: row.user_id, email: row.email };
}

/** Drops tokens that can no longer be used. */
export async function deleteStaleEmailTokens(db: Queryable, now: number): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM email_tokens WHERE expires_at <= $1 OR used_at IS NOT NULL', [new Date(now)]);
  return rowCount;
}
