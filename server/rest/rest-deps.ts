import type { Clock } from '../auth/clock.ts';
import type { CookiePolicy } from '../auth/session-cookie.ts';
import type { SessionManager } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import type { SiteOrigin } from '../guards/site-origin.ts';
import type { SyncService } from '../sync/create-sync.ts';

/** What the library API (REST, share links, history) needs, created by the composition root. */
export type RestDeps = {
  db: Database;
  /** Writes go into the user's document through a direct connection (SYNC7). */
  sync: Pick<SyncService, 'withDocument'>;
  site: SiteOrigin;
  sessions: SessionManager;
  cookiePolicy: CookiePolicy;
  /** The auth clock: share-link expiry and the 30-day windows are measured with it (tests move it). */
  clock: Clock;
};
