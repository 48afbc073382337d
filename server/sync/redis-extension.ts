import { Redis as RedisExtension } from '@hocuspocus/extension-redis';

/**
 * The Redis extension for a REDIS_URL (SYNC15). The extension brings its own ioredis, so it gets
 * host, port and options rather than one of our clients.
 */
export function redisExtension(redisUrl: string, prefix = 'metmap-sync'): RedisExtension {
  const url = new URL(redisUrl);
  const db = Number(url.pathname.slice(1) || '0');
  return new RedisExtension({
    host: url.hostname,
    port: Number(url.port || '6379'),
    prefix,
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(Number.isInteger(db) ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      maxRetriesPerRequest: 3,
    },
  });
}
