// Timing helpers for the benchmarks. The machine may be shared, so tasks are measured round-robin
// (one run of each per round, so noise hits all of them alike) and medians are reported for
// wall-clock and CPU time, with the fastest run beside them. No forced GC between runs: a forced
// full GC shrinks the young generation and bills its regrowth to the next (allocation-heavy) run.

export const RUNS = 11;
export const WARMUPS = 3;

export interface Timing {
  /** Median wall-clock milliseconds. */
  wall: number;
  /** Median CPU milliseconds of this process (user + system). */
  cpu: number;
  /** Fastest wall-clock run: the least disturbed by other load on a shared machine. */
  best: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Medians of each task over RUNS rounds after WARMUPS untimed rounds; tasks alternate within a round. */
export function timeInterleaved<K extends string>(tasks: Record<K, () => unknown>): Record<K, Timing> {
  const names = Object.keys(tasks) as K[]; // keys of the literal passed in: known to the caller
  const samples = new Map(names.map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let round = 0; round < WARMUPS + RUNS; round++) {
    for (const name of names) {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      tasks[name]();
      const wall = performance.now() - start;
      const used = process.cpuUsage(startCpu);
      if (round < WARMUPS) continue;
      samples.get(name)?.wall.push(wall);
      samples.get(name)?.cpu.push((used.user + used.system) / 1000);
    }
  }
  const result = {} as Record<K, Timing>;
  for (const name of names) {
    const sample = samples.get(name);
    result[name] = { wall: median(sample?.wall ?? []), cpu: median(sample?.cpu ?? []), best: Math.min(...(sample?.wall ?? [])) };
  }
  return result;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
export const timing = (t: Timing) => `${ms(t.wall)} (cpu ${ms(t.cpu)}, best ${ms(t.best)})`;
