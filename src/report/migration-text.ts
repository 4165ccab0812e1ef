import type { MigrationPlan, MigrationUnit } from '../plan/types.js';
import { unifiedDiff, type Colors } from './diff.js';

function heading(unit: MigrationUnit, colors: Colors): string {
  const target = unit.action ? ` → ${unit.action.name} in ${unit.action.file}` : '';
  return colors.bold(colors.magenta(`### ${unit.id} (${unit.route.file}): decision action${target}`));
}

/** The dry run: every planned change as a unified diff, grouped by unit, then what was declined and a summary. */
export function renderMigrationText(plan: MigrationPlan, colors: Colors): string {
  const out: string[] = [];
  const planned = plan.units.filter((u) => u.status === 'planned');
  const declined = plan.units.filter((u) => u.status === 'declined');
  const shown = new Set<string>();
  for (const unit of planned) {
    out.push(heading(unit, colors), '');
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
    out.push(colors.bold('Declined: these routes stay as they are'));
    for (const unit of declined) {
      out.push(`  ${unit.id} (${unit.route.file}:${unit.route.line})`);
      for (const p of unit.problems) out.push(colors.yellow(`    ${p.file}:${p.line}: ${p.reason}`));
    }
    out.push('');
  }
  const callers = planned.reduce((n, u) => n + u.callers.length, 0);
  out.push(
    `Summary: ${planned.length} route${planned.length === 1 ? '' : 's'} → action, ${callers} caller${callers === 1 ? '' : 's'} rewritten, ` +
      `${declined.length} declined; ${plan.changes.length} file${plan.changes.length === 1 ? '' : 's'} would change.`,
  );
  return `${out.join('\n')}\n`;
}
