import { existsSync } from 'node:fs';
import path from 'node:path';
import { planMigration } from './plan-migration.ts';
import type { MigrationPlan } from './types.ts';

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

// Under jscodeshift every file of a run must see the same plan: the one made before the
// run wrote anything. So it is made once per app and process, then reused.
const plans = new Map<string, Promise<MigrationPlan>>();

/** For the jscodeshift entry points: the app's plan, computed once, and the app root. */
export async function planForFile(app: string | undefined, file: string): Promise<{ root: string; plan: MigrationPlan; relative: string } | undefined> {
  const root = path.resolve(app ?? appRootOf(file) ?? '');
  if (!app && !appRootOf(file)) return undefined;
  if (!plans.has(root)) plans.set(root, planMigration(root, { cache: false, workers: 0 }).then((r) => r.plan));
  const plan = await plans.get(root)!;
  return { root, plan, relative: path.relative(root, path.resolve(file)).split(path.sep).join('/') };
}
