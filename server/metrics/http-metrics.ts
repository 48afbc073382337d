import { Histogram, type Registry } from 'prom-client';
import type { HttpRecorder } from './recorders.ts';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** `metmap_http_request_duration_seconds{method, route, status}`; route is the router's pattern. */
export function httpMetrics(registry: Registry): HttpRecorder {
  const duration = new Histogram({
    name: 'metmap_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its answer, by route pattern.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    requestFinished({ method, route, status, seconds }) {
      // Labels come from a fixed set so that odd requests cannot grow the number of series.
      duration.observe({ method: KNOWN_METHODS.has(method) ? method : 'OTHER', route, status: String(status) }, seconds);
    },
  };
}
