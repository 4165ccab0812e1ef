// The transforms also run under jscodeshift's own runner, computing the plan themselves.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/app-copy.ts';
import { tree } from './helpers/tree.ts';

const JSCODESHIFT = path.join(REPO, 'node_modules/jscodeshift/bin/jscodeshift.js');
const scratch: string[] = [];

function jscodeshift(cwd: string, transform: string, dirs: string[], flags: string[] = []) {
  return spawnSync(process.execPath, [JSCODESHIFT, '-t', path.join(REPO, `transforms/${transform}.ts`), '--run-in-band', '--extensions=ts,tsx', ...flags, ...dirs], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BABEL_DISABLE_CACHE: '1' },
  });
}

function copyOf(source: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-jsc-'));
  cpSync(source, dir, { recursive: true });
  scratch.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('npx jscodeshift -t transforms/<name>.ts', () => {
  it('gives the same tree as route-actions migrate --write', () => {
    const source = path.join(REPO, 'examples/blog');
    const viaCli = copyOf(source);
    const cli = spawnSync(process.execPath, [path.join(REPO, 'bin/route-actions.js'), 'migrate', viaCli, '--write', '--force'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);

    const viaJscodeshift = copyOf(source);
    // The documented order: route-to-action over the app folder, then callers-to-action over the rest, then action-to-route.
    for (const [transform, dirs] of [['route-to-action', ['app']], ['callers-to-action', ['app', 'components', 'lib']], ['action-to-route', ['app', 'lib']]] as const) {
      const run = jscodeshift(viaJscodeshift, transform, [...dirs]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('0 errors');
    }
    rmSync(path.join(viaJscodeshift, 'node_modules/.cache'), { recursive: true, force: true });
    rmSync(path.join(viaCli, 'node_modules/.cache'), { recursive: true, force: true });
    const [expected, actual] = [tree(viaCli), tree(viaJscodeshift)];
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const file of Object.keys(expected)) expect(actual[file], file).toBe(expected[file]);
  }, 60_000);

  it('runs every top-level file of transforms/ with --dry on the example app: zero errors, nothing written', () => {
    const dir = copyOf(path.join(REPO, 'examples/blog'));
    const before = tree(dir);
    const transforms = readdirSync(path.join(REPO, 'transforms')).filter((f) => f.endsWith('.ts'));
    expect(transforms.sort()).toEqual(['action-to-route.ts', 'callers-to-action.ts', 'route-to-action.ts']);
    for (const transform of transforms) {
      const run = jscodeshift(dir, transform.replace(/\.ts$/, ''), ['app', 'components', 'lib'], ['--dry']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('0 errors');
    }
    expect(tree(dir)).toEqual(before);
  }, 60_000);

  it('reports exactly the files it changes: route-to-action counts the route files it rewrites, and reports the ones it removes', () => {
    const dir = copyOf(path.join(REPO, 'examples/blog'));
    const run = jscodeshift(dir, 'route-to-action', ['app']);
    expect(run.status, run.stderr).toBe(0);
    const removed = run.stdout.match(/removed, POST was its only handler/g) ?? [];
    const ok = Number(/(\d+) ok/.exec(run.stdout)?.[1]);
    expect(ok + removed.length).toBe(7);
  }, 60_000);

  it('leaves callers alone when route-to-action has not run, and says why', () => {
    const dir = copyOf(path.join(REPO, 'examples/blog'));
    const before = tree(dir);
    const run = jscodeshift(dir, 'callers-to-action', ['components']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('left alone until route-to-action has converted');
    expect(tree(dir)).toEqual(before);
  }, 60_000);
});
