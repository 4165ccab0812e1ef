import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const NEXT_BIN = require.resolve('next/dist/bin/next');

/** `next build` in `dir`; returns its exit code and output for the failure message. */
export function nextBuild(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
