/**
 * jscodeshift transform: a planned route file's POST handler becomes a server action.
 *
 *   npx jscodeshift -t node_modules/route-actions/transforms/route-to-action.ts --run-in-band --extensions=ts,tsx,js,jsx app
 *
 * Run it first: it plans the whole app (once per run) and saves the plan for
 * callers-to-action. It returns the route file's new text (jscodeshift writes it), and does two
 * things jscodeshift can't: it writes the action module the route's handler moves to, holding
 * the actions of the routes converted so far, and it removes a route file whose only handler
 * was POST (jscodeshift counts that file as skipped; the report line says it was removed).
 * With --dry it writes and removes nothing.
 */
import path from 'node:path';
import type { API, FileInfo, Options } from 'jscodeshift';
import { buildActionModule } from '../src/plan/action-module.ts';
import { removePlannedFile, writeFileAtomically } from '../src/apply/write-plan.ts';
import { currentText, plannedFile } from './lib/planned-file.ts';

export default async function transformer(file: FileInfo, api: API, options: Options): Promise<string | undefined> {
  const found = await plannedFile(file, options, { fresh: true }, (unit, relative) => unit.direction === 'to-action' && unit.route.file === relative);
  if (!found) return undefined;
  const { root, relative, change, actionModules, units } = found;
  if (!change) return undefined;
  const moduleFile = units[0]!.action?.file;
  const entries = moduleFile ? actionModules?.get(moduleFile) : undefined;
  if (!moduleFile || !entries) return undefined;

  // The module holds the actions of the routes converted so far, and now this one's. Which ones
  // those are is read from the module itself: jscodeshift writes a returned file only later.
  const before = currentText(root, moduleFile);
  const done = entries.filter((e) => e.routeFile !== relative && before !== null && before.includes(e.action.functionText));
  const build = (list: typeof entries) => buildActionModule(moduleFile, list, /\.tsx?$/.test(moduleFile), entries[0]!.action.style);
  if (before !== null && before !== build(done)) {
    api.report(`${relative}: left alone, ${moduleFile} holds something this migration did not write`);
    return undefined;
  }
  if (options.dry) return change.after ?? undefined;
  writeFileAtomically(path.join(root, moduleFile), build(entries.filter((e) => e.routeFile === relative || done.includes(e))));
  if (change.after === null) {
    removePlannedFile(path.resolve(file.path), root);
    api.report(`${relative}: removed, POST was its only handler; its action is in ${moduleFile}`);
    return undefined;
  }
  return change.after;
}
