import { FINDING_RULES } from '../findings.ts';
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
        results: input.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: rules.findIndex((r) => r.id === f.rule),
          level: f.level,
          message: { text: f.message },
          partialFingerprints: { 'routeActions/v1': f.id },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, region: { startLine: f.line } } }],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
