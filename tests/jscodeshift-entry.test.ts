// The transforms also run under jscodeshift's own runner, computing the plan themselves.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/app-copy.ts';
import { tree } from './helpers/tree.ts';

const JSCODESHIFT = path.join(REPO, 'node_modules/jscodeshift/bin/jscodeshift.js');
const scratch: string[] = [];

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
    const cli = spawnSync(process.execPath, [path.join(REPO, 'bin/route-actions.js'), 'migrate', viaCli, '--write'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);

    const viaJscodeshift = copyOf(source);
    for (const transform of ['callers-to-action', 'route-to-action', 'action-to-route']) {
      const run = spawnSync(process.execPath, [JSCODESHIFT, '-t', path.join(REPO, `transforms/${transform}.ts`), '--run-in-band', '--extensions=ts,tsx', 'app', 'components'], {
        cwd: viaJscodeshift,
        encoding: 'utf8',
        env: { ...process.env, BABEL_DISABLE_CACHE: '1' },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('0 errors');
    }
    const [expected, actual] = [tree(viaCli), tree(viaJscodeshift)];
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const file of Object.keys(expected)) expect(actual[file], file).toBe(expected[file]);
  }, 60_000);

  it('--dry changes nothing', () => {
    const dir = copyOf(path.join(REPO, 'examples/blog'));
    const before = tree(dir);
    const run = spawnSync(process.execPath, [JSCODESHIFT, '-t', path.join(REPO, 'transforms/route-to-action.ts'), '--dry', '--run-in-band', '--extensions=ts,tsx', 'app'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, BABEL_DISABLE_CACHE: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(tree(dir)).toEqual(before);
  }, 60_000);
});
