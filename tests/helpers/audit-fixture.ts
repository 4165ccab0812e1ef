import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';
import { runAudit } from '../../src/audit.ts';
import type { AuditResult, RouteEntry } from '../../src/types.ts';

export const AUDIT_FIXTURES = fileURLToPath(new URL('../../__testfixtures__/audit/', import.meta.url));

/** Audits a fixture app once for the whole describe block. */
export function auditOf(name: string): () => AuditResult {
  let result: AuditResult | undefined;
  beforeAll(async () => {
    result = await runAudit(path.join(AUDIT_FIXTURES, name));
  });
  return () => {
    if (!result) throw new Error(`audit of ${name} did not run`);
    return result;
  };
}

export function route(result: AuditResult, url: string, method = 'POST'): RouteEntry {
  const found = result.routes.find((r) => r.url === url && r.method === method);
  if (!found) throw new Error(`no route ${method} ${url}; routes: ${result.routes.map((r) => `${r.method} ${r.url}`).join(', ')}`);
  return found;
}
