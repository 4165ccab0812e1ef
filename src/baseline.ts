import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './errors.ts';
import type { Finding } from './findings.ts';

/** A reviewed list of accepted findings, so a team can adopt `check` one route at a time. */
export interface Baseline {
  version: 1;
  findings: { id: string; rule: string; file: string }[];
}

export function readBaseline(file: string, notice: (message: string) => void = () => {}): Set<string> {
  let parsed: Baseline;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
  } catch (err) {
    // A CI recipe's first run has no baseline yet: it accepts nothing, and says so.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      notice(`baseline ${file} not found: no finding is accepted; write one with --update-baseline`);
      return new Set();
    }
    throw new UsageError(`baseline ${file}: not valid JSON: ${(err as Error).message}`);
  }
  if (parsed?.version !== 1 || !Array.isArray(parsed.findings) || !parsed.findings.every((f) => typeof f?.id === 'string')) {
    throw new UsageError(`baseline ${file}: not a route-actions baseline (expected { "version": 1, "findings": [{ "id", … }] })`);
  }
  return new Set(parsed.findings.map((f) => f.id));
}

/** Sorted, one finding a line, so a change to it reads well in review. */
export function renderBaseline(findings: readonly Finding[]): string {
  const entries = [...new Map(findings.map((f) => [f.id, { id: f.id, rule: f.rule, file: f.file }])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": 1,\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

export function writeBaseline(file: string, findings: readonly Finding[]): void {
  writeFileSync(file, renderBaseline(findings));
}
