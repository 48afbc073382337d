import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AccountResponse } from '../../shared/auth/account-api.ts';
import { GOOD_PASSWORD, startAuthHarness, type AuthHarness } from '../../test/auth/auth-harness.ts';
import { hashSecretToken } from '../auth/secret-token.ts';
import { findUserTables, selectUserRows } from './user-tables.ts';

const MINUTE = 60_000;

/** Gives a user a row in every table 0001 and 0003 define for user data (documents included). */
async function seedUserData(h: AuthHarness, userId: string): Promise<void> {
  const db = h.app.db;
  const doc = `library:${userId}`;
  await db.query('INSERT INTO yjs_documents (name, user_id) VALUES ($1, $2)', [doc, userId]);
  await db.query('INSERT INTO yjs_updates (doc_name, update) VALUES ($1, $2), ($1, $3)', [doc, new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])]);
  await db.query("INSERT INTO yjs_snapshots (doc_name, kind, seq, state, state_vector) VALUES ($1, 'compacted', 0, $2, $3)", [
    doc,
    new Uint8Array([9, 9, 9]),
    new Uint8Array([0]),
  ]);
  await db.query("INSERT INTO oauth_accounts (provider, provider_user_id, user_id) VALUES ('github', $1, $2)", [`gh-${userId}`, userId]);
  await db.query('INSERT INTO share_links (token_hash, user_id, song_id) VALUES ($1, $2, gen_random_uuid())', [hashSecretToken(userId), userId]);
}

const SEEDED_TABLES = ['users', 'sessions', 'oauth_accounts', 'yjs_documents', 'yjs_updates', 'yjs_snapshots', 'share_links'];

const Count = z.object({ n: z.number() });

async function rowsOwnedBy(h: AuthHarness, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const { rows } = await h.app.db.query('SELECT count(*)::int AS n FROM users WHERE id = $1', [userId]);
  counts.users = Count.parse(rows[0]).n;
  for (const table of await findUserTables(h.app.db)) counts[table.table] = (await selectUserRows(h.app.db, table, userId)).length;
  return counts;
}

describe('/api/account', () => {
  it('AUTH12: shows the account with its providers, and renames it', async () => {
    const h = await startAuthHarness();
    const { client, userId } = await h.signUp('acct@example.com', GOOD_PASSWORD, 'Old');
    await h.app.db.query("INSERT INTO oauth_accounts (provider, provider_user_id, user_id) VALUES ('google', 'g-9', $1)", [userId]);
    const account = AccountResponse.parse(await (await client.request('GET', '/api/account')).json());
    expect(account).toMatchObject({ user: { id: userId, name: 'Old' }, hasPassword: true, providers: [{ provider: 'google' }] });

    const renamed = await client.json('PATCH', '/api/account', { name: '  New Name ' });
    expect(await renamed.json()).toMatchObject({ user: { name: 'New Name' } });
    const cleared = await client.json('PATCH', '/api/account', { name: '' });
    expect(await cleared.json()).toMatchObject({ user: { name: null } });
    expect((await h.client().request('GET', '/api/account')).status).toBe(401);
  });

  it('AUTH12: changing the password needs the current one and signs out the other sessions', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('change@example.com');
    const other = h.client();
    await other.json('POST', '/api/auth/signin', { email: 'change@example.com', password: GOOD_PASSWORD });

    expect((await client.json('POST', '/api/account/password', { newPassword: 'my next passphrase' })).status).toBe(400);
    expect((await client.json('POST', '/api/account/password', { currentPassword: 'not it at all', newPassword: 'my next passphrase' })).status).toBe(403);
    expect((await client.json('POST', '/api/account/password', { currentPassword: GOOD_PASSWORD, newPassword: 'qwerty123' })).status).toBe(400);
    expect((await client.json('POST', '/api/account/password', { currentPassword: GOOD_PASSWORD, newPassword: 'my next passphrase' })).status).toBe(204);

    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await other.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'change@example.com', password: 'my next passphrase' })).status).toBe(200);
  });

  it('AUTH12: an OAuth-only account may set a first password only within 10 minutes of signing in', async () => {
    const h = await startAuthHarness();
    const { client, userId } = await h.signUp('oauthy@example.com');
    await h.app.db.query('UPDATE users SET password_hash = NULL WHERE id = $1', [userId]);
    h.clock.advance(11 * MINUTE);
    expect((await client.json('POST', '/api/account/password', { newPassword: 'first real password' })).status).toBe(403);
    const { token, session } = await h.app.auth.sessions.createSession(userId);
    client.cookies.set('metmap_session', token);
    expect(session.createdAt).toBe(h.clock());
    expect((await client.json('POST', '/api/account/password', { newPassword: 'first real password' })).status).toBe(204);
  });

  it('AUTH12: deleting needs the password or a sign-in within 10 minutes', async () => {
    const h = await startAuthHarness();
    const { client } = await h.signUp('careful@example.com');
    h.clock.advance(11 * MINUTE);
    const stale = await client.json('DELETE', '/api/account', {});
    expect(stale.status).toBe(403);
    expect((await client.json('DELETE', '/api/account', { password: 'wrong password!' })).status).toBe(403);
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);

    const fresh = h.client();
    await fresh.json('POST', '/api/auth/signin', { email: 'careful@example.com', password: GOOD_PASSWORD });
    h.clock.advance(9 * MINUTE);
    expect((await fresh.json('DELETE', '/api/account', {})).status).toBe(204);
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('AUTH12: deleting removes every row of that user, in every user table, and no one else’s', async () => {
    const h = await startAuthHarness();
    const { client, userId } = await h.signUp('leaving@example.com');
    const stay = await h.signUp('staying@example.com');
    await seedUserData(h, userId);
    await seedUserData(h, stay.userId);
    await h.client().json('POST', '/api/auth/password-reset/request', { email: 'leaving@example.com' });
    await h.waitForMail('leaving@example.com', 2);
    const before = await rowsOwnedBy(h, userId);
    for (const table of [...SEEDED_TABLES, 'email_tokens']) expect(before[table], table).toBeGreaterThan(0);
    const othersBefore = await rowsOwnedBy(h, stay.userId);
    const ended: string[] = [];
    h.app.auth.sessions.onSessionsEnded((e) => {
      if (e.reason === 'account_deleted') ended.push(e.userId);
    });

    const response = await client.json('DELETE', '/api/account', { password: GOOD_PASSWORD });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^metmap_session=;/);
    const after = await rowsOwnedBy(h, userId);
    expect(Object.values(after).every((n) => n === 0), JSON.stringify(after)).toBe(true);
    const { rows } = await h.app.db.query('SELECT count(*)::int AS n FROM yjs_updates WHERE doc_name = $1', [`library:${userId}`]);
    expect(Count.parse(rows[0]).n).toBe(0);
    expect(await rowsOwnedBy(h, stay.userId)).toEqual(othersBefore);
    expect(ended).toEqual([userId]);
  });

  it('AUTH12: the export holds every row of every user table, bytes as base64, and no secrets', async () => {
    const h = await startAuthHarness();
    const { client, userId } = await h.signUp('export@example.com', GOOD_PASSWORD, 'Ex');
    await seedUserData(h, userId);
    await h.signUp('someone.else@example.com');
    const response = await client.request('GET', '/api/account/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="metmap-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await response.text();
    const exported = z
      .object({ format: z.literal('metmap-export/1'), userId: z.string(), tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) })
      .parse(JSON.parse(text));
    expect(exported.userId).toBe(userId);

    const counts = await rowsOwnedBy(h, userId);
    for (const [table, n] of Object.entries(counts)) expect(exported.tables[table], table).toHaveLength(n);
    for (const table of SEEDED_TABLES) expect(counts[table], table).toBeGreaterThan(0);
    expect(exported.tables.users?.[0]).toMatchObject({ id: userId, email: 'export@example.com', name: 'Ex' });
    const updates = (exported.tables.yjs_updates ?? []).map((row) => row.update);
    expect(updates).toEqual(expect.arrayContaining([Buffer.from([1, 2, 3]).toString('base64'), Buffer.from([4, 5]).toString('base64')]));
    expect(exported.tables.yjs_snapshots?.[0]?.state).toBe(Buffer.from([9, 9, 9]).toString('base64'));
    // No password hash, no token hashes, no session ids (which are token hashes), nobody else's data.
    expect(text).not.toMatch(/argon2|password_hash|token_hash/);
    const { rows } = await h.app.db.query('SELECT id FROM sessions WHERE user_id = $1', [userId]);
    for (const row of rows) expect(text).not.toContain(String(row.id));
    expect(text).not.toContain('someone.else@example.com');
  });
});
