import { renderCheckText } from './check-text.ts';
import { renderGithub } from './github.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderMigrationText } from './migration-text.ts';
import type { ReportInput } from './report-input.ts';
import { renderSarif } from './sarif.ts';
import { renderText } from './text.ts';

export const REPORTERS = {
  text: (input: ReportInput) =>
    input.command === 'audit' ? renderText(input.audit, input.label, input.plan) : input.command === 'migrate' ? renderMigrationText(input.plan!, input.colors, input.outcome) : renderCheckText(input),
  json: (input: ReportInput) =>
    renderJson({
      ...input.audit,
      // audit plans only to say what migrate would do with each decision: its units, not its file contents.
      ...(input.plan ? (input.command === 'audit' ? { migration: input.plan.units } : { plan: input.plan }) : {}),
      ...(input.outcome ? { written: writtenFiles(input.plan!, input.outcome) } : {}),
      findings: input.findings,
    }),
  markdown: renderMarkdown,
  sarif: renderSarif,
  github: renderGithub,
} satisfies Record<string, (input: ReportInput) => string>;

export type ReporterName = keyof typeof REPORTERS;

/** Each planned file after --write: written, removed, or not written because its unit failed (with why). */
function writtenFiles(plan: NonNullable<ReportInput['plan']>, outcome: NonNullable<ReportInput['outcome']>) {
  return plan.changes.map((c) => {
    if (outcome.written.includes(c.file)) return { file: c.file, status: 'written' };
    if (outcome.removed.includes(c.file)) return { file: c.file, status: 'removed' };
    const failed = outcome.failed.filter((f) => c.units.includes(f.unit));
    return { file: c.file, status: 'failed', reasons: failed.map((f) => `${f.unit}: ${f.reason}`) };
  });
}
