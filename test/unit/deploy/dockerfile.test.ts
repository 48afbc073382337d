import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDockerfile, type Instruction, type Stage } from '../../deploy/dockerfile.ts';
import { runtimeImportGraph } from '../../deploy/runtime-imports.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const packageJson = z
  .object({
    scripts: z.record(z.string(), z.string()),
    dependencies: z.record(z.string(), z.string()),
    devDependencies: z.record(z.string(), z.string()),
  })
  .parse(JSON.parse(read('package.json')));

const stages = parseDockerfile(read('Dockerfile'));
const [build, runtime] = [stages.at(-2), stages.at(-1)] as [Stage, Stage];
const stepsOf = <K extends Instruction['kind']>(stage: Stage, kind: K) => stage.steps.filter((s): s is Extract<Instruction, { kind: K }> => s.kind === kind);
const runtimeEnv = Object.assign({}, ...stepsOf(runtime, 'ENV').map((s) => s.vars)) as Record<string, string>;

describe('Dockerfile', () => {
  it('OPS1: two stages on the Node LTS line the project runs on (the `node` devDependency)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const projectMajor = /(\d+)\./.exec(packageJson.devDependencies.node ?? '')?.[1];
    expect(Number(projectMajor) % 2, 'LTS lines are even').toBe(0);
    for (const stage of stages) expect(stage.image).toMatch(new RegExp(`^node:${projectMajor}(?:[-.@]|$)`));
  });

  it('OPS1: the build stage installs from the lock file, builds, then prunes to production dependencies', () => {
    const runs = stepsOf(build, 'RUN').map((s) => s.command);
    const ci = runs.findIndex((c) => /^npm ci\b/.test(c));
    const buildStep = runs.findIndex((c) => c === 'npm run build');
    const prune = runs.findIndex((c) => /^npm prune --omit=dev\b/.test(c));
    expect([ci, buildStep, prune].every((i) => i >= 0), runs.join(' | ')).toBe(true);
    expect(ci).toBeLessThan(buildStep);
    expect(buildStep).toBeLessThan(prune);
    expect(runs.some((c) => /\bnpm install\b/.test(c))).toBe(false);
    const firstCopy = stepsOf(build, 'COPY')[0];
    expect(firstCopy?.sources.sort()).toEqual(['package-lock.json', 'package.json']);
  });

  it('OPS1: the runtime stage runs as a non-root user, with a health check on /healthz, on $PORT, with /data as a volume', () => {
    const users = stepsOf(runtime, 'USER').map((s) => s.user);
    expect(users.at(-1)).toBeDefined();
    expect(['root', '0']).not.toContain(users.at(-1)?.split(':')[0]);
    const health = stepsOf(runtime, 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]?.command.join(' ')).toMatch(/process\.env\.PORT.*\/healthz/);
    expect(stepsOf(runtime, 'EXPOSE').flatMap((s) => s.ports)).toContain(runtimeEnv.PORT);
    expect(runtimeEnv.DATA_DIR).toBe('/data');
    expect(stepsOf(runtime, 'VOLUME').flatMap((s) => s.paths)).toContain('/data');
    // Only the data folder is prepared with a shell step; the step-by-step test relies on that.
    expect(stepsOf(runtime, 'RUN').map((s) => s.command)).toEqual(['mkdir -p /data && chown node:node /data']);
  });

  it('OPS1: the container command is what `npm start` runs, without npm in between (signals reach node)', () => {
    const cmd = stepsOf(runtime, 'CMD').at(-1)?.command;
    expect(cmd?.join(' ')).toBe(packageJson.scripts.start);
    expect(cmd?.[0]).toBe('node');
  });

  it('OPS1: the runtime stage copies only from the build stage, including the pruned node_modules and the built client', () => {
    const copies = stepsOf(runtime, 'COPY');
    expect(copies.every((c) => c.from === build.name)).toBe(true);
    const sources = copies.flatMap((c) => c.sources);
    for (const needed of ['/app/package.json', '/app/node_modules', '/app/dist', '/app/migrations']) expect(sources).toContain(needed);
  });

  it('OPS1: .dockerignore keeps installed output, local data, secrets and git history out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    for (const entry of ['node_modules', 'dist', 'data', '.git', '.env', '.env.*']) expect(ignored).toContain(entry);
  });

  it('OPS2: server code loads only production dependencies, from folders the runtime stage copies', () => {
    // The entry is the start command's script: `node [flags…] server/main.ts`.
    const entry = packageJson.scripts.start?.split(' ').findLast((word) => !word.startsWith('-')) ?? '';
    expect(entry).toBe('server/main.ts');
    const graph = runtimeImportGraph(ROOT, [entry, 'server/db/migrate-cli.ts']);
    const devOnly = graph.packages.filter((name) => !(name in packageJson.dependencies));
    expect(devOnly, 'imported at runtime but not in "dependencies"').toEqual([]);
    const copiedFolders = stepsOf(runtime, 'COPY')
      .flatMap((c) => c.sources)
      .map((source) => source.replace(/^\/app\//, ''));
    const outside = graph.files.filter((file) => !copiedFolders.some((folder) => file.startsWith(`${folder}/`)));
    expect(outside, 'loaded at runtime but not copied into the image').toEqual([]);
    expect(graph.packages).toContain('pg');
  });
});
