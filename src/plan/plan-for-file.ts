import path from 'node:path';
import { existsSync } from 'node:fs';
import { planMigration } from './plan-migration.js';
import type { FileChange } from './types.js';

/** Finds the app root above `file`: the nearest folder with app/ or src/app/. */
export function appRootOf(file: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  while (true) {
    if (existsSync(path.join(dir, 'app')) || existsSync(path.join(dir, 'src', 'app'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * For the jscodeshift entry points: the whole app's plan, and the planned change to `file`.
 * The plan always covers the whole app, because a route and its callers change together.
 */
export async function planForFile(app: string | undefined, file: string): Promise<{ root: string; changes: FileChange[]; change: FileChange | undefined } | undefined> {
  const root = app ?? appRootOf(file);
  if (!root) return undefined;
  const { plan } = await planMigration(root);
  const rel = path.relative(path.resolve(root), path.resolve(file)).split(path.sep).join('/');
  return { root, changes: plan.changes, change: plan.changes.find((c) => c.file === rel) };
}
