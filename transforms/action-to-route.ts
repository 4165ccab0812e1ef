/**
 * jscodeshift transform: generates the API route outside callers need for each planned action
 * of an action module.
 *
 *   npx jscodeshift -t node_modules/route-actions/transforms/action-to-route.ts --run-in-band --extensions=ts,tsx,js,jsx app lib
 *
 * It returns the module's new text when the routes need it to change (`updateTag` becomes
 * `revalidateTag(tag, 'max')`), and creates the route file of each of this module's actions:
 * the one kind of file it writes besides the one it is given. It reads the plan an earlier
 * route-to-action run saved, or plans afresh. With --dry it creates nothing.
 */
import path from 'node:path';
import type { API, FileInfo, Options } from 'jscodeshift';
import { writeFileAtomically } from '../src/apply/write-plan.ts';
import { currentText, plannedFile } from './lib/planned-file.ts';

export default async function transformer(file: FileInfo, api: API, options: Options): Promise<string | undefined> {
  const found = await plannedFile(file, options, { fresh: false }, (unit, relative) => unit.direction === 'to-route' && unit.action?.file === relative);
  if (!found) return undefined;
  const { root, plan, relative, change, units } = found;
  const routes = plan.changes.filter((c) => c.before === null && c.file !== relative && units.some((u) => c.units.includes(u.id)));
  const taken = routes.find((r) => currentText(root, r.file) !== null && currentText(root, r.file) !== r.after);
  if (taken) {
    api.report(`${relative}: left alone, ${taken.file} exists already and is never overwritten`);
    return undefined;
  }
  if (!options.dry) for (const r of routes) writeFileAtomically(path.join(root, r.file), r.after!);
  return change?.after ?? undefined;
}
