import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileInfo, Options } from 'jscodeshift';
import { planForFile, type FilePlan } from '../../src/plan/plan-for-file.ts';
import type { FileChange, MigrationPlan, MigrationUnit } from '../../src/plan/types.ts';

/** A file's text as it is now, or null when it doesn't exist. */
export function currentText(root: string, file: string): string | null {
  const absolute = path.join(root, file);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : null;
}

export function changeOf(plan: MigrationPlan, file: string): FileChange | undefined {
  return plan.changes.find((c) => c.file === file);
}

/** Whether a planned change has landed: the file holds its planned text, or is gone when the plan removes it. */
export function landed(root: string, change: FileChange | undefined): boolean {
  return !!change && currentText(root, change.file) === change.after;
}

/**
 * The plan of the app `file` belongs to, the planned units of this transform's kind (`wants`)
 * that concern the file, and the file's planned change, if any, as long as the file still
 * holds the text the plan was made from. `--app=<dir>` names the app when the files are not inside it.
 */
export async function plannedFile(
  file: FileInfo,
  options: Options,
  mode: { fresh: boolean },
  wants: (unit: MigrationUnit, relative: string) => boolean,
): Promise<(FilePlan & { units: MigrationUnit[]; change?: FileChange }) | undefined> {
  const found = await planForFile(options.app ? String(options.app) : undefined, file.path, { fresh: mode.fresh, save: mode.fresh && !options.dry });
  if (!found) return undefined;
  const units = found.plan.units.filter((u) => u.status === 'planned' && wants(u, found.relative));
  const change = changeOf(found.plan, found.relative);
  if (!units.length || (change && change.before !== file.source)) return undefined;
  return { ...found, units, ...(change ? { change } : {}) };
}
