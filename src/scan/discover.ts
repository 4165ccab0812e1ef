import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fdir } from 'fdir';
import ignore from 'ignore';

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Never scanned, whatever .gitignore says: dependencies, build output, caches. */
export const ALWAYS_IGNORED_DIRS = new Set(['node_modules', '.next', 'out', 'dist', 'build', 'coverage', '.turbo', '.vercel', '.git']);

/**
 * Source files under `root`, relative with `/` separators, sorted, honouring the .gitignore
 * files inside `root` (those above it are not read: an app copied into an ignored folder, a
 * scratch copy or a fixture, must still be seen). fdir lists the tree in one pass and
 * `ignore` applies each .gitignore to the paths below it; globby's own .gitignore support
 * walked the tree a second time and cost 4× the listing (see README, Performance).
 */
export async function discoverSourceFiles(root: string): Promise<string[]> {
  const listed = await new fdir()
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => ALWAYS_IGNORED_DIRS.has(name))
    .filter((file) => file.endsWith('/.gitignore') || file === '.gitignore' || (SOURCE_FILE.test(file) && !file.endsWith('.d.ts')))
    .crawl(root)
    .withPromise();
  const gitignores = listed.filter((f) => f === '.gitignore' || f.endsWith('/.gitignore'));
  const rules = gitignores.map((f) => {
    const dir = f === '.gitignore' ? '' : f.slice(0, -'/.gitignore'.length);
    return { prefix: dir ? `${dir}/` : '', rules: ignore().add(readFileSync(path.join(root, f), 'utf8')) };
  });
  return listed
    .filter((file) => !gitignores.includes(file) && !rules.some((r) => file.startsWith(r.prefix) && r.rules.ignores(file.slice(r.prefix.length))))
    .sort();
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

/** The monorepo root above `root` (the nearest folder that declares workspaces, before a .git), with its globs. */
export function workspaceRootOf(root: string): { dir: string; globs: string[] } | undefined {
  let dir = path.dirname(root);
  while (true) {
    const globs = workspaceGlobs(dir);
    if (globs) return { dir, globs };
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
    dir = path.dirname(dir);
  }
}

/** The other packages of the monorepo `root` belongs to, if any. */
export async function findSiblingPackages(root: string): Promise<WorkspacePackage[]> {
  const workspace = workspaceRootOf(root);
  if (!workspace) return [];
  const { dir, globs } = workspace;
  // globby only for workspace globs, loaded when there is a workspace (it costs 30 ms to load).
  const { globby } = await import('globby');
  const dirs = await globby(globs.filter((g) => !g.startsWith('!')), { cwd: dir, onlyDirectories: true, absolute: true, ignore: ['**/node_modules/**'] });
  return dirs
    .filter((d) => path.resolve(d) !== root && existsSync(path.join(d, 'package.json')) && !root.startsWith(path.resolve(d) + path.sep))
    .sort()
    .map((d) => ({ dir: d, label: path.relative(root, d).split(path.sep).join('/'), isNextApp: isNextApp(d) }));
}
