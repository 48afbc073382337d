import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { parsePrometheusText, sampleValue } from '../../test/metrics/prometheus-text.ts';
import { syncMetrics } from './sync-metrics.ts';

describe('sync metrics', () => {
  it('OPS8: gauges read the observed source at each scrape; latencies, failures and refusals are recorded', async () => {
    const registry = new Registry();
    const sync = syncMetrics(registry);
    const scrape = async () => parsePrometheusText(await registry.metrics());

    expect(sampleValue(await scrape(), 'metmap_sync_open_connections')).toBe(0);
    let connections = 3;
    sync.observe({ openConnections: () => connections, loadedDocuments: () => 2, documentBytes: () => 12_345 });
    expect(sampleValue(await scrape(), 'metmap_sync_open_connections')).toBe(3);
    connections = 1;

    sync.acknowledged(0.004);
    sync.acknowledged(0.2);
    sync.compaction({ seconds: 0.03, ok: true });
    sync.compaction({ seconds: 1.5, ok: false });
    sync.storeFailed();
    sync.authRefused('no_session');

    const samples = await scrape();
    expect(sampleValue(samples, 'metmap_sync_open_connections')).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_loaded_documents')).toBe(2);
    expect(sampleValue(samples, 'metmap_sync_document_bytes')).toBe(12_345);
    expect(sampleValue(samples, 'metmap_sync_ack_latency_seconds_count')).toBe(2);
    expect(sampleValue(samples, 'metmap_sync_ack_latency_seconds_bucket', { le: '0.005' })).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_compaction_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_compaction_duration_seconds_count', { outcome: 'failed' })).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_compaction_failures_total')).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_store_failures_total')).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_auth_refused_total', { reason: 'no_session' })).toBe(1);
  });
});
