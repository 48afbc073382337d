// A load-generator process: runs the coordinator's commands (bench/capacity/ipc.ts) and answers each.
import { CommandSchema, RequestSchema, type Command } from './ipc.ts';
import { closeActiveUsers, openActiveUsers, runActive } from './worker-active.ts';
import { closeChurnDevices, openChurnDevices, runChurn, settleChurn } from './worker-churn.ts';
import { runCycles } from './worker-cycles.ts';
import { closeIdleClients, idleStatus, openIdleClients } from './worker-idle.ts';

if (!process.send) throw new Error('bench/capacity/worker.ts runs as a child of bench/capacity.bench.ts');

async function run(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'idle-open':
      return openIdleClients(command.url, command.clients, command.concurrency);
    case 'idle-status':
      return idleStatus();
    case 'active-open':
      return openActiveUsers(command.url, command.users, command.concurrency);
    case 'active-run':
      return runActive(command.durationMs, command.editIntervalMs, command.seed);
    case 'cycles':
      return runCycles(command.url, command.users, command.cycles);
    case 'churn-open':
      return openChurnDevices(command.url, command.users, command.devicesPerUser);
    case 'churn-run':
      return runChurn(command.durationMs, command.editsPerSecond, command.seed);
    case 'churn-settle':
      return settleChurn(command.timeoutMs);
    case 'close-all':
      await closeIdleClients();
      await closeActiveUsers();
      closeChurnDevices();
      return null;
    case 'exit':
      process.exit(0);
  }
}

process.on('message', (raw) => {
  const request = RequestSchema.safeParse(raw);
  if (!request.success) {
    console.error('worker: malformed request', request.error.message);
    return;
  }
  const { id } = request.data;
  run(CommandSchema.parse(request.data.command)).then(
    (result) => process.send?.({ id, ok: true, result }),
    (error: unknown) => process.send?.({ id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The coordinator going away ends the worker (its connections close with it).
process.on('disconnect', () => process.exit(0));
