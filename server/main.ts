import { ConfigError, parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics/create-metrics.ts';
import { installGracefulShutdown } from './shutdown.ts';
import { startMetMap } from './start-metmap.ts';

// The process entry: the only place that reads process.env (STYLE habit 4).
let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config.logLevel);
// `npm start` and the image run node with --expose-gc: the server collects once it has unloaded its
// last document and gone quiet (SYNC17), which an idle isolate does not do on its own.
const gc = globalThis.gc;
const collectGarbage = gc ? () => gc({ type: 'major', flavor: 'last-resort', execution: 'async' }) : undefined;
const app = await startMetMap({ config, log, metrics: createMetrics({ processMetrics: true }), collectGarbage });
installGracefulShutdown([{ name: 'server', run: app.close }], log, config.shutdownTimeoutMs);
log.info({ url: app.url, database: app.db.kind, idleCollection: collectGarbage !== undefined }, 'listening');
// One plain line for people and for test harnesses; everything else is JSON.
process.stdout.write(`MetMap listening on ${app.url}\n`);
