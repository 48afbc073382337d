import { describe, expect, it } from 'vitest';
import { UserResponse } from '../../shared/auth/auth-api.ts';
import { GOOD_PASSWORD, startAuthHarness, tokenFromMail } from '../../test/auth/auth-harness.ts';

const HOUR = 3_600_000;

describe('email verification', () => {
  it('AUTH11: sign-up mails a link; it verifies once, and a second use is refused', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('verify@example.com');
    const mail = await h.waitForMail('verify@example.com');
    expect(mail).toContain(`http://localhost:${h.app.port}/verify-email#token=`);
    const token = tokenFromMail(mail);
    const { rows } = await h.app.db.query('SELECT token_hash FROM email_tokens');
    expect(rows.map((r) => r.token_hash)).not.toContain(token);

    // The link may be opened on another device, without a session.
    const first = await h.client().json('POST', '/api/auth/verify-email', { token });
    expect(first.status).toBe(200);
    expect(UserResponse.parse(await first.json()).user.emailVerified).toBe(true);
    expect((await h.client().json('POST', '/api/auth/verify-email', { token })).status).toBe(400);
    expect(await (await client.request('GET', '/api/auth/me')).json()).toMatchObject({ user: { emailVerified: true } });
  });

  it('AUTH11: a verification link expires after 48 hours; a resent link replaces the older one', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('late@example.com');
    const firstToken = tokenFromMail(await h.waitForMail('late@example.com'));
    h.clock.advance(48 * HOUR);
    expect((await h.client().json('POST', '/api/auth/verify-email', { token: firstToken })).status).toBe(400);

    expect((await client.json('POST', '/api/auth/verify-email/resend', {})).status).toBe(204);
    const secondToken = tokenFromMail(await h.waitForMail('late@example.com', 2));
    expect(secondToken).not.toBe(firstToken);
    expect((await client.json('POST', '/api/auth/verify-email/resend', {})).status).toBe(204);
    const thirdToken = tokenFromMail(await h.waitForMail('late@example.com', 3));
    // Only the newest link works.
    expect((await h.client().json('POST', '/api/auth/verify-email', { token: secondToken })).status).toBe(400);
    expect((await h.client().json('POST', '/api/auth/verify-email', { token: thirdToken })).status).toBe(200);
    // Nothing more is sent to a verified address.
    expect((await client.json('POST', '/api/auth/verify-email/resend', {})).status).toBe(204);
    expect(h.mailer.messages.filter((m) => m.to === 'late@example.com')).toHaveLength(3);
  });

  it('AUTH11: a verification token cannot reset a password, nor a reset token verify', async () => {
    const h = await startAuthHarness();
    await h.signUp('purpose@example.com');
    const verifyToken = tokenFromMail(await h.waitForMail('purpose@example.com'));
    expect((await h.client().json('POST', '/api/auth/password-reset', { token: verifyToken, password: 'a brand new secret' })).status).toBe(400);
    expect((await h.client().json('POST', '/api/auth/password-reset/request', { email: 'purpose@example.com' })).status).toBe(202);
    const resetToken = tokenFromMail(await h.waitForMail('purpose@example.com', 2));
    expect((await h.client().json('POST', '/api/auth/verify-email', { token: resetToken })).status).toBe(400);
  });
});

describe('password reset', () => {
  it('AUTH9: a reset request answers 202 with no body for known and unknown addresses alike; only the known one gets mail', async () => {
    const h = await startAuthHarness();
    await h.signUp('known@example.com');
    const answers = [];
    for (const email of ['known@example.com', 'unknown@example.com']) {
      const response = await h.client().json('POST', '/api/auth/password-reset/request', { email });
      answers.push({ status: response.status, body: await response.text(), cookies: response.headers.getSetCookie() });
    }
    expect(answers[0]).toEqual({ status: 202, body: '', cookies: [] });
    expect(answers[1]).toEqual(answers[0]);
    expect(await h.waitForMail('known@example.com', 2)).toContain('/reset-password#token=');
    expect(h.mailer.messages.some((m) => m.to === 'unknown@example.com')).toBe(false);
  });

  it('AUTH11: reset sets the new password, signs out every other session, signs this browser in, and works once', async () => {
    const h = await startAuthHarness();
    const { client: laptop } = await h.signUp('reset@example.com');
    const phone = h.client();
    expect((await phone.json('POST', '/api/auth/signin', { email: 'reset@example.com', password: GOOD_PASSWORD })).status).toBe(200);
    const ended: string[] = [];
    h.app.auth.sessions.onSessionsEnded((e) => ended.push(...e.sessionIds));

    await h.client().json('POST', '/api/auth/password-reset/request', { email: 'reset@example.com' });
    const token = tokenFromMail(await h.waitForMail('reset@example.com', 2));
    const browser = h.client();
    const reset = await browser.json('POST', '/api/auth/password-reset', { token, password: 'a brand new secret' });
    expect(reset.status).toBe(200);
    expect(UserResponse.parse(await reset.json()).user).toMatchObject({ email: 'reset@example.com', emailVerified: true });

    expect((await laptop.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await phone.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await browser.request('GET', '/api/auth/me')).status).toBe(200);
    expect(ended).toHaveLength(2);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'reset@example.com', password: GOOD_PASSWORD })).status).toBe(401);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'reset@example.com', password: 'a brand new secret' })).status).toBe(200);
    // Single use.
    expect((await h.client().json('POST', '/api/auth/password-reset', { token, password: 'yet another secret' })).status).toBe(400);
  });

  it('AUTH11: a reset link expires after one hour and refuses a weak password without using the link', async () => {
    const h = await startAuthHarness();
    await h.signUp('expire@example.com');
    await h.client().json('POST', '/api/auth/password-reset/request', { email: 'expire@example.com' });
    const token = tokenFromMail(await h.waitForMail('expire@example.com', 2));
    expect((await h.client().json('POST', '/api/auth/password-reset', { token, password: 'password123' })).status).toBe(400);
    h.clock.advance(HOUR - 1);
    const weakThenStrong = await h.client().json('POST', '/api/auth/password-reset', { token, password: 'still in time secret' });
    expect(weakThenStrong.status).toBe(200);

    await h.client().json('POST', '/api/auth/password-reset/request', { email: 'expire@example.com' });
    const late = tokenFromMail(await h.waitForMail('expire@example.com', 3));
    h.clock.advance(HOUR);
    expect((await h.client().json('POST', '/api/auth/password-reset', { token: late, password: 'too late secret' })).status).toBe(400);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'expire@example.com', password: 'still in time secret' })).status).toBe(200);
  });
});
