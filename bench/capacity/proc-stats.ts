// Readings of another process from /proc (Linux): resident memory and CPU time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat times (100 on Linux, asked once). */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** Resident set size in bytes (VmRSS of /proc/<pid>/status). */
export function readRssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** User + system CPU time in seconds (utime and stime of /proc/<pid>/stat). */
export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export type CpuWindow = { seconds: number; cpuSeconds: number; percentOfOneCore: number; loadAverage: number[] };

/** CPU used by `pid` over `seconds` of wall time, as a share of one core. */
export async function measureCpu(pid: number, seconds: number): Promise<CpuWindow> {
  const startCpu = readCpuSeconds(pid);
  const start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const wall = (performance.now() - start) / 1000;
  const cpuSeconds = readCpuSeconds(pid) - startCpu;
  return { seconds: wall, cpuSeconds, percentOfOneCore: (100 * cpuSeconds) / wall, loadAverage: os.loadavg() };
}

/** The machine: what docs/CAPACITY.md records next to the figures. */
export function describeMachine(postgresVersion: string): Record<string, string> {
  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  return {
    cpus: `${os.availableParallelism()} (nproc)`,
    'cpu model': model,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    postgresql: postgresVersion,
    'load average (1, 5, 15 min)': formatLoad(os.loadavg()),
  };
}

export const formatLoad = (load: readonly number[]) => load.map((value) => value.toFixed(2)).join(', ');
