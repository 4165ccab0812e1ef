// The cache and the worker pool are speed only: the audit must come out the same either way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApp } from '../bench/generate-app.ts';
import { REPO } from './helpers/app-copy.ts';

const BIN = path.join(REPO, 'bin/route-actions.js');
let dir: string;

function audit(...args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, 'audit', dir, '--json', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

const cacheFile = () => path.join(dir, 'node_modules/.cache/route-actions/scan.json');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-cache-'));
  // Big enough that the worker pool gets several batches.
  generateApp(dir, 600, 7);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan cache and worker pool', () => {
  it('give the same audit with and without the cache, and for 0, 1 and 3 workers', () => {
    const reference = audit('--no-cache', '--workers', '0');
    expect(JSON.parse(reference).routes.length).toBeGreaterThan(20);
    expect(existsSync(cacheFile())).toBe(false);

    expect(audit('--no-cache', '--workers', '1')).toBe(reference);
    expect(audit('--no-cache', '--workers', '3')).toBe(reference);
    expect(audit('--workers', '2')).toBe(reference); // cold: fills the cache
    expect(existsSync(cacheFile())).toBe(true);
    expect(audit('--workers', '0')).toBe(reference); // warm: served from it
  }, 120_000);

  it('ignores a corrupt cache or one from another version, and replaces it', () => {
    const reference = audit('--no-cache');
    writeFileSync(cacheFile(), '{ not json');
    expect(audit()).toBe(reference);
    expect(() => JSON.parse(readFileSync(cacheFile(), 'utf8'))).not.toThrow();

    const stale = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values(stale.entries) as { facts?: { calls: unknown[] } }[]) if (entry.facts) entry.facts.calls = [];
    stale.key = 'route-actions 0.0.0-other';
    writeFileSync(cacheFile(), JSON.stringify(stale));
    expect(audit()).toBe(reference);
  }, 120_000);

  it('notices an edited file: its entry is keyed by content', () => {
    const reference = JSON.parse(audit());
    const caller = reference.routes.flatMap((r: { callers: { file: string }[] }) => r.callers).find((c: { file: string }) => c.file.startsWith('components/forms/'));
    const target = path.join(dir, caller.file);
    const before = readFileSync(target, 'utf8');
    writeFileSync(target, before.replace(/fetch\('\/api\/[^']+'/, "fetch('/api/nowhere'").replace(/axios\.post\('\/api\/[^']+'/, "axios.post('/api/nowhere'"));
    try {
      expect(audit()).toBe(audit('--no-cache'));
      expect(audit()).not.toBe(JSON.stringify(reference, null, 2) + '\n');
    } finally {
      writeFileSync(target, before);
    }
  }, 120_000);
});
