import type { MigrationPlan } from './plan/types.ts';
import type { AuditResult } from './types.ts';

/** Where the code has drifted from the policy; `check` fails on errors, warnings only inform. */
export interface Finding {
  /** Stable across unrelated edits (no line numbers), for baselines. */
  id: string;
  rule: 'route-should-be-action' | 'action-needs-route' | 'unauthenticated-route';
  level: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

export const FINDING_RULES: Record<Finding['rule'], string> = {
  'route-should-be-action': 'A POST route that only the app’s own UI calls should be a Server Action.',
  'action-needs-route': 'A server action that outside callers need has no API route.',
  'unauthenticated-route': 'A route that serves an action to outside callers checks no credentials.',
};

/** Findings from the audit, with the migration's verdict on each when a plan is given. */
export function collectFindings(audit: AuditResult, plan?: MigrationPlan): Finding[] {
  const findings: Finding[] = [];
  const unitFor = (direction: string, match: (u: MigrationPlan['units'][number]) => boolean) => plan?.units.find((u) => u.direction === direction && match(u));
  const verdict = (unit: MigrationPlan['units'][number] | undefined) => {
    if (!plan) return '';
    if (!unit) return '; no migration covers it';
    if (unit.status === 'planned') return '; `route-actions migrate --write` converts it';
    if (!unit.problems.length) return '; the migration declines it: see the migrate report';
    return `; the migration declines it: ${unit.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`).join('; ')}`;
  };
  for (const route of audit.routes) {
    if (route.method !== 'POST' || route.decision !== 'action') continue;
    const unit = unitFor('to-action', (u) => u.route.file === route.file);
    findings.push({
      id: `route-should-be-action ${route.file} POST ${route.url}`,
      rule: 'route-should-be-action',
      level: 'error',
      file: route.file,
      line: route.line,
      message: `POST ${route.url} is called only by the app's own UI and should be a Server Action${verdict(unit)}`,
    });
  }
  for (const action of audit.actions) {
    if (action.decision !== 'route' || !action.externalPath) continue;
    const url = audit.basePath + action.externalPath;
    const served = audit.routes.find((r) => r.method === 'POST' && r.url === url);
    if (!served) {
      const unit = unitFor('to-route', (u) => u.action?.name === action.name && u.action.file === action.file);
      findings.push({
        id: `action-needs-route ${action.file} ${action.name}`,
        rule: 'action-needs-route',
        level: 'error',
        file: action.file,
        line: action.line,
        message: `${action.name} is needed by outside callers but no route serves it at ${url}${verdict(unit)}`,
      });
      if (unit?.status === 'planned' && unit.unauthenticated) {
        findings.push(unauthenticated(unit.route.file, 1, url, action.name, 'the route the migration would generate'));
      }
      continue;
    }
    const checked = served.reasons.some((r) => r.rule === 'external-api-key' || r.rule === 'external-signature');
    if (!checked) findings.push(unauthenticated(served.file, served.line, url, action.name, served.file));
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.id.localeCompare(b.id));
}

function unauthenticated(file: string, line: number, url: string, name: string, what: string): Finding {
  return {
    id: `unauthenticated-route ${file} POST ${url}`,
    rule: 'unauthenticated-route',
    level: 'warning',
    file,
    line,
    message: `POST ${url} serves ${name} to outside callers but ${what} checks no credentials (set externalAuth in the config)`,
  };
}
