import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { createSong, libraryDocName } from '../../shared/library/index.ts';
import { logMailer } from '../../server/auth/mail/log-mailer.ts';
import { memoryMailer } from '../../server/auth/mail/memory-mailer.ts';
import type { Mailer } from '../../server/auth/mail/mailer.ts';
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startMetMap } from '../../server/start-metmap.ts';
import { tokenFromMail } from '../auth/auth-harness.ts';
import { cookieClient } from '../auth/cookie-client.ts';
import { createTestDatabase } from '../db.ts';
import { openDevice, waitUntil } from '../sync/sync-client.ts';
import { FAST_SYNC } from '../sync/sync-harness.ts';

// A production-like server (https PUBLIC_URL, no SMTP: mail goes to the production log mailer, which a
// memory mailer also reads so the test knows the links) whose every log line, down to trace, is kept.
const SITE = 'https://metmap.example';
const EMAIL = 'logs@example.com';
const PASSWORDS = { first: 'first secret passphrase 1', wrong: 'wrong secret passphrase 2', reset: 'reset secret passphrase 3' };

describe('logs', () => {
  it('OPS9, OPS10: one JSON line per request and sync event with a request id; no password, token, cookie or email body', async () => {
    const lines: string[] = [];
    const log = createLogger('trace', { write: (line: string) => void lines.push(line) });
    const testDb = await createTestDatabase();
    const memory = memoryMailer();
    const production = logMailer(log, { includeBody: false });
    const mailer: Mailer = {
      send: async (message) => {
        await memory.send(message);
        await production.send(message);
      },
      close: async () => {},
    };
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', CLIENT_DIR: 'does-not-exist', PUBLIC_URL: SITE });
    const app = await startMetMap({ config, log, db: testDb.db, authHooks: { mailer }, syncOptions: FAST_SYNC });
    onTestFinished(async () => {
      await app.close();
      await testDb.cleanup();
    });
    const mailTo = async (count: number) => {
      await waitUntil(() => memory.messages.filter((m) => m.to === EMAIL).length >= count, `mail #${count}`);
      return memory.messages.filter((m) => m.to === EMAIL)[count - 1]?.text ?? '';
    };

    // Sign up (a verification mail), sign in wrong and right, verify the address, ask for a reset and use it.
    const browser = cookieClient(app.url, SITE);
    expect((await browser.json('POST', '/api/auth/signup', { email: EMAIL, password: PASSWORDS.first })).status).toBe(201);
    const signUpCookies = [...browser.cookies.values()];
    const verifyMail = await mailTo(1);
    const other = cookieClient(app.url, SITE);
    expect((await other.json('POST', '/api/auth/signin', { email: EMAIL, password: PASSWORDS.wrong })).status).toBe(401);
    expect((await other.json('POST', '/api/auth/signin', { email: EMAIL, password: PASSWORDS.first })).status).toBe(200);
    expect((await other.json('POST', '/api/auth/verify-email', { token: tokenFromMail(verifyMail) })).status).toBe(200);
    expect((await other.json('POST', '/api/auth/password-reset/request', { email: EMAIL })).status).toBe(202);
    const resetMail = await mailTo(2);
    const resetter = cookieClient(app.url, SITE);
    expect((await resetter.json('POST', '/api/auth/password-reset', { token: tokenFromMail(resetMail), password: PASSWORDS.reset })).status).toBe(200);
    const me = await resetter.request('GET', '/api/auth/me');
    const { user } = (await me.json()) as { user: { id: string } };

    // Sync: connect with the session cookie, store an edit, be refused without a session, disconnect.
    const cookie = resetter.cookieHeader();
    const device = openDevice({ url: app.url, origin: SITE, name: libraryDocName(user.id), cookie });
    onTestFinished(() => device.destroy());
    await device.synced();
    createSong(device.doc, { title: 'Giant Steps' });
    await device.saved();
    const stranger = openDevice({ url: app.url, origin: SITE, name: libraryDocName(user.id) });
    onTestFinished(() => stranger.destroy());
    await waitUntil(() => stranger.denied.length > 0, 'the stranger is refused');
    const refusedStatus = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${app.url.replace(/^http/, 'ws')}/sync`, { headers: { origin: 'https://evil.example', cookie } });
      ws.on('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('open', () => reject(new Error('a foreign origin was let in')));
      ws.on('error', reject);
    });
    expect(refusedStatus).toBe(403);
    device.destroy();
    stranger.destroy();
    await waitUntil(() => app.sync.stats().sockets === 0, 'sockets closed');
    await app.close();

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const messages = records.map((r) => r.msg);
    // OPS9: every answered request and every sync event is one line carrying a request id.
    const requests = records.filter((r) => r.msg === 'request');
    expect(requests).toHaveLength(7);
    for (const record of requests) expect(record).toMatchObject({ reqId: expect.any(String), route: expect.any(String), status: expect.any(Number) });
    for (const event of ['sync: socket opened', 'sync: document opened', 'sync: update stored', 'sync: document refused', 'sync: upgrade refused', 'sync: socket closed']) {
      expect(messages, event).toContain(event);
      for (const record of records.filter((r) => r.msg === event)) expect(record.reqId, event).toEqual(expect.any(String));
    }
    expect(messages).toContain('email not sent: SMTP_URL is not set');

    // OPS10: none of the secrets this flow handled appears anywhere in the log.
    const cookieValues = [...signUpCookies, ...other.cookies.values(), ...resetter.cookies.values()];
    const secrets = {
      ...PASSWORDS,
      ...Object.fromEntries(cookieValues.map((value, i) => [`cookie ${i}`, value])),
      'verify token': tokenFromMail(verifyMail),
      'reset token': tokenFromMail(resetMail),
      'verify mail body': verifyMail,
      'reset mail body': resetMail,
      'verify link': /https:\S+/.exec(verifyMail)?.[0] ?? 'missing link',
      'reset link': /https:\S+/.exec(resetMail)?.[0] ?? 'missing link',
    };
    expect(cookieValues.length).toBeGreaterThanOrEqual(3);
    const text = lines.join('');
    for (const [what, secret] of Object.entries(secrets)) {
      expect(secret.length, what).toBeGreaterThanOrEqual(16);
      expect(text.includes(secret), `${what} appears in the log`).toBe(false);
    }
    expect(text).not.toMatch(/\$argon2id\$/);
  });
});
