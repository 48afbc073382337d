// Every figure a scenario measures: printed as it is taken, and gathered into one table at the end.

export type Figure = {
  scenario: string;
  name: string;
  value: string;
  target?: string;
  /** Whether the target is met; undefined for figures without a target. */
  met?: boolean;
};

export type Report = {
  /** Records and prints one figure. */
  figure(scenario: string, name: string, value: string, target?: { text: string; met: boolean }): void;
  note(scenario: string, text: string): void;
  figures(): readonly Figure[];
  /** The table in Markdown (docs/CAPACITY.md takes it as printed). */
  table(): string;
};

export function createReport(): Report {
  const figures: Figure[] = [];
  return {
    figure(scenario, name, value, target) {
      figures.push({ scenario, name, value, ...(target ? { target: target.text, met: target.met } : {}) });
      const verdict = target ? `  (target ${target.text}: ${target.met ? 'met' : 'MISSED'})` : '';
      console.log(`[${scenario}] ${name}: ${value}${verdict}`);
    },
    note(scenario, text) {
      console.log(`[${scenario}] ${text}`);
    },
    figures: () => figures,
    table() {
      const rows = figures.map((f) => `| ${f.scenario} | ${f.name} | ${f.value} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'met' : '**missed**'} |`);
      return ['| scenario | figure | value | target | |', '|---|---|---|---|---|', ...rows].join('\n');
    },
  };
}

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const fmtMs = (ms: number) => `${ms.toFixed(1)} ms`;
export const fmtMb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const fmtPct = (value: number) => `${value.toFixed(2)} %`;

/** p50 / p95 / p99 / max of `samples` in one line. */
export function latencyLine(samples: readonly number[]): string {
  const max = samples.reduce((m, v) => Math.max(m, v), 0);
  return `p50 ${fmtMs(percentile(samples, 50))}, p95 ${fmtMs(percentile(samples, 95))}, p99 ${fmtMs(percentile(samples, 99))}, max ${fmtMs(max)} (n=${samples.length})`;
}
