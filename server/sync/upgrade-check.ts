/** The WebSocket path, fixed by the contract (DESIGN.md, Contracts). */
export const SYNC_PATH = '/sync';

export type UpgradeVerdict = { ok: true } | { ok: false; status: 400 | 403 | 404 | 503 };

/**
 * Whether an HTTP upgrade may become a sync WebSocket (SYNC1): GET on exactly `/sync` (a query
 * string is allowed, another path is not), an `Origin` that is our own, and a server that is not
 * shutting down. Decided before the 101 answer, so a refused upgrade never reaches Hocuspocus.
 */
export function judgeUpgrade(
  request: { method: string | undefined; url: string | undefined; origin: string | undefined },
  isOwnOrigin: (origin: string) => boolean,
  accepting: boolean,
): UpgradeVerdict {
  let path: string;
  try {
    path = new URL(request.url ?? '', 'http://localhost').pathname;
  } catch {
    return { ok: false, status: 400 };
  }
  if (path !== SYNC_PATH) return { ok: false, status: 404 };
  if (request.method !== 'GET') return { ok: false, status: 400 };
  if (request.origin === undefined || !isOwnOrigin(request.origin)) return { ok: false, status: 403 };
  if (!accepting) return { ok: false, status: 503 };
  return { ok: true };
}
