import { describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/errors.ts';
import { UserResponse } from '../../shared/auth/auth-api.ts';
import { GOOD_PASSWORD, startAuthHarness } from '../../test/auth/auth-harness.ts';
import { SIGN_IN_FAILED_MESSAGE } from './routes/sign-in.ts';

describe('/api/auth routes', () => {
  it('AUTH4: sign-up answers 201 with the user and a session cookie; /me then knows the user', async () => {
    const h = await startAuthHarness();
    const c = h.client();
    const response = await c.json('POST', '/api/auth/signup', { email: '  New.Person@Example.COM ', password: GOOD_PASSWORD, name: 'New' });
    expect(response.status).toBe(201);
    const { user } = UserResponse.parse(await response.json());
    // AUTH6: emails are trimmed and lower-cased.
    expect(user).toMatchObject({ email: 'new.person@example.com', name: 'New', emailVerified: false });
    expect(response.headers.getSetCookie().join('\n')).toMatch(/^metmap_session=[a-z2-7]{32}; Path=\/; HttpOnly; SameSite=Lax; Expires=/m);
    const me = await c.request('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(UserResponse.parse(await me.json()).user).toEqual(user);
  });

  it('AUTH6: sign-up refuses a taken email (409), a short, a common and an over-long password (400)', async () => {
    const h = await startAuthHarness();
    await h.signUp('taken@example.com');
    const c = h.client();
    const taken = await c.json('POST', '/api/auth/signup', { email: 'TAKEN@example.com', password: GOOD_PASSWORD });
    expect(taken.status).toBe(409);
    expect(ErrorBody.parse(await taken.json()).error.code).toBe('conflict');
    for (const password of ['short1!', 'Password123', 'x'.repeat(129)]) {
      const response = await c.json('POST', '/api/auth/signup', { email: 'fresh@example.com', password });
      expect(response.status, password).toBe(400);
      expect(ErrorBody.parse(await response.json()).error.code).toBe('validation_failed');
    }
    const { rows } = await h.app.db.query("SELECT count(*)::int AS n FROM users WHERE email = 'fresh@example.com'");
    expect(rows[0]?.n).toBe(0);
  });

  it('AUTH6: a 128-character password is stored whole: its 127-character prefix does not sign in', async () => {
    const h = await startAuthHarness();
    const long = 'Zq8!'.repeat(32);
    await h.signUp('long@example.com', long);
    const { rows } = await h.app.db.query("SELECT password_hash FROM users WHERE email = 'long@example.com'");
    expect(String(rows[0]?.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'long@example.com', password: long.slice(0, 127) })).status).toBe(401);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'long@example.com', password: long })).status).toBe(200);
  });

  it('AUTH9: unknown email, wrong password and a password-less account get one identical 401', async () => {
    const h = await startAuthHarness();
    await h.signUp('known@example.com');
    await h.app.db.query(
      "INSERT INTO users (email, name, email_verified) VALUES ('oauth-only@example.com', 'O', true)",
    );
    const answers = [];
    for (const [email, password] of [
      ['nobody@example.com', GOOD_PASSWORD],
      ['known@example.com', 'wrong password here'],
      ['oauth-only@example.com', GOOD_PASSWORD],
    ] as const) {
      const response = await h.client().json('POST', '/api/auth/signin', { email, password });
      answers.push({ status: response.status, body: await response.json(), cookie: response.headers.getSetCookie() });
    }
    for (const answer of answers) {
      expect(answer).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: SIGN_IN_FAILED_MESSAGE } }, cookie: [] });
    }
  });

  it('AUTH4: every sign-in issues a new token, even when the browser already carries one (no fixation)', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('fix@example.com');
    const before = client.cookies.get('metmap_session');
    const response = await client.json('POST', '/api/auth/signin', { email: 'fix@example.com', password: GOOD_PASSWORD });
    expect(response.status).toBe(200);
    const after = client.cookies.get('metmap_session');
    expect(after).toMatch(/^[a-z2-7]{32}$/);
    expect(after).not.toBe(before);
    // A token planted by someone else is never promoted to a signed-in session.
    const planted = h.client();
    planted.cookies.set('metmap_session', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    await planted.json('POST', '/api/auth/signin', { email: 'fix@example.com', password: GOOD_PASSWORD });
    expect(planted.cookies.get('metmap_session')).not.toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  });

  it('AUTH4: sign-out ends this session only; sign-out-all ends every session of the user', async () => {
    const h = await startAuthHarness();
    const { client: laptop } = await h.signUp('multi@example.com');
    const phone = h.client();
    const tablet = h.client();
    for (const device of [phone, tablet]) {
      expect((await device.json('POST', '/api/auth/signin', { email: 'multi@example.com', password: GOOD_PASSWORD })).status).toBe(200);
    }
    const signOut = await phone.json('POST', '/api/auth/signout', {});
    expect(signOut.status).toBe(204);
    expect(signOut.headers.getSetCookie()[0]).toMatch(/^metmap_session=; .*Max-Age=0/);
    expect((await phone.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await laptop.request('GET', '/api/auth/me')).status).toBe(200);

    const all = await tablet.json('POST', '/api/auth/signout-all', {});
    expect(all.status).toBe(204);
    expect((await laptop.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await tablet.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await tablet.json('POST', '/api/auth/signout-all', {})).status).toBe(401);
  });

  it('AUTH2: /me re-sends the cookie with the later expiry when the session slid, and clears a dead cookie', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('slide@example.com');
    expect((await client.request('GET', '/api/auth/me')).headers.getSetCookie()).toEqual([]);
    h.clock.advance(2 * 3_600_000);
    const slid = await client.request('GET', '/api/auth/me');
    const expected = new Date(h.clock() + 30 * 24 * 3_600_000).toUTCString();
    expect(slid.headers.getSetCookie()[0]).toContain(`Expires=${expected}`);
    h.clock.advance(31 * 24 * 3_600_000);
    const dead = await client.request('GET', '/api/auth/me');
    expect(dead.status).toBe(401);
    expect(dead.headers.getSetCookie()[0]).toMatch(/^metmap_session=;/);
  });

  it('AUTH5: with an https PUBLIC_URL the cookie is __Host-metmap_session with Secure', async () => {
    const h = await startAuthHarness({ config: { publicUrl: 'https://metmap.example' } });
    const { cookieClient } = await import('../../test/auth/cookie-client.ts');
    const c = cookieClient(h.app.url, 'https://metmap.example');
    const response = await c.json('POST', '/api/auth/signup', { email: 'tls@example.com', password: GOOD_PASSWORD });
    expect(response.status).toBe(201);
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^__Host-metmap_session=[a-z2-7]{32}; /);
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']));
    expect(cookie).not.toMatch(/Domain=/i);
    expect((await c.request('GET', '/api/auth/me')).status).toBe(200);
    // The plain name is not accepted on https.
    const plain = cookieClient(h.app.url, 'https://metmap.example');
    plain.cookies.set('metmap_session', c.cookies.get('__Host-metmap_session') ?? '');
    expect((await plain.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('AUTH4: /session answers 200 with the user, or with null for a guest', async () => {
    const h = await startAuthHarness();
    expect(await (await h.client().request('GET', '/api/auth/session')).json()).toEqual({ user: null });
    const { client, userId } = await h.signUp('session@example.com');
    const response = await client.request('GET', '/api/auth/session');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { id: userId, email: 'session@example.com' } });
  });

  it('AUTH10: /providers lists nothing when no OAuth app is configured', async () => {
    const h = await startAuthHarness();
    const response = await h.client().request('GET', '/api/auth/providers');
    expect(await response.json()).toEqual({ providers: [] });
    expect((await h.client().request('GET', '/api/auth/oauth/google/start')).status).toBe(404);
  });
});
