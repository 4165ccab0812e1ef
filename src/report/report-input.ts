import type { Finding } from '../findings.js';
import type { MigrationPlan } from '../plan/types.js';
import type { AuditResult } from '../types.js';
import type { Colors } from './diff.js';

/** Everything a reporter may show; each reporter is one function of this. */
export interface ReportInput {
  command: 'audit' | 'migrate' | 'check';
  /** The dir as the user wrote it. */
  label: string;
  version: string;
  audit: AuditResult;
  plan?: MigrationPlan;
  findings: Finding[];
  /** For `check` with a baseline: the findings the baseline does not accept. */
  newFindings: Finding[];
  colors: Colors;
}
