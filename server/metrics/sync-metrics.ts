import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { SyncGaugeSource, SyncRecorder } from './recorders.ts';

const NO_SOURCE: SyncGaugeSource = { openConnections: () => 0, loadedDocuments: () => 0, documentBytes: () => 0 };

/** Connections, loaded documents and their bytes (read at scrape), acknowledgement and compaction latency, failures. */
export function syncMetrics(registry: Registry): SyncRecorder {
  let source = NO_SOURCE;
  const registers = [registry];
  const liveGauge = (name: string, help: string, read: (s: SyncGaugeSource) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read(source));
      },
    });
  liveGauge('metmap_sync_open_connections', 'Open /sync WebSocket connections.', (s) => s.openConnections());
  liveGauge('metmap_sync_loaded_documents', 'Yjs documents loaded in memory.', (s) => s.loadedDocuments());
  liveGauge('metmap_sync_document_bytes', 'Bytes of the loaded Yjs documents (encoded state, estimated).', (s) => s.documentBytes());

  const ackLatency = new Histogram({
    name: 'metmap_sync_ack_latency_seconds',
    help: 'From receiving a sync update to acknowledging it after its COMMIT.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const compactionDuration = new Histogram({
    name: 'metmap_sync_compaction_duration_seconds',
    help: 'Duration of a compaction run (folding the update log into a snapshot), by outcome.',
    labelNames: ['outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const compactionFailures = new Counter({ name: 'metmap_sync_compaction_failures_total', help: 'Compaction runs that failed.', registers });
  const storeFailures = new Counter({ name: 'metmap_sync_store_failures_total', help: 'Stores of sync updates that failed (retried).', registers });
  const authRefusals = new Counter({
    name: 'metmap_sync_auth_refused_total',
    help: 'Sync connections refused at authentication, by reason.',
    labelNames: ['reason'] as const,
    registers,
  });

  return {
    observe(next) {
      source = next;
    },
    acknowledged: (seconds) => ackLatency.observe(seconds),
    compaction({ seconds, ok }) {
      compactionDuration.observe({ outcome: ok ? 'ok' : 'failed' }, seconds);
      if (!ok) compactionFailures.inc();
    },
    storeFailed: () => storeFailures.inc(),
    authRefused: (reason) => authRefusals.inc({ reason }),
  };
}
