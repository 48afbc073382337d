import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { SESSION_END_REASONS, type SessionsEnded } from '../auth/session-events.ts';
import type { Logger } from '../logger.ts';

const CHANNEL = 'metmap:sessions-ended';

const RelayedSchema = z.object({
  from: z.string().max(64),
  userId: z.string().max(64),
  sessionIds: z.array(z.string().max(128)).max(100_000),
  reason: z.enum(SESSION_END_REASONS),
});

/** Ended sessions shared between instances through Redis pub/sub (SYNC13). */
export type SessionRelay = {
  /** Tells the other instances about sessions this one ended. */
  publish(event: SessionsEnded): void;
  /** Calls `listener` with the sessions another instance ended. */
  onRemote(listener: (event: SessionsEnded) => void): void;
  close(): Promise<void>;
};

/**
 * One publishing and one subscribed connection (a subscribed ioredis client can do nothing else).
 * A message that does not parse is dropped and logged; one from this instance is ignored. When
 * Redis is down, the 30 s re-validation still closes the sockets.
 */
export function createSessionRelay(redisUrl: string, log: Logger): SessionRelay {
  const self = randomUUID();
  const options = { maxRetriesPerRequest: 3 };
  const pub = new Redis(redisUrl, options);
  const sub = new Redis(redisUrl, options);
  for (const client of [pub, sub]) client.on('error', (error: unknown) => log.warn({ err: error }, 'session relay: Redis error'));
  const listeners = new Set<(event: SessionsEnded) => void>();
  sub.subscribe(CHANNEL).catch((error: unknown) => log.error({ err: error }, 'session relay: subscribe failed'));
  sub.on('message', (channel: string, text: string) => {
    if (channel !== CHANNEL) return;
    let parsed;
    try {
      parsed = RelayedSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) return log.warn({ bytes: text.length }, 'session relay: malformed message dropped');
    const { from, ...event } = parsed.data;
    if (from === self) return;
    for (const listener of listeners) listener(event);
  });
  return {
    publish(event) {
      const message = JSON.stringify({ from: self, userId: event.userId, sessionIds: event.sessionIds, reason: event.reason });
      pub.publish(CHANNEL, message).catch((error: unknown) => log.warn({ err: error }, 'session relay: publish failed; other instances re-check within 30 s'));
    },
    onRemote: (listener) => void listeners.add(listener),
    async close() {
      listeners.clear();
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}
