// npm run bench:capacity [idle|active|memory|churn|all] — capacity of one server process on this
// machine (issue 8): the real server in its own process over a fresh PostgreSQL database, load from
// worker processes, loopback only; every figure printed, a Markdown table at the end.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CapacityContext } from './capacity/context.ts';
import { createFreshDatabase } from './fresh-database.ts';
import { describeMachine } from './capacity/proc-stats.ts';
import { createReport } from './capacity/report.ts';
import { runActiveScenario } from './capacity/scenario-active.ts';
import { runChurnScenario } from './capacity/scenario-churn.ts';
import { runIdleScenario } from './capacity/scenario-idle.ts';
import { runMemoryScenario } from './capacity/scenario-memory.ts';

const SCENARIOS = { idle: runIdleScenario, active: runActiveScenario, memory: runMemoryScenario, churn: runChurnScenario } as const;
type ScenarioName = keyof typeof SCENARIOS;
const isScenario = (name: string): name is ScenarioName => Object.hasOwn(SCENARIOS, name);

const which = process.argv[2] ?? 'all';
if (which !== 'all' && !isScenario(which)) {
  console.error(`usage: node bench/capacity.bench.ts [${Object.keys(SCENARIOS).join('|')}|all]`);
  process.exit(2);
}
const chosen: ScenarioName[] = which === 'all' ? ['idle', 'active', 'memory', 'churn'] : [which];

const adminUrl = process.env.CAPACITY_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const report = createReport();
const fresh = await createFreshDatabase(adminUrl, 'metmap_capacity');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'metmap-capacity-'));
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const ctx: CapacityContext = {
  fresh,
  report,
  outDir,
  serverNodeArgs: (process.env.CAPACITY_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
  setting,
};

const machine = describeMachine(fresh.postgresVersion);
console.log(`database ${fresh.name}; logs in ${outDir}`);
for (const [key, value] of Object.entries(machine)) console.log(`machine: ${key}: ${value}`);

let failed = false;
const interrupted = () => {
  console.error('interrupted: dropping the database');
  void fresh.drop().finally(() => process.exit(130));
};
process.once('SIGINT', interrupted);
try {
  for (const name of chosen) {
    console.log(`\n== scenario ${name} (load average ${os.loadavg().map((v) => v.toFixed(2)).join(', ')})`);
    try {
      await SCENARIOS[name](ctx);
    } catch (error) {
      failed = true;
      console.error(`scenario ${name} failed:`, error);
    }
  }
} finally {
  await fresh.drop();
}
console.log('\n## Results\n');
for (const [key, value] of Object.entries(describeMachine(fresh.postgresVersion))) console.log(`- ${key}: ${value}`);
console.log(`\n${report.table()}`);
const missed = report.figures().filter((f) => f.met === false);
if (failed) console.log('\nA scenario failed before finishing (see above).');
console.log(missed.length === 0 ? '\nNo target missed among the figures taken.' : `\n${missed.length} target(s) missed.`);
process.exit(failed ? 1 : 0);
