import { createColors } from 'picocolors';
import { unifiedDiff } from './diff.ts';
import type { ReportInput } from './report-input.ts';
import { typecheckLine } from './typecheck-line.ts';

const plain = createColors(false);

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A PR comment: a summary table, the findings, and each unit's diff folded away. */
export function renderMarkdown(input: ReportInput): string {
  const { audit, plan, findings } = input;
  const post = audit.routes.filter((r) => r.method === 'POST');
  const planned = plan?.units.filter((u) => u.status === 'planned') ?? [];
  const declined = plan?.units.filter((u) => u.status === 'declined') ?? [];
  const out = [
    `## route-actions ${input.command}: \`${input.label}\``,
    '',
    '| | count |',
    '|---|---:|',
    `| POST routes that should be actions | ${post.filter((r) => r.decision === 'action').length} |`,
    `| POST routes that stay routes | ${post.filter((r) => r.decision === 'route').length} |`,
    `| Actions that outside callers need as routes | ${audit.actions.filter((a) => a.decision === 'route').length} |`,
    `| Actions that stay actions | ${audit.actions.filter((a) => a.decision === 'action').length} |`,
  ];
  if (plan) {
    out.push(`| Units the migration converts | ${planned.length} |`, `| Units it declines | ${declined.length} |`);
  }
  out.push(`| Findings (errors / warnings) | ${findings.filter((f) => f.level === 'error').length} / ${findings.filter((f) => f.level === 'warning').length} |`, '');
  if (plan?.typecheck) out.push(`Migration: ${typecheckLine(plan.typecheck)}.`, '');
  if (findings.length) {
    out.push('### Findings', '', '| level | where | finding |', '|---|---|---|');
    for (const f of findings) out.push(`| ${f.level} | \`${f.file}:${f.line}\` | ${cell(f.message)} |`);
    out.push('');
  }
  if (plan && planned.length) {
    out.push('### Planned changes', '');
    for (const unit of planned) {
      const title = unit.direction === 'to-action' ? `${unit.id} → ${unit.action?.name}` : `${unit.action?.name} → POST ${unit.route.url}`;
      const diffs = plan.changes.filter((c) => c.units.includes(unit.id)).map((c) => unifiedDiff(c, plain));
      out.push('<details>', `<summary>${cell(title)}</summary>`, '', ...unit.notes.map((n) => `- ${n}`), '', '```diff', ...diffs, '```', '', '</details>', '');
    }
  }
  if (declined.length) {
    out.push('### Declined', '');
    for (const unit of declined) for (const p of unit.problems) out.push(`- **${cell(unit.id)}**: \`${p.file}:${p.line}\` ${cell(p.reason)}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
