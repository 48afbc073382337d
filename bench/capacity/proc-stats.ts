// Readings of another process from /proc (Linux): resident memory and CPU time.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/** CPU seconds per thread name (the stat file of every task of the process), threads of one name summed. */
export function readThreadCpuSeconds(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
  }
  return byName;
}

/** Per-thread CPU used between two readings, largest first, as `name s` text. */
export function threadCpuDelta(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)] as const)
    .filter(([, seconds]) => seconds >= 0.01)
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`)
    .join(', ');
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
