import type { FileChange, MigrationUnit, TypecheckSummary } from '../plan/types.ts';
import { attributeErrors, type CheckedUnit, type TypeDecline } from './attribute.ts';
import { createTypeChecker, type TypeCheckerSetup, type TypecheckOptions } from './typecheck.ts';

export interface PlanTypecheck {
  /** Type-checks the composed changes; the units to decline for the errors they add (none when checking is off or impossible). */
  declines(changes: readonly FileChange[], units: readonly CheckedUnit[]): TypeDecline[];
  /** What the plan reports about the check. */
  summary(units: readonly MigrationUnit[]): TypecheckSummary;
}

/**
 * The type check of one planning run. TypeScript is loaded, and the untouched tree checked,
 * only when there is a change to check; later rounds reuse that baseline.
 */
export function planTypecheck(root: string, options: TypecheckOptions): PlanTypecheck {
  let setup: TypeCheckerSetup | undefined;
  return {
    declines(changes, units) {
      if (options.typecheck === false || !changes.length) return [];
      setup ??= createTypeChecker(root, options);
      if (!setup.ok) return [];
      try {
        return attributeErrors(setup.checker.check(changes).newErrors, changes, units);
      } catch (err) {
        // TypeScript itself failed: the plan stands unverified, and the report says why.
        setup = { ok: false, reason: `the type check failed: ${(err as Error).message.split('\n')[0]}` };
        return [];
      }
    },
    summary(units) {
      if (options.typecheck === false) return { status: 'skipped' };
      if (!setup) return { status: 'nothing-to-check' };
      if (!setup.ok) return { status: 'not-verified', reason: setup.reason };
      const { checks, ms } = setup.checker.stats();
      return {
        status: 'checked',
        typescriptVersion: setup.checker.version,
        verified: units.filter((u) => u.direction === 'to-action' && u.status === 'planned').length,
        declined: units.filter((u) => u.problems.some((p) => p.reason.startsWith('type check:'))).length,
        checks,
        ms: Math.round(ms),
      };
    },
  };
}
