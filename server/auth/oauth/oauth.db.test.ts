import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GOOD_PASSWORD, startAuthHarness, type AuthHarness } from '../../../test/auth/auth-harness.ts';
import type { CookieClient } from '../../../test/auth/cookie-client.ts';
import { startOAuthStandIn, STAND_IN_CLIENTS, type OAuthStandIn } from '../../../test/auth/oauth-stand-in.ts';

let standIn: OAuthStandIn;
beforeAll(async () => {
  standIn = await startOAuthStandIn();
});
afterAll(() => standIn.close());

function harness() {
  return startAuthHarness({
    config: {
      oauth: {
        google: { ...STAND_IN_CLIENTS.google, baseUrl: standIn.url },
        github: { ...STAND_IN_CLIENTS.github, baseUrl: standIn.url },
      },
    },
  });
}

function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/** Start → the stand-in approves → the callback URL it redirects to (not yet followed). */
async function authorize(client: CookieClient, provider: 'google' | 'github'): Promise<string> {
  const start = await client.request('GET', `/api/auth/oauth/${provider}/start`);
  expect(start.status).toBe(302);
  const approve = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' });
  expect(approve.status).toBe(302);
  return pathOf(approve.headers.get('location') ?? '');
}

async function signInWith(client: CookieClient, provider: 'google' | 'github') {
  const callback = await client.request('GET', await authorize(client, provider));
  expect(callback.status).toBe(302);
  return callback.headers.get('location');
}

async function me(client: CookieClient) {
  const response = await client.request('GET', '/api/auth/me');
  return response.status === 200 ? z.object({ user: z.object({ id: z.string(), email: z.string(), emailVerified: z.boolean() }) }).parse(await response.json()).user : null;
}

async function count(h: AuthHarness, sql: string, params: unknown[] = []) {
  const { rows } = await h.app.db.query(sql, params);
  return z.object({ n: z.number() }).parse(rows[0]).n;
}

describe('OAuth with Google and GitHub (local stand-ins)', () => {
  it('AUTH10: start sets short-lived state and verifier cookies and sends PKCE (S256) with the state', async () => {
    const h = await harness();
    const c = h.client();
    expect(await (await c.request('GET', '/api/auth/providers')).json()).toEqual({ providers: ['google', 'github'] });
    for (const provider of ['google', 'github'] as const) {
      const start = await c.request('GET', `/api/auth/oauth/${provider}/start`);
      const location = new URL(start.headers.get('location') ?? '');
      expect(location.origin).toBe(standIn.url);
      expect(location.searchParams.get('code_challenge_method')).toBe('S256');
      expect(location.searchParams.get('redirect_uri')).toBe(`http://localhost:${h.app.port}/api/auth/oauth/${provider}/callback`);
      expect(location.searchParams.get('state')).toBe(c.cookies.get('metmap_oauth_state'));
      const cookies = start.headers.getSetCookie();
      expect(cookies).toHaveLength(2);
      for (const cookie of cookies) expect(cookie).toMatch(/HttpOnly; SameSite=Lax; .*Max-Age=600/);
    }
  });

  it('AUTH10: a first Google sign-in creates a verified user; the next one finds it by provider id', async () => {
    const h = await harness();
    standIn.identity = { id: 'g-1', email: 'Gina@Example.com', emailVerified: true, name: 'Gina' };
    const c = h.client();
    expect(await signInWith(c, 'google')).toBe('/');
    const user = await me(c);
    expect(user).toMatchObject({ email: 'gina@example.com', emailVerified: true });
    expect(c.cookies.has('metmap_oauth_state')).toBe(false);

    // Even after the email changes at Google, the same Google account reaches the same user.
    standIn.identity = { id: 'g-1', email: 'gina.new@example.com', emailVerified: true, name: 'Gina' };
    const again = h.client();
    expect(await signInWith(again, 'google')).toBe('/');
    expect((await me(again))?.id).toBe(user?.id);
    expect(await count(h, 'SELECT count(*)::int AS n FROM users')).toBe(1);
    expect(standIn.tokenRequests.at(-1)).toEqual({ provider: 'google', ok: true });
  });

  it('AUTH10: a missing or mismatched state is refused without a session', async () => {
    const h = await harness();
    const c = h.client();
    const callback = new URL(await authorize(c, 'google'), 'http://x');
    const noState = new URL(callback);
    noState.searchParams.delete('state');
    let r = await c.request('GET', noState.pathname + noState.search);
    expect(r.headers.get('location')).toBe('/signin?error=state');

    const c2 = h.client();
    const other = new URL(await authorize(c2, 'google'), 'http://x');
    other.searchParams.set('state', 'b'.repeat(32));
    r = await c2.request('GET', other.pathname + other.search);
    expect(r.headers.get('location')).toBe('/signin?error=state');

    // A state that is real but belongs to another browser (login CSRF) fails the cookie comparison.
    const attacker = h.client();
    const attackersCallback = await authorize(attacker, 'google');
    const victim = h.client();
    r = await victim.request('GET', attackersCallback);
    expect(r.headers.get('location')).toBe('/signin?error=state');
    expect(await me(victim)).toBeNull();
    expect(await count(h, 'SELECT count(*)::int AS n FROM sessions')).toBe(0);
  });

  it('AUTH10: a missing code verifier is refused', async () => {
    const h = await harness();
    const c = h.client();
    const callback = await authorize(c, 'google');
    c.cookies.delete('metmap_oauth_verifier');
    const r = await c.request('GET', callback);
    expect(r.headers.get('location')).toBe('/signin?error=state');
    expect(await me(c)).toBeNull();
  });

  it('AUTH10: a replayed callback or code is refused', async () => {
    const h = await harness();
    standIn.identity = { id: 'g-replay', email: 'replay@example.com', emailVerified: true, name: 'R' };
    const c = h.client();
    const callback = await authorize(c, 'google');
    const saved = new Map(c.cookies);
    expect((await c.request('GET', callback)).headers.get('location')).toBe('/');

    // The same callback with the same cookies (someone who captured both): the state is used up.
    const thief = h.client();
    for (const [k, v] of saved) if (k.startsWith('metmap_oauth')) thief.cookies.set(k, v);
    expect((await thief.request('GET', callback)).headers.get('location')).toBe('/signin?error=state');

    // A fresh state with the old code: the provider refuses the code a second time.
    const code = new URL(callback, 'http://x').searchParams.get('code') ?? '';
    const fresh = h.client();
    const freshCallback = new URL(await authorize(fresh, 'google'), 'http://x');
    freshCallback.searchParams.set('code', code);
    expect((await fresh.request('GET', freshCallback.pathname + freshCallback.search)).headers.get('location')).toBe('/signin?error=provider');
    expect(standIn.tokenRequests.at(-1)).toEqual({ provider: 'google', ok: false, reason: 'code already used' });
    expect(await me(thief)).toBeNull();
    expect(await me(fresh)).toBeNull();
  });

  it('AUTH10: a state older than 10 minutes is refused', async () => {
    const h = await harness();
    const c = h.client();
    const callback = await authorize(c, 'github');
    h.clock.advance(10 * 60_000 + 1);
    expect((await c.request('GET', callback)).headers.get('location')).toBe('/signin?error=state');
    expect(await me(c)).toBeNull();
  });

  it('AUTH10: a GitHub user without a verified primary email gets no account', async () => {
    const h = await harness();
    const c = h.client();
    standIn.identity = { id: '777', email: 'unverified@example.com', emailVerified: false, name: 'Una' };
    expect(await signInWith(c, 'github')).toBe('/signin?error=email_unverified');
    standIn.identity = { id: '778', email: null, emailVerified: false, name: 'Nomail' };
    expect(await signInWith(h.client(), 'github')).toBe('/signin?error=email_unverified');
    expect(await count(h, 'SELECT count(*)::int AS n FROM users')).toBe(0);
    expect(await count(h, 'SELECT count(*)::int AS n FROM oauth_accounts')).toBe(0);
  });

  it('AUTH10: a verified provider email links to the existing account, which keeps its password', async () => {
    const h = await harness();
    const { client: owner, userId } = await h.signUp('owner@example.com');
    // Verify the address first.
    const token = /#token=([a-z2-7]+)/.exec(await h.waitForMail('owner@example.com'))?.[1];
    expect((await owner.json('POST', '/api/auth/verify-email', { token })).status).toBe(200);

    standIn.identity = { id: '4242', email: 'owner@example.com', emailVerified: true, name: 'Owner' };
    const c = h.client();
    expect(await signInWith(c, 'github')).toBe('/');
    expect((await me(c))?.id).toBe(userId);
    expect(await count(h, "SELECT count(*)::int AS n FROM oauth_accounts WHERE user_id = $1 AND provider = 'github' AND provider_user_id = '4242'", [userId])).toBe(1);
    expect((await me(owner))?.id).toBe(userId);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'owner@example.com', password: GOOD_PASSWORD })).status).toBe(200);
  });

  it('AUTH10: an unverified provider email does not link; linking a never-verified account drops its password and sessions', async () => {
    const h = await harness();
    const { client: squatter, userId } = await h.signUp('real.owner@example.com');

    standIn.identity = { id: 'g-unverified', email: 'real.owner@example.com', emailVerified: false, name: 'X' };
    expect(await signInWith(h.client(), 'google')).toBe('/signin?error=email_unverified');
    expect(await count(h, 'SELECT count(*)::int AS n FROM oauth_accounts')).toBe(0);

    standIn.identity = { id: 'g-owner', email: 'real.owner@example.com', emailVerified: true, name: 'Real Owner' };
    const owner = h.client();
    expect(await signInWith(owner, 'google')).toBe('/');
    expect(await me(owner)).toMatchObject({ id: userId, emailVerified: true });
    // Whoever registered the address without proving it is out, and their password is gone.
    expect(await me(squatter)).toBeNull();
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'real.owner@example.com', password: GOOD_PASSWORD })).status).toBe(401);
  });

  it('AUTH10: the provider denying access, or an unknown provider, ends cleanly', async () => {
    const h = await harness();
    const c = h.client();
    await c.request('GET', '/api/auth/oauth/google/start');
    const denied = await c.request('GET', `/api/auth/oauth/google/callback?error=access_denied&state=${c.cookies.get('metmap_oauth_state')}`);
    expect(denied.headers.get('location')).toBe('/signin?error=denied');
    expect((await c.request('GET', '/api/auth/oauth/facebook/start')).status).toBe(404);
  });
});
