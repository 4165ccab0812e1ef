// The type check of a planned migration (issue #14), on the fixture apps in
// __testfixtures__/typecheck/: tiny Next apps with stub declarations for next and React, so
// they type-check with nothing installed. Each case copies its app to a temp folder, plans
// with the project's pinned TypeScript, writes the plan, and runs the pinned `tsc` on the
// tree before and after: the written migration adds no error.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createColors } from 'picocolors';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlan } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import type { MigrationPlan } from '../src/plan/types.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { renderMigrationText } from '../src/report/migration-text.ts';
import { createTypeChecker } from '../src/verify/typecheck.ts';
import { REPO } from './helpers/app-copy.ts';
import { tree } from './helpers/tree.ts';
import { addedErrors, PINNED_TYPESCRIPT, PINNED_VERSION, tscErrors } from './helpers/typecheck.ts';

const FIXTURES = path.join(REPO, '__testfixtures__/typecheck');
const CLI = path.join(REPO, 'bin/route-actions.js');
const plain = createColors(false);

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function copyOf(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `route-actions-${name}-`));
  temps.push(dir);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

function unit(plan: MigrationPlan, id: string) {
  const found = plan.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}; units: ${plan.units.map((u) => u.id).join(', ')}`);
  return found;
}

describe('typecheck-number-id-segment: a number id in the URL reaches the action as a string', () => {
  const name = 'typecheck-number-id-segment';
  const id = 'POST /api/posts/[id]/comments';

  it('the input type-checks cleanly, so a new error would show', () => {
    expect(tscErrors(copyOf(name))).toEqual([]);
  });

  it('plans the unit, verified by the type check, and the written tree has no new error', async () => {
    const dir = copyOf(name);
    const before = tscErrors(dir);
    const untouched = tree(dir);
    const { plan } = await planMigration(dir, { cache: false, typescriptPath: PINNED_TYPESCRIPT });
    expect(tree(dir), 'planning and checking wrote into the app').toEqual(untouched);
    expect(unit(plan, id)).toMatchObject({ status: 'planned', problems: [] });
    expect(plan.typecheck).toMatchObject({ status: 'checked', typescriptVersion: PINNED_VERSION, verified: 1, declined: 0, checks: 2 });
    const caller = plan.changes.find((c) => c.file === 'components/comment-form.tsx');
    expect(caller?.after).toContain('createComment({ id: String(postId) }, { text })');
    expect((await writePlan(dir, plan)).failed).toEqual([]);
    expect(existsSync(path.join(dir, 'app/api/posts/[id]/comments/route.ts'))).toBe(false);
    expect(addedErrors(before, tscErrors(dir))).toEqual([]);
  });

  it('without String(), the check finds the error the issue reported: number is not assignable to string', async () => {
    const dir = copyOf(name);
    const { plan } = await planMigration(dir, { cache: false, typecheck: false });
    const changes = plan.changes.map((c) => (c.file === 'components/comment-form.tsx' ? { ...c, after: c.after!.replace('String(postId)', 'postId') } : c));
    expect(changes).not.toEqual(plan.changes);
    const setup = createTypeChecker(dir, { typescriptPath: PINNED_TYPESCRIPT });
    if (!setup.ok) throw new Error(setup.reason);
    const { newErrors } = setup.checker.check(changes);
    expect(newErrors).toEqual([expect.objectContaining({ file: 'components/comment-form.tsx', code: 2322, message: "Type 'number' is not assignable to type 'string'." })]);
    expect(setup.checker.check(plan.changes).newErrors).toEqual([]);
    expect(setup.checker.stats().checks, 'the untouched tree is checked once, then one check per planned tree').toBe(3);
  });
});

describe('typecheck-declines-unit-with-type-error: a unit whose only problem is a type error', () => {
  const name = 'typecheck-declines-unit-with-type-error';

  it('the input type-checks cleanly', () => {
    expect(tscErrors(copyOf(name))).toEqual([]);
  });

  it('declines that unit with the error as its reason, plans the other, and the written tree has no new error', async () => {
    const dir = copyOf(name);
    const before = tscErrors(dir);
    const { plan, audited } = await planMigration(dir, { cache: false, typescriptPath: PINNED_TYPESCRIPT });
    const like = unit(plan, 'POST /api/posts/[id]/like');
    expect(like.status).toBe('declined');
    // Line 10 of the file on disk: the `const res: Response = await fetch(…)` the rewrite would break.
    expect(like.problems).toEqual([
      {
        file: 'components/like-button.tsx',
        line: 10,
        reason: expect.stringMatching(/^type check: components\/like-button\.tsx:10: TS2740 Type 'RouteResult' is missing the following properties from type 'Response'/),
      },
    ]);
    expect(unit(plan, 'POST /api/posts')).toMatchObject({ status: 'planned', problems: [] });
    // The untouched tree, the round with both units, and the round without the declined one.
    expect(plan.typecheck).toMatchObject({ status: 'checked', verified: 1, declined: 1, checks: 3 });
    expect(plan.changes.map((c) => c.file)).toEqual(['app/actions/posts.ts', 'app/api/posts/route.ts', 'components/new-post.tsx']);
    expect(plan.changes.find((c) => c.file === 'app/actions/posts.ts')?.after).not.toContain('likePost(');

    const text = renderMigrationText(plan, plain);
    expect(text).toContain('    components/like-button.tsx:10: type check: components/like-button.tsx:10: TS2740 ');
    expect(text).toMatch(/\ntype-checked with TypeScript \d+\.\d+: 1 unit verified, 1 declined \(took \d+\.\d s\)\.\n/);
    const markdown = renderMarkdown({ command: 'migrate', label: name, version: '0', audit: audited.result, plan, findings: [], newFindings: [], colors: plain });
    expect(markdown).toMatch(/\nMigration: type-checked with TypeScript \d+\.\d+: 1 unit verified, 1 declined/);

    expect((await writePlan(dir, plan)).failed).toEqual([]);
    expect(existsSync(path.join(dir, 'app/api/posts/[id]/like/route.ts'))).toBe(true);
    expect(addedErrors(before, tscErrors(dir))).toEqual([]);
  });

  it('without the check, the same plan would break the build', async () => {
    const dir = copyOf(name);
    const before = tscErrors(dir);
    const { plan } = await planMigration(dir, { cache: false, typecheck: false });
    expect(plan.typecheck).toEqual({ status: 'skipped' });
    expect(unit(plan, 'POST /api/posts/[id]/like').status).toBe('planned');
    await writePlan(dir, plan);
    expect(addedErrors(before, tscErrors(dir))).toEqual([expect.stringMatching(/^components\/like-button\.tsx: TS2740 /)]);
  });
});

describe('when the app cannot be type-checked, the plan says so', () => {
  it('an app with no TypeScript to resolve is "not verified", and its units are still planned', async () => {
    const dir = copyOf('typecheck-number-id-segment');
    const { plan } = await planMigration(dir, { cache: false });
    expect(plan.typecheck).toEqual({ status: 'not-verified', reason: `TypeScript is not installed where ${dir} can resolve it (add typescript to its devDependencies and install)` });
    expect(unit(plan, 'POST /api/posts/[id]/comments').status).toBe('planned');
    expect(renderMigrationText(plan, plain)).toContain(`\nnot type-checked: TypeScript is not installed where ${dir} can resolve it`);
  });

  it('an app with no tsconfig.json is "not verified"', async () => {
    const dir = copyOf('typecheck-number-id-segment');
    rmSync(path.join(dir, 'tsconfig.json'));
    const { plan } = await planMigration(dir, { cache: false, typescriptPath: PINNED_TYPESCRIPT });
    expect(plan.typecheck).toEqual({ status: 'not-verified', reason: 'the app has no tsconfig.json' });
  });
});

describe('route-actions migrate reports the check', () => {
  function cli(...args: string[]) {
    const run = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it("resolves the app's TypeScript up through its parents' node_modules and reports it, in text and JSON", () => {
    // The fixture sits inside the repo: the repo's node_modules/typescript is the one it resolves.
    const app = path.relative(REPO, path.join(FIXTURES, 'typecheck-declines-unit-with-type-error'));
    const jsonFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'route-actions-typecheck-json-')), 'plan.json');
    temps.push(path.dirname(jsonFile));
    const run = cli('migrate', app, '--no-cache', '--reporter', 'text', '--reporter', 'json', '--output', `json=${jsonFile}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\ntype-checked with TypeScript \d+\.\d+: 1 unit verified, 1 declined \(took \d+\.\d s\)\.\nSummary: /);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as { plan: MigrationPlan };
    expect(json.plan.typecheck).toMatchObject({ status: 'checked', typescriptVersion: PINNED_VERSION, verified: 1, declined: 1, checks: 3 });
  });

  it('--no-typecheck skips it and says so', () => {
    const app = path.relative(REPO, path.join(FIXTURES, 'typecheck-declines-unit-with-type-error'));
    const run = cli('migrate', app, '--no-cache', '--no-typecheck');
    expect(run.stdout).toMatch(/\ntype check skipped \(--no-typecheck\)\.\nSummary: 2 routes → action/);
  });
});
