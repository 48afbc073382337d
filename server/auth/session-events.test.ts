import { describe, expect, it } from 'vitest';
import { SessionEvents, type SessionsEnded } from './session-events.ts';

describe('SessionEvents', () => {
  it('AUTH4: listeners hear ended sessions until they unsubscribe; a throwing listener does not stop the others', () => {
    const reported: unknown[] = [];
    const events = new SessionEvents((error) => reported.push(error));
    const heard: SessionsEnded[] = [];
    events.onSessionsEnded(() => {
      throw new Error('broken listener');
    });
    const stop = events.onSessionsEnded((e) => heard.push(e));
    const event: SessionsEnded = { userId: 'u', sessionIds: ['s1'], reason: 'signout' };
    events.emitSessionsEnded(event);
    events.emitSessionsEnded({ userId: 'u', sessionIds: [], reason: 'signout_all' });
    stop();
    events.emitSessionsEnded(event);
    expect(heard).toEqual([event]);
    expect(reported).toHaveLength(2);
  });
});
