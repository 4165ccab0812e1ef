import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';

export const SOURCE_GLOB = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/** Never scanned, whatever .gitignore says: dependencies, build output, caches. */
export const ALWAYS_IGNORED = [
  '**/node_modules/**',
  '**/.next/**',
  '**/out/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  '**/.turbo/**',
  '**/.vercel/**',
  '**/.git/**',
  '**/*.d.ts',
];

/**
 * Source files under `root`, relative with `/` separators, sorted, honouring the .gitignore
 * files inside `root`. Those above it are not read: an app copied into an ignored folder
 * (a scratch copy, a fixture) must still be seen.
 */
export async function discoverSourceFiles(root: string, ignore: readonly string[] = []): Promise<string[]> {
  const files = await globby(SOURCE_GLOB, {
    cwd: root,
    ignoreFiles: '**/.gitignore',
    ignore: [...ALWAYS_IGNORED, ...ignore],
    dot: false,
    followSymbolicLinks: false,
  });
  return files.sort();
}

/** Files that run outside the app even though they live in its folder. */
const OUTSIDE_APP = /^(scripts|bin|tools|cron|jobs|e2e|tests?|cypress|playwright)\/|(^|\/)__tests__\/|\.(test|spec)\.[cm]?[jt]sx?$/;

export function isOutsideApp(file: string): boolean {
  return OUTSIDE_APP.test(file);
}

export interface WorkspacePackage {
  /** Absolute folder. */
  dir: string;
  /** Relative to the app root, with `/`, for reports (e.g. `../mobile`). */
  label: string;
  isNextApp: boolean;
}

function workspaceGlobs(dir: string): string[] | undefined {
  const pkgFile = path.join(dir, 'package.json');
  if (existsSync(pkgFile)) {
    try {
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { workspaces?: string[] | { packages?: string[] } };
      const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces?.packages;
      if (ws?.length) return ws;
    } catch {
      return undefined;
    }
  }
  const pnpm = path.join(dir, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    const globs = [...readFileSync(pnpm, 'utf8').matchAll(/^\s*-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)].map((m) => m[1]!);
    if (globs.length) return globs;
  }
  return undefined;
}

export function isNextApp(dir: string): boolean {
  return existsSync(path.join(dir, 'app')) || existsSync(path.join(dir, 'src', 'app'));
}

/** The other packages of the monorepo `root` belongs to, if any. */
export async function findSiblingPackages(root: string): Promise<WorkspacePackage[]> {
  let dir = path.dirname(root);
  while (true) {
    const globs = workspaceGlobs(dir);
    if (globs) {
      const dirs = await globby(globs.filter((g) => !g.startsWith('!')), { cwd: dir, onlyDirectories: true, absolute: true, ignore: ['**/node_modules/**'] });
      return dirs
        .filter((d) => path.resolve(d) !== root && existsSync(path.join(d, 'package.json')) && !root.startsWith(path.resolve(d) + path.sep))
        .sort()
        .map((d) => ({ dir: d, label: path.relative(root, d).split(path.sep).join('/'), isNextApp: isNextApp(d) }));
    }
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return [];
    dir = path.dirname(dir);
  }
}
