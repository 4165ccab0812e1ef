// One measurement in a fresh process, so caches, JIT and heap of one don't flatter the next.
// Prints {"ms": …, "maxRssMiB": …}: ms counts only the work, not Node's start-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverSourceFiles } from '../src/scan/discover.ts';
import { tuneHeapForScanning } from '../src/heap-tuning.ts';

const [what, dir] = process.argv.slice(2);
if (!what || !dir) throw new Error('usage: measure <read|audit-cold|audit-warm|migrate-dry|migrate-dry-warm> <dir>');

const jobs: Record<string, () => Promise<unknown>> = {
  read: async () => {
    let bytes = 0;
    for (const file of await discoverSourceFiles(dir)) bytes += readFileSync(path.join(dir, file), 'utf8').length;
    return bytes;
  },
  // The cache dir is emptied by the caller before a cold run, so cold is a first run as a user has it.
  // Each job loads only what its command loads, as the CLI does.
  'audit-cold': async () => (await import('../src/audit.ts')).auditApp(dir),
  'audit-warm': async () => (await import('../src/audit.ts')).auditApp(dir),
  // Without the cache, the migration's own scan is cold, like `audit-cold`.
  'migrate-dry': async () => (await import('../src/plan/plan-migration.ts')).planMigration(dir, { cache: false }),
  // With it, as the CLI runs by default: a migration after an audit reuses its scan.
  'migrate-dry-warm': async () => (await import('../src/plan/plan-migration.ts')).planMigration(dir),
};

tuneHeapForScanning(); // as bin/route-actions.js does
const start = performance.now();
await jobs[what]!();
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
