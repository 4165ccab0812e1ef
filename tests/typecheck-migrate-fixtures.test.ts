// Every fixture app under __testfixtures__/migrate/ with a tsconfig.json, type-checked with the
// TypeScript the project pins before and after its migration is written: the migration adds no
// error. The copies live in the repo's scratch folder, so `next`, `react` and their types
// resolve from the repo's node_modules as they would in the app; errors the input already has
// (a fixture leaves out a lib file, say) are in both and don't count.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlan } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import { copyApp, REPO } from './helpers/app-copy.ts';
import { addedErrors, tscErrors } from './helpers/typecheck.ts';

const FIXTURES = path.join(REPO, '__testfixtures__/migrate');
const APPS = readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, 'input/tsconfig.json')));

const removals: (() => void)[] = [];
afterAll(() => {
  for (const remove of removals) remove();
});

describe('migrated fixture apps type-check as well as their inputs', () => {
  it('finds the fixture apps that carry a tsconfig.json', () => {
    expect(APPS.length).toBeGreaterThanOrEqual(20);
  });

  it('resolves next and react types for the copies, so the check sees real types', () => {
    const copy = copyApp(path.join(FIXTURES, 'converts-json-body/input'), 'typecheck-resolve');
    removals.push(copy.remove);
    expect(tscErrors(copy.dir).filter((e) => /Cannot find module '(next|react)/.test(e))).toEqual([]);
  });

  for (const name of APPS) {
    it(`${name}: the written migration adds no type error`, async () => {
      const copy = copyApp(path.join(FIXTURES, name, 'input'), `typecheck-${name}`);
      removals.push(copy.remove);
      // The tool's own check is off: a unit it declined would hide the error this test looks for.
      const { plan } = await planMigration(copy.dir, { cache: false, typecheck: false });
      if (!plan.changes.length) return;
      const before = tscErrors(copy.dir);
      const outcome = await writePlan(copy.dir, plan);
      expect(outcome.failed).toEqual([]);
      expect(addedErrors(before, tscErrors(copy.dir))).toEqual([]);
    });
  }
});
