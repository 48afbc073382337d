import { describe, expect, it } from 'vitest';
import { HttpError } from '../guards/http-error.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { likePattern, songListing, songListSql } from './song-list-sql.ts';

const ID = '0b5c8a4e-9d1f-4c1a-8e2b-3f4a5b6c7d8e';

function statusOf(run: () => unknown): number | 'ok' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe('page cursors and the song list query', () => {
  it('REST2: a cursor round-trips, and only continues the listing it came from', () => {
    const listing = songListing({ sort: 'title' });
    const text = encodeCursor({ l: listing, v: 'blackbird', id: ID });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, listing, 'text')).toEqual({ l: listing, v: 'blackbird', id: ID });
    expect(statusOf(() => decodeCursor(text, songListing({ sort: 'title', tag: 'jazz' }), 'text'))).toBe(400);
  });

  it('REST4: forged cursors are a 400 before they reach SQL (garbage, bad timestamps, NUL text)', () => {
    const listing = songListing({ sort: 'createdAt' });
    expect(statusOf(() => decodeCursor('not-base64-json', listing, 'timestamp'))).toBe(400);
    expect(statusOf(() => decodeCursor(encodeCursor({ l: listing, v: "'; DROP TABLE songs; --", id: ID }), listing, 'timestamp'))).toBe(400);
    expect(statusOf(() => decodeCursor(encodeCursor({ l: listing, v: '0000-01-01T00:00:00.000Z', id: ID }), listing, 'timestamp'))).toBe(400);
    expect(statusOf(() => decodeCursor(encodeCursor({ l: listing, v: 'a\u0000', id: ID }), listing, 'text'))).toBe(400);
    expect(decodeCursor(encodeCursor({ l: listing, v: '2026-01-01T00:00:00.000Z', id: ID }), listing, 'timestamp').v).toBe('2026-01-01T00:00:00.000Z');
  });

  it('REST2: search text is matched literally (% _ \\ escaped); every value is a parameter, never SQL text', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    const { sql, params, limit } = songListSql(ID, { q: "x' OR 1=1 --", tag: 'jazz', sort: 'updatedAt', order: 'desc', limit: 10 }, { l: '', v: '2026-01-01T00:00:00.000Z', id: ID }, 'id');
    expect(sql).not.toContain("OR 1=1");
    expect(sql).toContain('(updated_at, id) < ($4::timestamptz, $5::uuid)');
    expect(sql).toContain('ORDER BY updated_at DESC, id DESC LIMIT $6');
    expect(params).toEqual([ID, "%x' OR 1=1 --%", 'jazz', '2026-01-01T00:00:00.000Z', ID, 11]);
    expect(limit).toBe(10);
  });
});
