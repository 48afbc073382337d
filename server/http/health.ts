import type { Handler } from './router.ts';
import { sendJson } from './respond.ts';

/** Anything that can answer a trivial query. */
export type Pingable = { query(sql: string): Promise<unknown> };

const PING_TIMEOUT_MS = 2_000;

/** `GET /healthz`: 200 `{status:"ok"}` when the database answers within the timeout, 503 otherwise. */
export function healthHandler(db: Pingable): Handler {
  return async (_req, res, ctx) => {
    try {
      await withTimeout(db.query('SELECT 1'), PING_TIMEOUT_MS);
      sendJson(res, 200, { status: 'ok' });
    } catch (error) {
      ctx.log.warn({ err: error }, 'health check: database did not answer');
      sendJson(res, 503, { status: 'unavailable' });
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
