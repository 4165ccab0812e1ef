import { unlinkSync } from 'node:fs';
import type { FileInfo, Options } from 'jscodeshift';
import { applyUnitsOf } from '../../src/apply/write-plan.ts';
import { planForFile } from '../../src/plan/plan-for-file.ts';
import type { MigrationUnit } from '../../src/plan/types.ts';

/**
 * The shared body of the jscodeshift entries. When a planned unit that `wants` this file
 * exists, the rest of the unit is written (unless --dry: jscodeshift writes only the file it
 * is handed) and this file's planned text is returned. `--app=<dir>` names the app when
 * the files are not inside it.
 */
export async function planned(file: FileInfo, options: Options, wants: (unit: MigrationUnit, relative: string) => boolean): Promise<string | undefined> {
  const found = await planForFile(options.app ? String(options.app) : undefined, file.path);
  if (!found) return undefined;
  const { plan, root, relative } = found;
  const units = plan.units.filter((u) => u.status === 'planned' && wants(u, relative));
  if (!units.length) return undefined;
  const change = plan.changes.find((c) => c.file === relative);
  if (change && change.before !== file.source) return undefined;
  if (!options.dry) {
    applyUnitsOf(root, plan, units.map((u) => u.id), relative, (message) => process.stderr.write(`${message}\n`));
    if (change?.after === null) {
      unlinkSync(file.path);
      return undefined;
    }
  }
  return change?.after ?? undefined;
}
