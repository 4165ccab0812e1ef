import { renderCheckText } from './check-text.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderMigrationText } from './migration-text.js';
import type { ReportInput } from './report-input.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const REPORTERS = {
  text: (input: ReportInput) =>
    input.command === 'audit' ? renderText(input.audit, input.label) : input.command === 'migrate' ? renderMigrationText(input.plan!, input.colors) : renderCheckText(input),
  json: (input: ReportInput) =>
    renderJson({ ...input.audit, ...(input.plan ? { plan: input.plan } : {}), findings: input.findings }),
  markdown: renderMarkdown,
  sarif: renderSarif,
  github: renderGithub,
} satisfies Record<string, (input: ReportInput) => string>;

export type ReporterName = keyof typeof REPORTERS;
