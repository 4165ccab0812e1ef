import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConvertedAction } from '../rewrite/converted-action.ts';
import type { CallersOutcome } from '../rewrite/callers.ts';
import type { CallRewrite } from '../rewrite/call-rewrite.ts';
import { parseSource } from '../scan/parse-source.ts';
import type { RouteEntry } from '../types.ts';
import type { PlanTypecheck } from '../verify/plan-typecheck.ts';
import { buildActionModule, type ModuleEntry } from './action-module.ts';
import type { ActionCallExemption } from './proxy-refusal.ts';
import type { FileChange, MigrationUnit } from './types.ts';

export type RewriteResult = CallersOutcome | { ok: false; reason: string; line: number };

/** A module the migration writes beside the actions for caller files that come to use `name` (asAxiosResponse, statusTextOf). */
export interface GeneratedHelper {
  file: string;
  source: string;
  name: string;
}

/** A route whose conversion and caller rewrites each work on their own, waiting to be composed with the others. */
export interface Candidate {
  unit: MigrationUnit;
  route: RouteEntry;
  moduleFile: string;
  action: ConvertedAction;
  routeSource: string | null;
  rewrites: { file: string; rewrite: CallRewrite }[];
  /** Its action is already in an existing module, left by an earlier --write that did not finish. */
  resumed: boolean;
}

/**
 * Puts the planned units together file by file. A unit whose files no longer rewrite or
 * parse when combined with the others, or that add a type error, is declined, and the rest
 * are composed again.
 */
export function composeChanges(
  candidates: Candidate[],
  read: (file: string) => string,
  rewrite: (file: string, rewrites: CallRewrite[]) => RewriteResult,
  root: string,
  helpers: GeneratedHelper[],
  typecheck: PlanTypecheck,
  proxyExemption?: ActionCallExemption,
): FileChange[] {
  for (let round = 0; round < candidates.length + 1; round++) {
    const live = candidates.filter((c) => !c.unit.problems.length);
    const changes: FileChange[] = [];
    const failed = new Set<Candidate>();
    const fail = (c: Candidate, file: string, line: number, reason: string) => {
      c.unit.problems.push({ file, line, reason });
      failed.add(c);
    };

    for (const c of live) changes.push({ file: c.route.file, before: read(c.route.file), after: c.routeSource, units: [c.unit.id] });

    const callerFiles = new Map<string, { c: Candidate; rewrite: CallRewrite }[]>();
    const rewrittenCallers = new Map<string, string>();
    for (const c of live) for (const r of c.rewrites) callerFiles.set(r.file, [...(callerFiles.get(r.file) ?? []), { c, rewrite: r.rewrite }]);
    for (const [file, entries] of callerFiles) {
      const outcome = rewrite(file, entries.map((e) => e.rewrite));
      if ('reason' in outcome) {
        for (const e of entries) fail(e.c, file, 1, outcome.reason);
        continue;
      }
      if (!outcome.ok) {
        for (const f of outcome.failures) fail(entries.find((e) => e.rewrite === f.rewrite)!.c, file, f.line, `caller not rewritten with certainty: ${f.reason}`);
        continue;
      }
      changes.push({ file, before: read(file), after: outcome.source, units: [...new Set(entries.map((e) => e.c.unit.id))] });
      rewrittenCallers.set(file, outcome.source);
    }

    const modules = new Map<string, Candidate[]>();
    for (const c of live.filter((x) => !x.resumed)) modules.set(c.moduleFile, [...(modules.get(c.moduleFile) ?? []), c]);
    for (const [moduleFile, members] of modules) {
      const entries: ModuleEntry[] = members.map((c) => ({ routeFile: c.route.file, action: c.action }));
      const text = buildActionModule(moduleFile, entries, /\.tsx?$/.test(moduleFile), members[0]!.action.style);
      if (existsSync(path.join(root, moduleFile))) {
        for (const c of members) fail(c, moduleFile, 1, `${moduleFile} exists already and is never overwritten`);
        continue;
      }
      changes.push({ file: moduleFile, before: null, after: text, units: members.map((c) => c.unit.id) });
    }

    for (const helper of helpers) {
      const named = new RegExp(`\\b${helper.name}\\b`);
      const users = live.filter((c) => c.rewrites.some((r) => named.test(rewrittenCallers.get(r.file) ?? '') && !named.test(read(r.file))));
      if (!users.length) continue;
      const existing = existsSync(path.join(root, helper.file)) ? read(helper.file) : null;
      if (existing === null) changes.push({ file: helper.file, before: null, after: helper.source, units: users.map((c) => c.unit.id) });
      else if (existing !== helper.source) for (const c of users) fail(c, helper.file, 1, `${helper.file} exists with other content and is never overwritten`);
    }

    if (proxyExemption && live.length) {
      const before = read(proxyExemption.file);
      if (changes.some((ch) => ch.file === proxyExemption.file)) for (const c of live) fail(c, proxyExemption.file, proxyExemption.line, `${proxyExemption.file} would change twice: its fetch calls and its check of action calls`);
      else changes.push({ file: proxyExemption.file, before, after: proxyExemption.after(before), units: live.map((c) => c.unit.id) });
    }

    // Every file the migration writes must parse before anything is written.
    for (const change of changes) {
      if (change.after === null) continue;
      const parsed = parseSource(change.file, change.after);
      if ('error' in parsed) {
        for (const c of live.filter((x) => change.units.includes(x.unit.id))) {
          fail(c, change.file, parsed.error.line, `the rewritten file would not parse: ${parsed.error.message}`);
        }
      }
    }
    // Type-checked only once it parses: each round declines the units its new errors are charged to.
    if (!failed.size) {
      const checked = live.map((c) => ({ id: c.unit.id, actionName: c.action.name }));
      for (const d of typecheck.declines(changes, checked)) fail(live.find((c) => c.unit.id === d.unit)!, d.file, d.line, d.reason);
    }
    if (!failed.size) return changes.sort((a, b) => a.file.localeCompare(b.file));
  }
  return [];
}
