import type { TypecheckSummary } from '../plan/types.ts';

/** The report's line: "type-checked with TypeScript 5.9: 4 units verified, 1 declined (took 2.1 s)". */
export function typecheckLine(summary: TypecheckSummary): string {
  switch (summary.status) {
    case 'checked': {
      const version = /^\d+\.\d+/.exec(summary.typescriptVersion)?.[0] ?? summary.typescriptVersion;
      return `type-checked with TypeScript ${version}: ${summary.verified} unit${summary.verified === 1 ? '' : 's'} verified, ${summary.declined} declined (took ${(summary.ms / 1000).toFixed(1)} s)`;
    }
    case 'not-verified':
      return `not type-checked: ${summary.reason}`;
    case 'skipped':
      return 'type check skipped (--no-typecheck)';
    case 'nothing-to-check':
      return 'not type-checked: no route becomes an action, so there is nothing to check';
  }
}
