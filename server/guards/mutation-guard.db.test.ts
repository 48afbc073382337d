import { describe, expect, it } from 'vitest';
import { accountRoutes } from '../../shared/auth/account-api.ts';
import { authRoutes } from '../../shared/auth/auth-api.ts';
import { ErrorBody } from '../../shared/errors.ts';
import { GOOD_PASSWORD, startAuthHarness } from '../../test/auth/auth-harness.ts';

/** Every state-changing route of issue 3, with a body that would otherwise be accepted. */
const stateChangingRoutes: { method: string; path: string; body: unknown }[] = [
  { method: 'POST', path: authRoutes.signUp, body: { email: 'victim-new@example.com', password: GOOD_PASSWORD } },
  { method: 'POST', path: authRoutes.signIn, body: { email: 'victim@example.com', password: GOOD_PASSWORD } },
  { method: 'POST', path: authRoutes.signOut, body: {} },
  { method: 'POST', path: authRoutes.signOutAll, body: {} },
  { method: 'POST', path: authRoutes.verifyEmail, body: { token: 'a'.repeat(32) } },
  { method: 'POST', path: authRoutes.resendVerification, body: {} },
  { method: 'POST', path: authRoutes.requestPasswordReset, body: { email: 'victim@example.com' } },
  { method: 'POST', path: authRoutes.resetPassword, body: { token: 'a'.repeat(32), password: 'a new password here' } },
  { method: 'PATCH', path: accountRoutes.account, body: { name: 'Pwned' } },
  { method: 'POST', path: accountRoutes.password, body: { currentPassword: GOOD_PASSWORD, newPassword: 'attacker chosen pw' } },
  { method: 'DELETE', path: accountRoutes.account, body: { password: GOOD_PASSWORD } },
];

const crossSiteVariants: { name: string; headers: Record<string, string>; noOrigin?: boolean }[] = [
  { name: 'cross-site Origin', headers: { origin: 'https://evil.example' } },
  { name: 'missing Origin', headers: {}, noOrigin: true },
  { name: 'Sec-Fetch-Site: cross-site (with our Origin)', headers: { 'sec-fetch-site': 'cross-site' } },
  { name: 'Sec-Fetch-Site: same-site', headers: { 'sec-fetch-site': 'same-site' } },
  { name: 'Origin "null"', headers: { origin: 'null' } },
];

describe('mutation guard on every state-changing route', () => {
  it('AUTH8: cross-site Origin, missing Origin and Sec-Fetch-Site: cross-site → 403, and nothing changes', async () => {
    const h = await startAuthHarness();
    const { client: victim } = await h.signUp('victim@example.com', GOOD_PASSWORD, 'Victim');
    const mailsBefore = h.mailer.messages.length;
    for (const route of stateChangingRoutes) {
      for (const variant of crossSiteVariants) {
        const response = await victim.json(route.method, route.path, route.body, { headers: variant.headers, noOrigin: variant.noOrigin });
        expect(response.status, `${route.method} ${route.path} with ${variant.name}`).toBe(403);
        expect(ErrorBody.parse(await response.json()).error.code).toBe('forbidden');
      }
    }
    // The victim is still signed in, unchanged, with one session; no user was created, no mail sent.
    const me = await victim.request('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { name: 'Victim' } });
    const { rows } = await h.app.db.query('SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM sessions) AS sessions');
    expect(rows[0]).toEqual({ users: 1, sessions: 1 });
    expect(h.mailer.messages.length).toBe(mailsBefore);
    expect((await victim.json('POST', authRoutes.signIn, { email: 'victim@example.com', password: GOOD_PASSWORD })).status).toBe(200);
  });

  it('AUTH8: a text/plain (or form) body → 415 on every state-changing route, even from our own origin', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('plain@example.com');
    for (const route of stateChangingRoutes) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await client.request(route.method, route.path, { body: JSON.stringify(route.body), headers: { 'content-type': type } });
        expect(response.status, `${route.method} ${route.path} as ${type}`).toBe(415);
        expect(ErrorBody.parse(await response.json()).error.code).toBe('unsupported_media_type');
      }
    }
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);
  });

  it('AUTH8: same-origin JSON passes; Sec-Fetch-Site: same-origin and charset are fine; bodies are size-limited and parsed', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('ok@example.com');
    const renamed = await client.json('PATCH', accountRoutes.account, { name: 'Renamed' }, {
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json; charset=utf-8' },
    });
    expect(renamed.status).toBe(200);
    const huge = await client.json('PATCH', accountRoutes.account, { name: 'x'.repeat(20_000) });
    expect(huge.status).toBe(413);
    const broken = await client.request('PATCH', accountRoutes.account, { body: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    const wrongShape = await client.json('PATCH', accountRoutes.account, { name: 42 });
    expect(wrongShape.status).toBe(400);
    expect(ErrorBody.parse(await wrongShape.json()).error.code).toBe('validation_failed');
    // http://localhost on our port is our origin too when PUBLIC_URL is unset.
    const viaLocalhost = await client.json('PATCH', accountRoutes.account, { name: 'Local' }, { headers: { origin: `http://localhost:${h.app.port}` } });
    expect(viaLocalhost.status).toBe(200);
  });
});
