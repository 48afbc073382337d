import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The Docker build context in `dest`: the committed tree (`git archive HEAD`, what CI and a deploy
 * from the repository build), or with `source: 'worktree'` the tracked files as they are on disk.
 * Paths matched by .dockerignore are removed, as Docker would never send them.
 */
export function createBuildContext(repo: string, dest: string, source: 'head' | 'worktree' = 'head'): void {
  mkdirSync(dest, { recursive: true });
  if (source === 'head') {
    const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: repo, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dest], { input: archive });
  } else {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      if (!existsSync(path.join(repo, file))) continue;
      mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
      cpSync(path.join(repo, file), path.join(dest, file));
    }
  }
  const ignorePath = path.join(dest, '.dockerignore');
  const patterns = existsSync(ignorePath) ? dockerignorePatterns(readFileSync(ignorePath, 'utf8')) : [];
  removeIgnored(dest, '', patterns);
}

function dockerignorePatterns(text: string): string[] {
  const patterns = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (patterns.some((p) => p.startsWith('!'))) throw new Error('.dockerignore exceptions (!) are not supported by this test');
  return patterns.map((p) => p.replace(/^\/+/, '').replace(/\/+$/, ''));
}

function removeIgnored(root: string, relative: string, patterns: readonly string[]): void {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (patterns.some((pattern) => path.matchesGlob(rel, pattern))) rmSync(path.join(root, rel), { recursive: true, force: true });
    else if (entry.isDirectory()) removeIgnored(root, rel, patterns);
  }
}
