import type { ReportInput } from './report-input.ts';

/** `check` as text: one line a finding, then the verdict. */
export function renderCheckText(input: ReportInput): string {
  const { colors, findings, newFindings } = input;
  const fresh = new Set(newFindings.map((f) => f.id));
  const lines = findings.map((f) => {
    const mark = f.level === 'error' ? (fresh.has(f.id) ? colors.red('error  ') : colors.dim('known  ')) : colors.yellow('warning');
    return `${mark} ${f.file}:${f.line}  ${f.message}  [${f.rule}]`;
  });
  const errors = newFindings.filter((f) => f.level === 'error').length;
  const accepted = findings.filter((f) => f.level === 'error' && !fresh.has(f.id)).length;
  const warnings = findings.filter((f) => f.level === 'warning').length;
  const verdict = errors
    ? colors.red(`Drift: ${errors} finding${errors === 1 ? '' : 's'} the policy does not accept`)
    : colors.green('Clean: the code follows the policy');
  const extra = [accepted ? `${accepted} accepted by the baseline` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  return `${[`route-actions check: ${input.label}`, '', ...lines, ...(lines.length ? [''] : []), `${verdict}${extra ? ` (${extra})` : ''}.`].join('\n')}\n`;
}
