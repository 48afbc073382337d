import { z } from 'zod';
import type { ApiShareLink } from '../../shared/rest/share-api.ts';
import type { Queryable } from '../db/database.ts';
import { shareLinkStatus } from './share-expiry.ts';

const LinkRow = z.object({
  id: z.string(),
  user_id: z.string(),
  song_id: z.string(),
  expires_at: z.date().nullable(),
  revoked_at: z.date().nullable(),
  created_at: z.date(),
});
type LinkRow = z.infer<typeof LinkRow>;

const COLUMNS = 'id, user_id, song_id, expires_at, revoked_at, created_at';

/** A link as its owner sees it (never the token or its hash). */
export function apiShareLink(row: LinkRow, now: number): ApiShareLink {
  return {
    id: row.id,
    songId: row.song_id,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    status: shareLinkStatus({ expiresAt: row.expires_at, revokedAt: row.revoked_at }, now),
  };
}

/** Stores a new link; only the token's hash is kept. */
export async function insertShareLink(db: Queryable, link: { tokenHash: string; userId: string; songId: string; expiresAt: Date | null; now: number }): Promise<LinkRow> {
  const { rows } = await db.query(
    `INSERT INTO share_links (token_hash, user_id, song_id, expires_at, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [link.tokenHash, link.userId, link.songId, link.expiresAt, new Date(link.now)],
  );
  return LinkRow.parse(rows[0]);
}

/** The user's links, newest first; with `songId`, only that song's. */
export async function listShareLinks(db: Queryable, userId: string, songId?: string): Promise<LinkRow[]> {
  const { rows } =
    songId === undefined
      ? await db.query(`SELECT ${COLUMNS} FROM share_links WHERE user_id = $1 ORDER BY created_at DESC, id`, [userId])
      : await db.query(`SELECT ${COLUMNS} FROM share_links WHERE user_id = $1 AND song_id = $2 ORDER BY created_at DESC, id`, [userId, songId]);
  return rows.map((row) => LinkRow.parse(row));
}

/** Revokes one of the user's links (keeping the first revocation time); false when the user has no such link. */
export async function revokeShareLink(db: Queryable, userId: string, id: string, now: number): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE share_links SET revoked_at = COALESCE(revoked_at, $3) WHERE user_id = $1 AND id = $2', [userId, id, new Date(now)]);
  return rowCount > 0;
}

/** The link a token hash belongs to, or null. */
export async function findShareLinkByHash(db: Queryable, tokenHash: string): Promise<LinkRow | null> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM share_links WHERE token_hash = $1`, [tokenHash]);
  return rows[0] ? LinkRow.parse(rows[0]) : null;
}
