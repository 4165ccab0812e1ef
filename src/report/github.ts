import path from 'node:path';
import type { ReportInput } from './report-input.ts';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A finding's file as the repository names it, so the annotation lands on the pull request's file. */
export function fromRepositoryRoot(input: ReportInput, file: string): string {
  return input.repository ? path.posix.normalize(`${input.repository.prefix}${file}`) : file;
}

/** GitHub Actions workflow commands: one annotation per finding, paths from the repository root. */
export function renderGithub(input: ReportInput): string {
  return input.findings
    .map((f) => `::${f.level} file=${escapeProperty(fromRepositoryRoot(input, f.file))},line=${f.line},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`)
    .join('');
}
