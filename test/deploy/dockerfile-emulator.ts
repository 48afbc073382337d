import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Instruction, Stage } from './dockerfile.ts';

/** A stage after its steps ran: its root folder stands for the image's `/`. */
export type BuiltStage = { name: string; root: string; workdir: string; env: Record<string, string>; steps: Instruction[] };

export type EmulatorOptions = {
  /** The build context (see build-context.ts). */
  context: string;
  /** Where each stage's root folder is created. */
  workspace: string;
  /** A folder whose `node` is the Node the image provides (Node 24 here, while the machine may have 20). */
  nodeBin: string;
  /** Runs a RUN step the emulator cannot run as written (it needs root or touches absolute paths); returns false to refuse. */
  emulateRootStep?: (command: string, stage: BuiltStage) => boolean;
  onStep?: (stage: string, step: Instruction, ms: number) => void;
};

/**
 * Performs the stages' WORKDIR, ENV, COPY and RUN steps on the host, each stage in its own folder:
 * COPY reads the context or (with --from) an earlier stage's folder; RUN runs `sh -c` in the mapped
 * WORKDIR with the stage's ENV, a clean PATH whose `node` is the image's Node, and npm's cache.
 */
export async function runStages(stages: readonly Stage[], options: EmulatorOptions): Promise<Map<string, BuiltStage>> {
  const built = new Map<string, BuiltStage>();
  for (const stage of stages) {
    const state: BuiltStage = { name: stage.name, root: path.join(options.workspace, stage.name), workdir: '/', env: {}, steps: stage.steps };
    mkdirSync(state.root, { recursive: true });
    for (const step of stage.steps) {
      const started = performance.now();
      await runStep(step, state, built, options);
      options.onStep?.(stage.name, step, Math.round(performance.now() - started));
    }
    built.set(stage.name, state);
  }
  return built;
}

/** A host path for a path inside the stage's image (relative paths are relative to WORKDIR). */
export function hostPath(stage: BuiltStage, imagePath: string): string {
  return path.join(stage.root, path.posix.resolve(stage.workdir, imagePath));
}

/** The environment a process in the image gets: the stage's ENV, the image's Node first on PATH. */
export function imageEnv(stage: BuiltStage, nodeBin: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...stage.env, PATH: cleanPath(nodeBin), HOME: process.env.HOME ?? '/tmp', ...extra };
}

/** PATH without any project's node_modules/.bin, so nothing leaks in from the repository's own install. */
export function cleanPath(nodeBin: string): string {
  const rest = (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':').filter((dir) => dir !== '' && !dir.includes('node_modules'));
  return [nodeBin, ...rest].join(':');
}

/** A folder holding only a `node` link to the running Node (the image's Node stands in for it). */
export function nodeBinFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'node'))) symlinkSync(process.execPath, path.join(dir, 'node'));
  return dir;
}

async function runStep(step: Instruction, stage: BuiltStage, built: Map<string, BuiltStage>, options: EmulatorOptions): Promise<void> {
  switch (step.kind) {
    case 'WORKDIR':
      stage.workdir = path.posix.resolve(stage.workdir, step.path);
      mkdirSync(hostPath(stage, '.'), { recursive: true });
      return;
    case 'ENV':
      Object.assign(stage.env, step.vars);
      return;
    case 'COPY': {
      const from = step.from === undefined ? undefined : built.get(step.from);
      if (step.from !== undefined && !from) throw new Error(`COPY --from=${step.from}: no such earlier stage`);
      const sourcePath = (source: string) => (from ? path.join(from.root, path.posix.resolve('/', source)) : path.join(options.context, source));
      const dest = hostPath(stage, step.dest);
      const intoFolder = step.dest.endsWith('/') || step.sources.length > 1;
      for (const source of step.sources) {
        const src = sourcePath(source);
        if (!existsSync(src)) throw new Error(`COPY ${source}: not found in ${from ? `stage ${from.name}` : 'the build context'}`);
        // A folder's contents are copied (not the folder itself); a file goes into a folder destination.
        const target = statSync(src).isDirectory() || !intoFolder ? dest : path.join(dest, path.basename(src));
        cpSync(src, target, { recursive: true, verbatimSymlinks: true });
      }
      return;
    }
    case 'RUN': {
      if (options.emulateRootStep?.(step.command, stage)) return;
      await promisify(execFile)('sh', ['-c', step.command], {
        cwd: hostPath(stage, '.'),
        env: imageEnv(stage, options.nodeBin, { npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' }),
        maxBuffer: 64 << 20,
      }).catch((error: unknown) => {
        const detail = error instanceof Error && 'stderr' in error ? String(error.stderr).slice(-4000) : String(error);
        throw new Error(`RUN ${step.command} failed in stage ${stage.name}:\n${detail}`);
      });
      return;
    }
    case 'USER':
    case 'EXPOSE':
    case 'VOLUME':
    case 'HEALTHCHECK':
    case 'CMD':
      // Metadata for the container: the test checks and uses them after the build.
      return;
  }
}
