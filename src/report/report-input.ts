import type { Finding } from '../findings.ts';
import type { WriteOutcome } from '../apply/write-plan.ts';
import type { MigrationPlan } from '../plan/types.ts';
import type { AuditResult } from '../types.ts';
import type { Colors } from './diff.ts';

/** Everything a reporter may show; each reporter is one function of this. */
export interface ReportInput {
  command: 'audit' | 'migrate' | 'check';
  /** The dir as the user wrote it. */
  label: string;
  version: string;
  audit: AuditResult;
  plan?: MigrationPlan;
  /** After `migrate --write`: what was written, removed, or left because its unit failed. */
  outcome?: WriteOutcome;
  findings: Finding[];
  /** For `check` with a baseline: the findings the baseline does not accept. */
  newFindings: Finding[];
  colors: Colors;
  /** The git repository the app is in: CI reporters name files from its root (`apps/web/app/…`). */
  repository?: { dir: string; prefix: string };
}
