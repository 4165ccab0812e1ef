/**
 * jscodeshift transform: points every planned caller in a file at its server action.
 *
 *   npx jscodeshift -t node_modules/route-actions/transforms/callers-to-action.ts --run-in-band --extensions=ts,tsx,js,jsx app components lib
 *
 * Run it after route-to-action, over the rest of the app: it reads the plan route-to-action
 * saved (or plans afresh when there is none) and rewrites a caller file only once every route
 * it calls has been converted, so no caller ever points at an action that doesn't exist. It
 * returns the file's new text; the one other file it may write is the small helper that
 * gives axios callers an axios-shaped response, which it creates when a caller needs it.
 */
import path from 'node:path';
import type { API, FileInfo, Options } from 'jscodeshift';
import { writeFileAtomically } from '../src/apply/write-plan.ts';
import { changeOf, currentText, landed, plannedFile } from './lib/planned-file.ts';

export default async function transformer(file: FileInfo, api: API, options: Options): Promise<string | undefined> {
  const found = await plannedFile(file, options, { fresh: false }, (unit, relative) => unit.direction === 'to-action' && unit.route.file !== relative && unit.files.includes(relative));
  if (!found) return undefined;
  const { root, plan, relative, change, units } = found;
  if (!change) return undefined;
  const pending = units.filter((u) => !landed(root, changeOf(plan, u.route.file)) || (u.action && currentText(root, u.action.file) === null));
  if (pending.length) {
    api.report(`${relative}: left alone until route-to-action has converted ${pending.map((u) => u.route.file).join(', ')}`);
    return undefined;
  }
  // New files the callers need and no route brings: the axios helper.
  const helpers = plan.changes.filter((c) => c.before === null && c.file !== relative && units.some((u) => c.units.includes(u.id)) && !units.some((u) => u.action?.file === c.file));
  for (const helper of helpers) {
    const now = currentText(root, helper.file);
    if (now !== null && now !== helper.after) {
      api.report(`${relative}: left alone, ${helper.file} exists with other content`);
      return undefined;
    }
    if (now === null && !options.dry) writeFileAtomically(path.join(root, helper.file), helper.after!);
  }
  return change.after ?? undefined;
}
