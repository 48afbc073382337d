import { Counter, type Registry } from 'prom-client';
import type { RateLimitRecorder } from './recorders.ts';

/** `metmap_rate_limit_rejections_total{limit}`. */
export function rateLimitMetrics(registry: Registry): RateLimitRecorder {
  const rejections = new Counter({
    name: 'metmap_rate_limit_rejections_total',
    help: 'Attempts refused by a rate limit, by limit.',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  return { rejected: (limit) => rejections.inc({ limit }) };
}
