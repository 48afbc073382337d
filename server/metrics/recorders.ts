/**
 * The small functions the parts of the server call to report what they measure. The parts depend
 * only on these types; server/metrics/ implements them with prom-client, and `noopRecorders` lets a
 * part run without metrics.
 */

/** The HTTP server: one call per answered request, labelled by route pattern (never the raw path). */
export type HttpRecorder = {
  requestFinished(sample: { method: string; route: string; status: number; seconds: number }): void;
};

/** Any rate limit (auth routes, sync connections): one call per refused attempt. */
export type RateLimitRecorder = {
  rejected(limit: string): void;
};

/** Live figures of the sync layer, read at every scrape. */
export type SyncGaugeSource = {
  openConnections(): number;
  loadedDocuments(): number;
  /** Bytes of the loaded documents' state (an estimate is fine: the encoded size at load plus updates since). */
  documentBytes(): number;
};

/** The sync layer (server/sync). */
export type SyncRecorder = {
  /** Registers where the gauges read from; a later call replaces the source. */
  observe(source: SyncGaugeSource): void;
  /** From receiving an update to acknowledging it, i.e. after its COMMIT. */
  acknowledged(seconds: number): void;
  /** One compaction run; `ok: false` when it threw. */
  compaction(sample: { seconds: number; ok: boolean }): void;
  /** A store (append) that failed and will be retried. */
  storeFailed(): void;
  /** A connection refused at authentication (no session, someone else's document, bad origin…). */
  authRefused(reason: string): void;
};

export type Recorders = { http: HttpRecorder; rateLimit: RateLimitRecorder; sync: SyncRecorder };

/** Recorders that drop everything. */
export const noopRecorders: Recorders = {
  http: { requestFinished() {} },
  rateLimit: { rejected() {} },
  sync: { observe() {}, acknowledged() {}, compaction() {}, storeFailed() {}, authRefused() {} },
};
