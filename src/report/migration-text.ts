import type { WriteOutcome } from '../apply/write-plan.ts';
import type { MigrationPlan, MigrationUnit } from '../plan/types.ts';
import { unifiedDiff, type Colors } from './diff.ts';
import { typecheckLine } from './typecheck-line.ts';

function heading(unit: MigrationUnit, colors: Colors): string[] {
  const title =
    unit.direction === 'to-action'
      ? `### ${unit.id} (${unit.route.file}): decision action → ${unit.action?.name} in ${unit.action?.file}`
      : `### ${unit.action?.name} (${unit.action?.file}): decision route → POST ${unit.route.url} in ${unit.route.file}`;
  return [colors.bold(colors.magenta(title)), ...unit.notes.map((n) => (n.startsWith('UNAUTHENTICATED') ? colors.yellow(`  ! ${n}`) : `  - ${n}`))];
}

function changed(plan: MigrationPlan, outcome: WriteOutcome | undefined): string {
  if (!outcome) return `${plural(plan.changes.length, 'file')} would change`;
  const done = outcome.written.length + outcome.removed.length;
  const left = plan.changes.length - done;
  return `${plural(done, 'file')} changed (${outcome.written.length} written, ${outcome.removed.length} removed)${left ? `; ${plural(left, 'file')} of ${plural(outcome.failed.length, 'unit')} not written` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The dry run: every planned change as a unified diff, grouped by unit, then what was declined and a summary; after --write, what changed. */
export function renderMigrationText(plan: MigrationPlan, colors: Colors, outcome?: WriteOutcome): string {
  const out: string[] = [];
  const planned = plan.units.filter((u) => u.status === 'planned');
  const declined = plan.units.filter((u) => u.status === 'declined');
  const shown = new Set<string>();
  for (const unit of planned) {
    out.push(...heading(unit, colors), '');
    for (const change of plan.changes.filter((c) => c.units.includes(unit.id))) {
      if (shown.has(change.file)) {
        out.push(colors.dim(`(${change.file}: shown above, it also changes for ${change.units.filter((u) => u !== unit.id).join(', ')})`), '');
        continue;
      }
      shown.add(change.file);
      out.push(unifiedDiff(change, colors), '');
    }
  }
  if (declined.length) {
    out.push(colors.bold('Declined: these stay as they are'));
    for (const unit of declined) {
      out.push(unit.direction === 'to-action' ? `  ${unit.id} (${unit.route.file}:${unit.route.line})` : `  ${unit.action?.name} (${unit.action?.file}) → POST ${unit.route.url}`);
      for (const p of unit.problems) out.push(colors.yellow(`    ${p.file}:${p.line}: ${p.reason}`));
    }
    out.push('');
  }
  const toActions = planned.filter((u) => u.direction === 'to-action');
  const toRoutes = planned.filter((u) => u.direction === 'to-route');
  const callers = toActions.reduce((n, u) => n + u.callers.length, 0);
  const unauthenticated = toRoutes.filter((u) => u.unauthenticated).length;
  if (plan.typecheck) out.push(`${typecheckLine(plan.typecheck)}.`);
  out.push(
    `Summary: ${plural(toActions.length, 'route')} → action (${plural(callers, 'caller')} rewritten), ${plural(toRoutes.length, 'action')} → route` +
      `${unauthenticated ? ` (${unauthenticated} unauthenticated)` : ''}, ${declined.length} declined; ${changed(plan, outcome)}.`,
  );
  for (const f of outcome?.failed ?? []) out.push(colors.red(`Not written: ${f.unit}: ${f.reason}`));
  return `${out.join('\n')}\n`;
}
