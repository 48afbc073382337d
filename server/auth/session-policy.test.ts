import { describe, expect, it } from 'vitest';
import {
  judgeSession,
  newSessionTimes,
  SESSION_ABSOLUTE_MS,
  SESSION_INACTIVITY_MS,
  SESSION_REFRESH_STEP_MS,
} from './session-policy.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = Date.UTC(2026, 0, 1);

describe('session policy', () => {
  it('AUTH2: a new session expires after 30 days of inactivity, and after a year at most', () => {
    expect(newSessionTimes(t0)).toEqual({ expiresAt: t0 + 30 * DAY, absoluteExpiresAt: t0 + 365 * DAY });
    expect(SESSION_INACTIVITY_MS).toBe(30 * DAY);
    expect(SESSION_ABSOLUTE_MS).toBe(365 * DAY);
  });

  it('AUTH2: unused for 30 days the session is expired; one millisecond earlier it is not', () => {
    const s = newSessionTimes(t0);
    expect(judgeSession(s, t0 + 30 * DAY).kind).toBe('expired');
    expect(judgeSession(s, t0 + 30 * DAY - 1).kind).not.toBe('expired');
  });

  it('AUTH2: the sliding expiry is written at most once an hour', () => {
    let s = newSessionTimes(t0);
    let writes = 0;
    // Used every minute for ten hours.
    for (let now = t0; now <= t0 + 10 * HOUR; now += 60_000) {
      const verdict = judgeSession(s, now);
      expect(verdict.kind).not.toBe('expired');
      if (verdict.kind === 'refresh') {
        writes++;
        expect(verdict.expiresAt).toBe(now + SESSION_INACTIVITY_MS);
        s = { ...s, expiresAt: verdict.expiresAt };
      }
    }
    expect(writes).toBe(10);
    expect(SESSION_REFRESH_STEP_MS).toBe(HOUR);
  });

  it('AUTH2: a session used every 29 days lives on past 30 days', () => {
    let s = newSessionTimes(t0);
    for (let k = 1; k <= 5; k++) {
      const verdict = judgeSession(s, t0 + k * 29 * DAY);
      expect(verdict.kind).toBe('refresh');
      if (verdict.kind === 'refresh') s = { ...s, expiresAt: verdict.expiresAt };
    }
    expect(s.expiresAt).toBe(t0 + 5 * 29 * DAY + 30 * DAY);
  });

  it('AUTH3: the expiry never slides past one year after sign-in, and then the session ends', () => {
    let s = newSessionTimes(t0);
    for (let now = t0; now < t0 + 365 * DAY; now += 10 * DAY) {
      const verdict = judgeSession(s, now);
      expect(verdict.kind).not.toBe('expired');
      if (verdict.kind === 'refresh') {
        expect(verdict.expiresAt).toBeLessThanOrEqual(s.absoluteExpiresAt);
        s = { ...s, expiresAt: verdict.expiresAt };
      }
    }
    expect(s.expiresAt).toBe(t0 + 365 * DAY);
    expect(judgeSession(s, t0 + 365 * DAY).kind).toBe('expired');
  });
});
