// The migrated example app must still build for production, type check included.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlan } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import { copyApp, REPO } from './helpers/app-copy.ts';
import { nextBuild } from './helpers/next.ts';

describe('the example app builds with next build before and after migration', () => {
  let app: ReturnType<typeof copyApp>;
  beforeAll(() => {
    app = copyApp(path.join(REPO, 'examples/blog'), 'build');
  });
  afterAll(() => app.remove());

  it('builds as it is', () => {
    const build = nextBuild(app.dir);
    expect(build.status, build.output).toBe(0);
  }, 300_000);

  it('migrates, and the migrated app builds', async () => {
    const { plan } = await planMigration(app.dir);
    const planned = plan.units.filter((u) => u.status === 'planned').map((u) => u.id);
    expect(planned).toContain('POST /api/posts');
    const outcome = await writePlan(app.dir, plan);
    expect(outcome.failed).toEqual([]);
    expect(existsSync(path.join(app.dir, 'app/api/subscribe/route.ts'))).toBe(false);
    expect(readFileSync(path.join(app.dir, 'app/(marketing)/newsletter/page.tsx'), 'utf8')).toContain('<form action={subscribe}');

    const build = nextBuild(app.dir);
    expect(build.status, build.output).toBe(0);
  }, 300_000);
});
