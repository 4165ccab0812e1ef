import type { ReportInput } from './report-input.ts';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: one annotation per finding. */
export function renderGithub(input: ReportInput): string {
  return input.findings
    .map((f) => `::${f.level} file=${escapeProperty(f.file)},line=${f.line},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`)
    .join('');
}
