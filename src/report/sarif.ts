import { FINDING_RULES } from '../findings.ts';
import { pathToFileURL } from 'node:url';
import { fromRepositoryRoot } from './github.ts';
import type { ReportInput } from './report-input.ts';

/** SARIF 2.1.0 for code scanning: one result per finding, located by file and line. */
export function renderSarif(input: ReportInput): string {
  const rules = Object.entries(FINDING_RULES).map(([id, text]) => ({ id, shortDescription: { text } }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'route-actions', version: input.version, rules } },
        // Paths are from the repository root, which originalUriBaseIds names, so code scanning finds them in a monorepo too.
        ...(input.repository ? { originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(`${input.repository.dir}/`).href } } } : {}),
        results: input.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: rules.findIndex((r) => r.id === f.rule),
          level: f.level,
          message: { text: f.message },
          partialFingerprints: { 'routeActions/v1': f.id },
          locations: [{ physicalLocation: { artifactLocation: { uri: fromRepositoryRoot(input, f.file), uriBaseId: input.repository ? 'SRCROOT' : '%SRCROOT%' }, region: { startLine: f.line } } }],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
