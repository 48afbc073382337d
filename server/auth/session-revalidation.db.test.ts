import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startAuthHarness } from '../../test/auth/auth-harness.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('revalidating many sessions at once', () => {
  it('AUTH2: valid sessions come back, their expiry slides at most once an hour; expired and unknown ones do not', async () => {
    const h = await startAuthHarness();
    const { userId } = await h.signUp('many@example.com');
    const sessions = h.app.auth.sessions;
    const kept = await sessions.createSession(userId);
    const other = await sessions.createSession(userId);
    const ended = await sessions.createSession(userId);
    await sessions.invalidateSession(ended.session);
    const expiryOf = async (id: string) => {
      const { rows } = await h.app.db.query('SELECT expires_at FROM sessions WHERE id = $1', [id]);
      return rows[0] ? z.object({ expires_at: z.date() }).parse(rows[0]).expires_at.getTime() : null;
    };
    const ids = [kept.session.id, other.session.id, ended.session.id, 'f'.repeat(64)];

    expect(await sessions.revalidateSessions(ids)).toEqual(new Set([kept.session.id, other.session.id]));
    const created = await expiryOf(kept.session.id);
    h.clock.advance(30 * 60_000);
    await sessions.revalidateSessions(ids);
    expect(await expiryOf(kept.session.id)).toBe(created);
    h.clock.advance(HOUR);
    await sessions.revalidateSessions(ids);
    expect(await expiryOf(kept.session.id)).toBe(h.clock() + 30 * DAY);
    expect(await expiryOf(other.session.id)).toBe(h.clock() + 30 * DAY);

    // Past 30 days without use: gone, and deleted like validateSessionToken deletes it.
    h.clock.advance(31 * DAY);
    expect(await sessions.revalidateSessions(ids)).toEqual(new Set());
    expect(await expiryOf(kept.session.id)).toBeNull();
    expect(await sessions.revalidateSessions([])).toEqual(new Set());
  });
});
