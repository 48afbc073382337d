import { describe, expect, it } from 'vitest';
import { loggedPath } from './logged-path.ts';

describe('loggedPath', () => {
  it('SHARE6: share tokens never reach the request log; other paths keep their ids, queries are dropped', () => {
    const token = 'abcdefghijklmnopqrstuvwxyz234567';
    expect(loggedPath(`/api/shared/${token}`, '/api/shared/:token')).toBe('/api/shared/:token');
    expect(loggedPath(`/api/shared/${token}/copy`, '/api/shared/:token/copy')).toBe('/api/shared/:token/copy');
    expect(loggedPath(`/shared/${token}`, '(static)')).toBe('/shared/:token');
    expect(loggedPath('/api/songs/1?q=secret', '/api/songs/:id')).toBe('/api/songs/1');
    expect(loggedPath(undefined, '(bad url)')).toBe('/');
  });
});
