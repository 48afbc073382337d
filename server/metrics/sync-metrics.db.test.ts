import { describe, expect, it } from 'vitest';
import { createSong, libraryDocName } from '../../shared/library/index.ts';
import { parsePrometheusText, sampleValue } from '../../test/metrics/prometheus-text.ts';
import { waitUntil } from '../../test/sync/sync-client.ts';
import { startSyncHarness } from '../../test/sync/sync-harness.ts';

// Compact after every append, so one edit also exercises the compaction metrics.
const EAGER_COMPACTION = { snapshotBytesPerUpdate: 512, minUpdates: 1, maxUpdates: 1, minLogBytes: 1, unloadMinUpdates: 1 };

describe('sync metrics from a real server', () => {
  it('OPS8: connections, loaded documents, their bytes, acknowledgement and compaction latency, and refusals', async () => {
    const h = await startSyncHarness({ syncOptions: { compaction: EAGER_COMPACTION } });
    const scrape = async () => parsePrometheusText(await (await fetch(`${h.app.url}/metrics`)).text());
    const user = await h.createUser();
    const device = h.device(user, libraryDocName(user.userId));
    await device.synced();
    createSong(device.doc, { title: 'So What' });
    await device.saved();

    let samples = await scrape();
    expect(sampleValue(samples, 'metmap_sync_open_connections')).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_loaded_documents')).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_document_bytes')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'metmap_sync_ack_latency_seconds_count')).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 200; i++) {
      samples = await scrape();
      if ((sampleValue(samples, 'metmap_sync_compaction_duration_seconds_count', { outcome: 'ok' }) ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(sampleValue(samples, 'metmap_sync_compaction_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'metmap_sync_compaction_failures_total')).toBe(0);

    const stranger = h.device(null, libraryDocName(user.userId));
    await waitUntil(() => stranger.denied.length > 0, 'the unauthenticated device is refused');
    const other = await h.createUser();
    const nosy = h.device(other, libraryDocName(user.userId));
    await waitUntil(() => nosy.denied.length > 0, "another user's device is refused");
    samples = await scrape();
    expect(sampleValue(samples, 'metmap_sync_auth_refused_total', { reason: 'unauthorized' })).toBe(1);
    expect(sampleValue(samples, 'metmap_sync_auth_refused_total', { reason: 'forbidden' })).toBe(1);

    device.destroy();
    await waitUntil(() => h.app.sync.stats().documents === 0, 'the document unloads');
    samples = await scrape();
    expect(sampleValue(samples, 'metmap_sync_loaded_documents')).toBe(0);
    expect(sampleValue(samples, 'metmap_sync_document_bytes')).toBe(0);
  });
});
