import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startAuthHarness } from '../../test/auth/auth-harness.ts';
import { hashSecretToken } from './secret-token.ts';
import type { SessionsEnded } from './session-events.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function sessionRow(h: Awaited<ReturnType<typeof startAuthHarness>>, id: string) {
  const { rows } = await h.app.db.query('SELECT expires_at, last_refreshed_at, absolute_expires_at FROM sessions WHERE id = $1', [id]);
  return rows[0] ? z.object({ expires_at: z.date(), last_refreshed_at: z.date(), absolute_expires_at: z.date() }).parse(rows[0]) : null;
}

describe('sessions against the database', () => {
  it('AUTH1: the table holds the SHA-256 of the token, never the token; the token validates', async () => {
    const h = await startAuthHarness();
    const { userId } = await h.signUp('a@example.com');
    const { token, session } = await h.app.auth.sessions.createSession(userId);
    expect(session.id).toBe(hashSecretToken(token));
    const { rows } = await h.app.db.query('SELECT id FROM sessions WHERE user_id = $1', [userId]);
    expect(rows.map((r) => r.id)).toContain(hashSecretToken(token));
    expect(rows.map((r) => r.id)).not.toContain(token);
    expect((await h.app.auth.sessions.validateSessionToken(token))?.user.id).toBe(userId);
    // The stored value itself is not a usable token.
    expect(await h.app.auth.sessions.validateSessionToken(session.id)).toBeNull();
    expect(await h.app.auth.sessions.validateSessionToken('not a token')).toBeNull();
  });

  it('AUTH2: expires after 30 days unused; the sliding refresh is written at most once an hour', async () => {
    const h = await startAuthHarness();
    const { userId } = await h.signUp('b@example.com');
    const { token, session } = await h.app.auth.sessions.createSession(userId);
    const refreshTimes = new Set<number>();
    let refreshedAnswers = 0;
    // Used every 5 minutes for 3 hours.
    for (let minute = 0; minute <= 180; minute += 5) {
      const valid = await h.app.auth.sessions.validateSessionToken(token);
      expect(valid).not.toBeNull();
      if (valid?.refreshed) refreshedAnswers++;
      const row = await sessionRow(h, session.id);
      refreshTimes.add(row?.last_refreshed_at.getTime() ?? -1);
      h.clock.advance(5 * 60_000);
    }
    // The creation time plus one write per full hour.
    expect(refreshTimes.size).toBe(4);
    expect(refreshedAnswers).toBe(3);
    const row = await sessionRow(h, session.id);
    expect(row?.expires_at.getTime()).toBe(session.createdAt + 3 * HOUR + 30 * DAY);

    h.clock.advance(30 * DAY);
    expect(await h.app.auth.sessions.validateSessionToken(token)).toBeNull();
    // An expired session is removed when met.
    expect(await sessionRow(h, session.id)).toBeNull();
  });

  it('AUTH3: a session used every day still ends one year after sign-in', async () => {
    const h = await startAuthHarness();
    const { userId } = await h.signUp('c@example.com');
    const { token } = await h.app.auth.sessions.createSession(userId);
    for (let day = 0; day < 365; day += 7) {
      expect(await h.app.auth.sessions.validateSessionToken(token)).not.toBeNull();
      h.clock.advance(7 * DAY);
    }
    expect(await h.app.auth.sessions.validateSessionToken(token)).toBeNull();
  });

  it('AUTH4: invalidating all sessions of a user announces their ids and leaves other users alone', async () => {
    const h = await startAuthHarness();
    const { userId } = await h.signUp('d@example.com');
    const other = await h.signUp('e@example.com');
    const events: SessionsEnded[] = [];
    const stop = h.app.auth.sessions.onSessionsEnded((event) => events.push(event));
    const first = await h.app.auth.sessions.createSession(userId);
    const second = await h.app.auth.sessions.createSession(userId);
    const ended = await h.app.auth.sessions.invalidateUserSessions(userId, 'signout_all');
    stop();
    expect(ended).toEqual(expect.arrayContaining([first.session.id, second.session.id]));
    expect(events).toEqual([{ userId, sessionIds: ended, reason: 'signout_all' }]);
    expect(await h.app.auth.sessions.validateSessionToken(first.token)).toBeNull();
    const { rows } = await h.app.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [other.userId]);
    expect(rows[0]?.n).toBe(1);
  });
});
