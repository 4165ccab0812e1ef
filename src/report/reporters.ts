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
    input.command === 'audit' ? renderText(input.audit, input.label, input.plan) : input.command === 'migrate' ? renderMigrationText(input.plan!, input.colors) : renderCheckText(input),
  json: (input: ReportInput) =>
    renderJson({
      ...input.audit,
      // audit plans only to say what migrate would do with each decision: its units, not its file contents.
      ...(input.plan ? (input.command === 'audit' ? { migration: input.plan.units } : { plan: input.plan }) : {}),
      findings: input.findings,
    }),
  markdown: renderMarkdown,
  sarif: renderSarif,
  github: renderGithub,
} satisfies Record<string, (input: ReportInput) => string>;

export type ReporterName = keyof typeof REPORTERS;
