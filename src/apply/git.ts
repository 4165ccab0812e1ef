import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Files under `root` with uncommitted changes, the tool's own cache aside, or undefined when `root` is not in a git
 * work tree (nothing to compare against).
 */
export function dirtyFiles(root: string): string[] | undefined {
  const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8' });
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return undefined;
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', '.'], { cwd: root, encoding: 'utf8' });
  if (status.status !== 0) return undefined;
  // The tool's own cache is never a change of the user's: a repo that doesn't ignore node_modules must not look dirty because of it.
  return status.stdout.split('\n').filter(Boolean).map((line) => line.slice(3)).filter((file) => !OWN_CACHE.test(file));
}

const OWN_CACHE = /(^|\/)node_modules\/\.cache\/route-actions\//;

/**
 * The git work tree `root` sits in, and `root`'s path inside it ('' at the top, `apps/web/` in a
 * monorepo), so CI annotations can name files as the repository does. Undefined outside git.
 */
export function repositoryOf(root: string): { dir: string; prefix: string } | undefined {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  if (top.status !== 0) return undefined;
  const dir = top.stdout.trim();
  const prefix = path.relative(realpathSync(dir), realpathSync(root)).split(path.sep).join('/');
  return { dir, prefix: prefix ? `${prefix}/` : '' };
}
