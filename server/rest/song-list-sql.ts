import { DEFAULT_PAGE_LIMIT, type SongListQuery, type SongSort } from '../../shared/rest/song-api.ts';
import type { Cursor } from './page-cursor.ts';

type SortSpec = { expression: string; type: 'text' | 'timestamptz' };

// Text sorts are case-insensitive in byte order (COLLATE "C"), so PGlite and PostgreSQL agree;
// a missing artist or practice time sorts as '' / the epoch, keeping the key total for the cursor.
const SORTS: Record<SongSort, SortSpec> = {
  title: { expression: `lower(title) COLLATE "C"`, type: 'text' },
  artist: { expression: `lower(coalesce(artist, '')) COLLATE "C"`, type: 'text' },
  createdAt: { expression: 'created_at', type: 'timestamptz' },
  updatedAt: { expression: 'updated_at', type: 'timestamptz' },
  lastPracticedAt: { expression: `coalesce(last_practiced_at, 'epoch'::timestamptz)`, type: 'timestamptz' },
};

/** `%`, `_` and `\` match themselves in a search. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** What kind of value the listing's cursor carries. */
export function songCursorValue(query: SongListQuery): 'text' | 'timestamp' {
  return SORTS[query.sort ?? 'title'].type === 'text' ? 'text' : 'timestamp';
}

/** Identifies a listing (sort, order, filters) so that a cursor cannot continue a different one. */
export function songListing(query: SongListQuery): string {
  return JSON.stringify([query.sort ?? 'title', query.order ?? 'asc', query.q ?? null, query.tag ?? null]);
}

/**
 * One page of a user's live songs from the projection: search, tag, keyset pagination on
 * (sort key, id). Selects `limit + 1` rows so the caller knows whether another page follows.
 */
export function songListSql(userId: string, query: SongListQuery, cursor: Cursor | null, columns: string): { sql: string; params: unknown[]; limit: number } {
  const sort = SORTS[query.sort ?? 'title'];
  const descending = query.order === 'desc';
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const params: unknown[] = [userId];
  const where = ['user_id = $1', 'deleted_at IS NULL'];
  if (query.q !== undefined) {
    params.push(likePattern(query.q));
    const p = `$${params.length}`;
    where.push(`(title ILIKE ${p} OR artist ILIKE ${p} OR album ILIKE ${p})`);
  }
  if (query.tag !== undefined) {
    params.push(query.tag);
    where.push(`$${params.length} = ANY(tags)`);
  }
  if (cursor) {
    params.push(cursor.v, cursor.id);
    const value = sort.type === 'text' ? `$${params.length - 1}::text COLLATE "C"` : `$${params.length - 1}::timestamptz`;
    where.push(`(${sort.expression}, id) ${descending ? '<' : '>'} (${value}, $${params.length}::uuid)`);
  }
  params.push(limit + 1);
  const direction = descending ? 'DESC' : 'ASC';
  const sql = `SELECT ${columns}, ${sort.expression} AS sort_key FROM songs WHERE ${where.join(' AND ')}
    ORDER BY ${sort.expression} ${direction}, id ${direction} LIMIT $${params.length}`;
  return { sql, params, limit };
}

/** The cursor value of a row's sort key as the database returned it. */
export function sortKeyText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : null;
}
