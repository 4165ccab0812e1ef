import type { Caller } from '../types.ts';

/** Why a unit is not migrated, pointing at the code that stopped it. */
export interface UnitProblem {
  file: string;
  line: number;
  reason: string;
}

/** One route (or action) and everything that changes with it: all of it migrates, or none of it. */
export interface MigrationUnit {
  /** `POST /api/posts`. */
  id: string;
  direction: 'to-action' | 'to-route';
  route: { file: string; url: string; method: string; line: number };
  action?: { name: string; file: string };
  status: 'planned' | 'declined';
  problems: UnitProblem[];
  /** What a reviewer must know about a planned unit: checks added, behaviour that changes. */
  notes: string[];
  /** A generated route that checks no credentials (no externalAuth in the config). */
  unauthenticated?: boolean;
  callers: Caller[];
  files: string[];
}

/** A file's text before and after; null before for a new file, null after for a removed one. */
export interface FileChange {
  file: string;
  before: string | null;
  after: string | null;
  units: string[];
}

/** Plain, serialisable data: the dry run, the report and `--write` all come from it. */
export interface MigrationPlan {
  version: 1;
  basePath: string;
  units: MigrationUnit[];
  changes: FileChange[];
  /** Whether the planned tree was type-checked with the app's TypeScript, and with what result. */
  typecheck?: TypecheckSummary;
}

/**
 * `checked`: the planned tree has no type error the untouched tree lacks; `verified` units are
 * planned, `declined` ones were declined for the errors they added. `checks` full type-checks
 * took `ms` in all. `not-verified`: the app could not be checked, and why. `skipped`:
 * `--no-typecheck`. `nothing-to-check`: no route becomes an action.
 */
export type TypecheckSummary =
  | { status: 'checked'; typescriptVersion: string; verified: number; declined: number; checks: number; ms: number }
  | { status: 'not-verified'; reason: string }
  | { status: 'skipped' }
  | { status: 'nothing-to-check' };
