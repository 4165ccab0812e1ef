import type { AuditResult } from '../types.js';

/** Stable JSON: arrays are already sorted by the audit, keys come in a fixed order. */
export function renderJson(result: AuditResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
