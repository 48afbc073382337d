import { describe, expect, it } from 'vitest';
import { Router } from './router.ts';

describe('Router', () => {
  const noop = () => {};
  const router = new Router().add('GET', '/api/songs/:id', noop).add('DELETE', '/api/songs/:id', noop).add('GET', '/healthz', noop);

  it('HTTP1: matches params and decodes them', () => {
    const m = router.match('GET', '/api/songs/a%20b');
    expect(m).toMatchObject({ kind: 'found', params: { id: 'a b' } });
  });

  it('HTTP1: HEAD falls back to GET', () => {
    expect(router.match('HEAD', '/healthz').kind).toBe('found');
  });

  it('HTTP1: reports wrong method with the allowed list, and no match', () => {
    expect(router.match('POST', '/api/songs/1')).toEqual({ kind: 'wrong-method', allowed: ['GET', 'DELETE'] });
    expect(router.match('GET', '/api/songs')).toEqual({ kind: 'none' });
  });

  it('HTTP1: a malformed escape does not match instead of throwing', () => {
    expect(router.match('GET', '/api/songs/%E0%A4%A').kind).toBe('none');
  });
});
