import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, startAuthHarness } from '../../test/auth/auth-harness.ts';
import { parsePrometheusText, sampleValue } from '../../test/metrics/prometheus-text.ts';

const TOKEN = 'metrics-token-0123456789abcdef';

describe('GET /metrics', () => {
  it('OPS5: answers the Prometheus text format with every MetMap metric family', async () => {
    const { app } = await startAuthHarness();
    const response = await fetch(`${app.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const family of [
      'metmap_http_request_duration_seconds',
      'metmap_rate_limit_rejections_total',
      'metmap_sync_open_connections',
      'metmap_sync_loaded_documents',
      'metmap_sync_document_bytes',
      'metmap_sync_ack_latency_seconds',
      'metmap_sync_compaction_duration_seconds',
      'metmap_sync_compaction_failures_total',
    ]) {
      expect(text, family).toMatch(new RegExp(`^# TYPE ${family} `, 'm'));
    }
    expect(() => parsePrometheusText(text)).not.toThrow();
  });

  it('OPS5: with METRICS_TOKEN, only the right bearer token reads the metrics', async () => {
    const { app } = await startAuthHarness({ config: { metricsToken: TOKEN } });
    const get = (authorization?: string) => fetch(`${app.url}/metrics`, { headers: authorization ? { authorization } : {} });

    const missing = await get();
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await missing.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect((await get(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await get(`Bearer ${TOKEN.slice(0, -1)}`)).status).toBe(401);
    expect((await get(`Basic ${TOKEN}`)).status).toBe(401);
    const ok = await get(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^# TYPE metmap_http_request_duration_seconds histogram$/m);
  });

  it('OPS6: HTTP latency is labelled by route pattern and status, never by the raw path', async () => {
    const { app, client } = await startAuthHarness();
    const c = client();
    await c.request('GET', '/api/auth/me');
    await c.request('GET', '/api/auth/me');
    await c.request('GET', '/api/no-such-thing/1234?token=abc');
    await c.request('DELETE', '/healthz');
    await c.request('GET', '/some/client/route');

    const samples = parsePrometheusText(await (await fetch(`${app.url}/metrics`)).text());
    const count = (labels: Record<string, string>) => sampleValue(samples, 'metmap_http_request_duration_seconds_count', labels);
    expect(count({ method: 'GET', route: '/api/auth/me', status: '401' })).toBe(2);
    expect(count({ method: 'GET', route: '(not found)', status: '404' })).toBe(1);
    expect(count({ method: 'DELETE', route: '(wrong method)', status: '405' })).toBe(1);
    // CLIENT_DIR does not exist in the harness, so the static client answers 503.
    expect(count({ method: 'GET', route: '(static)', status: '503' })).toBe(1);
    const routes = new Set(samples.filter((s) => s.name.startsWith('metmap_http_')).map((s) => s.labels.route));
    expect([...routes].filter((route) => route?.includes('1234') || route?.includes('client'))).toEqual([]);
  });

  it('OPS7: every attempt a rate limit refuses is counted under the limit name', async () => {
    const { app, client, signUp } = await startAuthHarness({ ratePolicies: { signInPerAccount: { capacity: 1, refillIntervalMs: 60_000 } } });
    await signUp('limits@example.com');
    const c = client();
    for (let i = 0; i < 3; i++) await c.json('POST', '/api/auth/signin', { email: 'limits@example.com', password: GOOD_PASSWORD });

    const samples = parsePrometheusText(await (await fetch(`${app.url}/metrics`)).text());
    expect(sampleValue(samples, 'metmap_rate_limit_rejections_total', { limit: 'signInPerAccount' })).toBe(2);
    expect(sampleValue(samples, 'metmap_http_request_duration_seconds_count', { route: '/api/auth/signin', status: '429' })).toBe(2);
  });
});
