import type { FileChange } from '../plan/types.ts';
import type { NewTypeError } from './diagnostics.ts';
import { originalLine } from './line-map.ts';

/** A unit still in the plan, and the name of its action in its module. */
export interface CheckedUnit {
  id: string;
  actionName: string;
}

/** A unit to decline, and the error that declines it. */
export interface TypeDecline {
  unit: string;
  file: string;
  line: number;
  reason: string;
}

/** A unit with many errors is declined with the first few: one is enough to decline it. */
const SHOWN_PER_UNIT = 5;

/**
 * Which units a new error is charged to, by the file it is in:
 * - a file one unit changes: that unit;
 * - a new action module several units share: the unit whose action function holds the error,
 *   else (the imports, the shared result type) all of them;
 * - a caller file several units rewrite: all of them;
 * - a file no unit changes (a changed module's types can break an importer): the units whose
 *   changed files it reaches through its imports, else every unit, the safe side.
 */
function ownersOf(error: NewTypeError, changes: readonly FileChange[], units: readonly CheckedUnit[]): string[] {
  const live = new Set(units.map((u) => u.id));
  const everyone = [...live];
  const change = changes.find((c) => c.file === error.file);
  if (change) {
    const owners = change.units.filter((id) => live.has(id));
    if (owners.length > 1 && change.before === null && error.declaration) {
      const owner = units.find((u) => owners.includes(u.id) && u.actionName === error.declaration);
      if (owner) return [owner.id];
    }
    return owners.length ? owners : everyone;
  }
  const reached = changes.filter((c) => error.reaches?.includes(c.file)).flatMap((c) => c.units.filter((id) => live.has(id)));
  return reached.length ? [...new Set(reached)] : everyone;
}

function oneLine(message: string): string {
  const flat = message.replace(/\s*\n\s*/g, ' ');
  return flat.length > 400 ? `${flat.slice(0, 400)}…` : flat;
}

/**
 * Where a declined unit's error points: in a file the plan edits, the line on disk it comes
 * from; in a file the plan creates, the line of the planned text (the dry run shows it).
 */
function whereOf(error: NewTypeError, changes: readonly FileChange[]): { file: string; line: number } {
  if (!error.file) return { file: 'tsconfig.json', line: 1 };
  const change = changes.find((c) => c.file === error.file);
  const line = change?.before != null && change.after !== null ? originalLine(change.before, change.after, error.line) : error.line;
  return { file: error.file, line: Math.max(1, line) };
}

/** `type check: components/like.tsx:9: TS2322 Type 'number' is not assignable to type 'string'.` */
function declineReason(error: NewTypeError, where: { file: string; line: number }): string {
  return `type check: ${error.file ? `${where.file}:${where.line}: ` : ''}TS${error.code} ${oneLine(error.message)}`;
}

/** The declines the new errors call for: each unit charged with an error, with up to five of them as reasons. */
export function attributeErrors(errors: readonly NewTypeError[], changes: readonly FileChange[], units: readonly CheckedUnit[]): TypeDecline[] {
  const charged = new Map<string, NewTypeError[]>();
  for (const error of errors) {
    for (const id of ownersOf(error, changes, units)) charged.set(id, [...(charged.get(id) ?? []), error]);
  }
  return [...charged].flatMap(([unit, found]) => {
    const declines = found.slice(0, SHOWN_PER_UNIT).map((e) => {
      const where = whereOf(e, changes);
      return { unit, ...where, reason: declineReason(e, where) };
    });
    const more = found.length - SHOWN_PER_UNIT;
    if (more > 0) declines.push({ unit, ...whereOf(found[0]!, changes), reason: `type check: and ${more} more new type error${more === 1 ? '' : 's'}` });
    return declines;
  });
}
