// Reading the server's GET /metrics text: plain gauges, and a histogram's quantile between two scrapes.

/** The first sample of every metric, by name (labels ignored). */
export function sampleValues(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{[^}]*\})? (\S+)$/.exec(line);
    if (match?.[1] && match[2] && !values.has(match[1])) values.set(match[1], Number(match[2]));
  }
  return values;
}

/** Cumulative bucket counts of histogram `name`, by upper bound. */
export function histogramBuckets(text: string, name: string): Map<number, number> {
  const buckets = new Map<number, number>();
  const pattern = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`);
  for (const line of text.split('\n')) {
    const match = pattern.exec(line);
    if (match?.[1] && match[2]) buckets.set(match[1] === '+Inf' ? Infinity : Number(match[1]), Number(match[2]));
  }
  return buckets;
}

/**
 * The q-quantile (0–1) of the observations made between two scrapes, interpolated linearly inside
 * its bucket as Prometheus' histogram_quantile does; null without observations.
 */
export function quantileBetween(before: Map<number, number>, after: Map<number, number>, q: number): { value: number; count: number } | null {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((bound) => (after.get(bound) ?? 0) - (before.get(bound) ?? 0));
  const total = counts.at(-1) ?? 0;
  if (total === 0) return null;
  const rank = q * total;
  for (let i = 0; i < bounds.length; i++) {
    const count = counts[i] ?? 0;
    if (count < rank) continue;
    const upper = bounds[i] ?? Infinity;
    const lower = i === 0 ? 0 : (bounds[i - 1] ?? 0);
    if (upper === Infinity) return { value: lower, count: total };
    const below = i === 0 ? 0 : (counts[i - 1] ?? 0);
    return { value: lower + ((upper - lower) * (rank - below)) / Math.max(1, count - below), count: total };
  }
  return null;
}
