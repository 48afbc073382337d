import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { createBuildContext } from './build-context.ts';
import { hostPath, imageEnv, nodeBinFolder, runStages, type BuiltStage } from './dockerfile-emulator.ts';
import { parseDockerfile, type Instruction } from './dockerfile.ts';
import { startServerProcess } from './server-process.ts';

// The Dockerfile's build and run steps, performed in a clean folder because no Docker engine runs here
// (OPS1). Slow (npm ci): run with `npm run test:deploy`. DEPLOY_TEST_SOURCE=worktree builds the tracked
// files as they are on disk instead of the last commit.
const REPO = path.resolve(import.meta.dirname, '..', '..');
const source = process.env.DEPLOY_TEST_SOURCE === 'worktree' ? 'worktree' : 'head';
const PASSWORD = 'correct horse battery staple';

let workspace: string;
let nodeBin: string;
let build: BuiltStage;
let runtime: BuiltStage;
const timings: string[] = [];

const lockFile = z.object({ packages: z.record(z.string(), z.object({ dev: z.boolean().optional() })) });

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'metmap-docker-'));
  nodeBin = nodeBinFolder(path.join(workspace, 'image-node'));
  const context = path.join(workspace, 'context');
  createBuildContext(REPO, context, source);
  const stages = parseDockerfile(readFileSync(path.join(context, 'Dockerfile'), 'utf8'));
  const built = await runStages(stages, {
    context,
    workspace: path.join(workspace, 'stages'),
    nodeBin,
    emulateRootStep(command, stage) {
      // The runtime stage's one root step prepares the data folder the volume is mounted on.
      if (command !== 'mkdir -p /data && chown node:node /data') return false;
      mkdirSync(hostPath(stage, '/data'), { recursive: true });
      return true;
    },
    onStep: (stage, step, ms) => timings.push(`${stage}: ${describeStep(step)} ${ms} ms`),
  });
  build = built.get(stages.at(-2)?.name ?? '') as BuiltStage;
  runtime = built.get(stages.at(-1)?.name ?? '') as BuiltStage;
}, 600_000);

afterAll(() => {
  console.log(`Dockerfile steps (${source}):\n  ${timings.join('\n  ')}`);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

function describeStep(step: Instruction): string {
  if (step.kind === 'RUN') return `RUN ${step.command}`;
  if (step.kind === 'COPY') return `COPY ${step.from ? `--from=${step.from} ` : ''}${step.sources.join(' ')} ${step.dest}`;
  return step.kind;
}

const containerEnv = (extra: Record<string, string> = {}) =>
  imageEnv(runtime, nodeBin, { HOME: path.join(workspace, 'home'), HOST: '127.0.0.1', PORT: '0', DATA_DIR: hostPath(runtime, '/data'), ...extra });

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return promisify(execFile)(command, args, { cwd: hostPath(runtime, '.'), env });
}

describe('the Dockerfile, step by step in a clean folder', () => {
  it('OPS1: the build stage installs from the lock file, builds the client and prunes every development-only package', () => {
    expect(existsSync(hostPath(build, 'dist/client/index.html'))).toBe(true);
    const lock = lockFile.parse(JSON.parse(readFileSync(hostPath(runtime, 'package-lock.json'), 'utf8')));
    const devOnly = Object.entries(lock.packages)
      .filter(([location, entry]) => location.startsWith('node_modules/') && entry.dev === true)
      .map(([location]) => location);
    for (const name of ['vite', 'typescript', 'vitest', 'node']) expect(devOnly).toContain(`node_modules/${name}`);
    const present = devOnly.filter((location) => existsSync(hostPath(runtime, location)));
    expect(present, 'development-only packages left in the image').toEqual([]);
    expect(existsSync(hostPath(runtime, 'node_modules/pg'))).toBe(true);
  });

  it('OPS1: the pre-deploy migration command runs in the image (npm run migrate)', async () => {
    mkdirSync(path.join(workspace, 'home'), { recursive: true });
    const first = await run('npm', ['run', '--silent', 'migrate'], containerEnv());
    expect(first.stdout).toMatch(/^applied 0001_init$/m);
    const again = await run('npm', ['run', '--silent', 'migrate'], containerEnv());
    expect(again.stdout).toMatch(/: 0 applied, \d+ migrations in place$/m);
  });

  it('OPS1: the container command serves /healthz, passes the HEALTHCHECK, signs a user up and serves the client', async () => {
    const cmd = runtime.steps.findLast((s) => s.kind === 'CMD');
    const health = runtime.steps.findLast((s) => s.kind === 'HEALTHCHECK');
    if (cmd?.kind !== 'CMD' || health?.kind !== 'HEALTHCHECK') throw new Error('the runtime stage has no CMD or HEALTHCHECK');
    const [command = '', ...args] = cmd.command;
    const server = await startServerProcess(command, args, { cwd: hostPath(runtime, '.'), env: containerEnv() });
    onTestFinished(() => server.stop().then(() => undefined));
    const port = new URL(server.url).port;

    const healthz = await fetch(`${server.url}/healthz`);
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toEqual({ status: 'ok' });

    const [checkCommand = '', ...checkArgs] = health.command;
    const check = () => promisify(execFile)(checkCommand, checkArgs, { env: containerEnv({ PORT: port }) });
    await expect(check()).resolves.toBeDefined();

    const signUp = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'docker@example.com', password: PASSWORD }),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(201);
    expect(signUp.headers.getSetCookie().length).toBeGreaterThan(0);

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);

    expect(await server.stop()).toBe(0);
    expect(server.output()).toMatch(/"msg":"shutdown step done"/);
    // The same check fails once nothing answers, so a pass above means something.
    await expect(check()).rejects.toThrow();
  });

  it('OPS1: `npm start` runs the pruned install too', async () => {
    const server = await startServerProcess('npm', ['start'], { cwd: hostPath(runtime, '.'), env: containerEnv() });
    onTestFinished(() => server.stop().then(() => undefined));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.stop();
  });
});
