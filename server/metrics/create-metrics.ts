import { collectDefaultMetrics, Registry } from 'prom-client';
import { httpMetrics } from './http-metrics.ts';
import { rateLimitMetrics } from './rate-limit-metrics.ts';
import type { Recorders } from './recorders.ts';
import { syncMetrics } from './sync-metrics.ts';

/** One registry and the recorders that write into it. */
export type Metrics = Recorders & { registry: Registry };

/**
 * Creates the registry of one server. `processMetrics` adds prom-client's process and Node.js
 * metrics (CPU, memory, event-loop delay); only the process entry asks for them, because each call
 * starts an event-loop monitor that tests starting many servers would pile up.
 */
export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return { registry, http: httpMetrics(registry), rateLimit: rateLimitMetrics(registry), sync: syncMetrics(registry) };
}
