import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** What a runtime entry point loads: the repository files and the npm packages (by package name). */
export type RuntimeGraph = { files: string[]; packages: string[] };

// `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`; type-only forms are erased by
// Node's type stripping, so they load nothing at runtime.
const STATIC_IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Follows every runtime import from `entries` (paths relative to `root`) through the repository. */
export function runtimeImportGraph(root: string, entries: readonly string[]): RuntimeGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => path.resolve(root, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const source = stripComments(readFileSync(file, 'utf8'));
    const specifiers = [
      ...[...source.matchAll(STATIC_IMPORT)].filter((m) => m[2] === undefined).map((m) => m[3]),
      ...[...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]),
    ].filter((s): s is string => s !== undefined);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (!existsSync(target)) throw new Error(`${path.relative(root, file)} imports ${specifier}, which does not exist`);
        queue.push(target);
      } else if (!isBuiltin(specifier)) {
        packages.add(packageName(specifier));
      }
    }
  }
  return { files: [...files].map((f) => path.relative(root, f)).sort(), packages: [...packages].sort() };
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}
