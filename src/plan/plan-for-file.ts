import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planMigration, type PlannedMigration } from './plan-migration.ts';
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

/** Where the first transform of a migration leaves the plan for the ones run after it. */
export function savedPlanFile(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'route-actions', 'jscodeshift-plan.json');
}

export interface FilePlan {
  root: string;
  /** The file, relative to the root, with `/`. */
  relative: string;
  plan: MigrationPlan;
  /** Present when the plan was made in this process, from the tree before any transform wrote. */
  actionModules?: PlannedMigration['actionModules'];
}

// Under jscodeshift every file of a run must see the same plan: the one made before the run
// wrote anything. So it is made once per app and process, then reused. This is the one piece
// of module-level state the transforms have, and it holds plans only.
const plans = new Map<string, Promise<Omit<FilePlan, 'relative'>>>();

/**
 * For the jscodeshift entry points: the app's plan and the app root. `fresh` (route-to-action,
 * the first transform to run) plans from the tree as it is and saves the plan beside the scan
 * cache; the transforms run after it read that plan, because by then the routes they point
 * callers at are already gone from the tree. Without a saved plan they plan afresh.
 */
export async function planForFile(app: string | undefined, file: string, mode: { fresh: boolean; save: boolean }): Promise<FilePlan | undefined> {
  const found = app ?? appRootOf(file);
  if (!found) return undefined;
  const root = path.resolve(found);
  if (!plans.has(root)) plans.set(root, loadOrMake(root, mode));
  const made = await plans.get(root)!;
  return { ...made, relative: path.relative(root, path.resolve(file)).split(path.sep).join('/') };
}

async function loadOrMake(root: string, mode: { fresh: boolean; save: boolean }): Promise<Omit<FilePlan, 'relative'>> {
  const saved = savedPlanFile(root);
  if (!mode.fresh && existsSync(saved)) {
    try {
      return { root, plan: JSON.parse(readFileSync(saved, 'utf8')) as MigrationPlan };
    } catch {
      // A torn or foreign file: plan afresh below.
    }
  }
  const { plan, actionModules } = await planMigration(root, { cache: false, workers: 0 });
  if (mode.save) {
    mkdirSync(path.dirname(saved), { recursive: true });
    const temp = `${saved}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(plan));
    renameSync(temp, saved);
  }
  return { root, plan, actionModules };
}
