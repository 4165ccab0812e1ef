// `npm run bench`: generates synthetic apps of 1,000 and 10,000 files and times, side by side,
// reading every file, audit cold and warm, migrate as a dry run with the cache off and on, and the same scan done the
// naive way (a jscodeshift transform under jscodeshift's runner). Prints medians, ratios and
// peak memory, and writes bench/results/latest.json so a change can be compared with the last run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateApp } from './generate-app.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MEASURE = path.join(ROOT, 'dist/bench/measure.js');
const JSCODESHIFT = path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');
const FETCH_SCAN = path.join(ROOT, 'bench/fetch-scan.cjs');
const RESULTS = path.join(ROOT, 'bench/results');

interface Sample {
  ms: number;
  maxRssMiB: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measure(what: string, dir: string): Sample {
  const run = spawnSync(process.execPath, [MEASURE, what, dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${what} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Sample;
}

/** The naive design's time, as its users see it: the whole jscodeshift run, start-up included. */
function jscodeshiftScan(dir: string): Sample {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [JSCODESHIFT, '-t', FETCH_SCAN, '--dry', '--silent', '--extensions=ts,tsx,js,jsx', '--ignore-pattern=**/node_modules/**', dir], {
    encoding: 'utf8',
    env: { ...process.env, BABEL_DISABLE_CACHE: '1' },
  });
  if (run.status !== 0) throw new Error(`jscodeshift failed: ${run.stderr}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, maxRssMiB: NaN };
}

function repeat(times: number, once: () => Sample): { median: number; peakMiB: number; runs: number[] } {
  const samples = Array.from({ length: times }, once);
  return { median: median(samples.map((s) => s.ms)), peakMiB: Math.max(...samples.map((s) => s.maxRssMiB)), runs: samples.map((s) => Math.round(s.ms)) };
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const naiveRuns = Number(process.env.BENCH_NAIVE_RUNS ?? 3);
const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: os.availableParallelism(), runs, naiveRuns, sizes: {} };

for (const size of sizes) {
  const dir = path.join(os.tmpdir(), `route-actions-bench-${size}`);
  generateApp(dir, size);
  process.stderr.write(`\n${size} files in ${dir}\n`);
  const cacheDir = path.join(dir, 'node_modules/.cache/route-actions');
  const step = (label: string, result: ReturnType<typeof repeat>) => {
    process.stderr.write(`  ${label.padEnd(14)} median ${result.median.toFixed(0).padStart(6)} ms  runs ${result.runs.join(', ')}\n`);
    return result;
  };
  const read = step('read', repeat(runs, () => measure('read', dir)));
  const cold = step('audit cold', repeat(runs, () => {
    rmSync(cacheDir, { recursive: true, force: true });
    return measure('audit-cold', dir);
  }));
  measure('audit-warm', dir); // fills the cache
  const warm = step('audit warm', repeat(runs, () => measure('audit-warm', dir)));
  const migrate = step('migrate dry', repeat(runs, () => measure('migrate-dry', dir)));
  const migrateWarm = step('migrate warm', repeat(runs, () => measure('migrate-dry-warm', dir)));
  const naive = step('jscodeshift', repeat(naiveRuns, () => jscodeshiftScan(dir)));
  (report.sizes as Record<string, unknown>)[size] = {
    readMs: read.median,
    auditColdMs: cold.median,
    auditWarmMs: warm.median,
    migrateDryMs: migrate.median,
    migrateDryWarmMs: migrateWarm.median,
    jscodeshiftMs: naive.median,
    peakMiB: Math.max(read.peakMiB, cold.peakMiB, warm.peakMiB, migrate.peakMiB, migrateWarm.peakMiB),
    ratios: {
      auditColdOverRead: cold.median / read.median,
      auditWarmOverRead: warm.median / read.median,
      jscodeshiftOverAuditCold: naive.median / cold.median,
      migrateOverAuditCold: migrate.median / cold.median,
      migrateWarmOverAuditCold: migrateWarm.median / cold.median,
    },
    runs: { read: read.runs, auditCold: cold.runs, auditWarm: warm.runs, migrateDry: migrate.runs, migrateDryWarm: migrateWarm.runs, jscodeshift: naive.runs },
  };
  rmSync(dir, { recursive: true, force: true });
}

type SizeReport = { readMs: number; auditColdMs: number; auditWarmMs: number; migrateDryMs: number; migrateDryWarmMs: number; jscodeshiftMs: number; peakMiB: number; ratios: Record<string, number> };
const bySize = report.sizes as Record<string, SizeReport>;
const big = bySize[String(Math.max(...sizes))];
const small = bySize[String(Math.min(...sizes))];
const fmt = (n: number) => n.toFixed(2);
const lines = [
  '',
  `| files | read | audit cold | audit warm | migrate dry, cold | migrate dry, warm | jscodeshift scan | peak RSS |`,
  `|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ...Object.entries(bySize).map(([n, r]) => `| ${n} | ${r.readMs.toFixed(0)} ms | ${r.auditColdMs.toFixed(0)} ms | ${r.auditWarmMs.toFixed(0)} ms | ${r.migrateDryMs.toFixed(0)} ms | ${r.migrateDryWarmMs.toFixed(0)} ms | ${r.jscodeshiftMs.toFixed(0)} ms | ${r.peakMiB.toFixed(0)} MiB |`),
  '',
];
if (big) {
  const targets: [string, number, string, boolean][] = [
    ['audit cold / read', big.ratios.auditColdOverRead!, '≤ 6', big.ratios.auditColdOverRead! <= 6],
    ['audit warm / read', big.ratios.auditWarmOverRead!, '≤ 2', big.ratios.auditWarmOverRead! <= 2],
    ['jscodeshift / audit cold', big.ratios.jscodeshiftOverAuditCold!, '≥ 20', big.ratios.jscodeshiftOverAuditCold! >= 20],
    ['migrate dry, cold cache / audit cold', big.ratios.migrateOverAuditCold!, '≤ 1.5', big.ratios.migrateOverAuditCold! <= 1.5],
    ['migrate dry, warm cache (the CLI default) / audit cold', big.ratios.migrateWarmOverAuditCold!, '≤ 1.5', big.ratios.migrateWarmOverAuditCold! <= 1.5],
    ['peak MiB', big.peakMiB, '≤ 300', big.peakMiB <= 300],
  ];
  if (small && small !== big) {
    const growth = big.auditColdMs / small.auditColdMs;
    targets.push([`audit cold ${Math.max(...sizes)} / ${Math.min(...sizes)} files`, growth, '≤ 11', growth <= 11]);
  }
  lines.push(`| ratio (${Math.max(...sizes)} files) | measured | target | met |`, '|---|---:|---:|---|', ...targets.map(([name, value, target, met]) => `| ${name} | ${fmt(value)} | ${target} | ${met ? 'yes' : 'NO'} |`), '');
}
process.stdout.write(`${lines.join('\n')}\n`);

mkdirSync(RESULTS, { recursive: true });
const latest = path.join(RESULTS, 'latest.json');
if (existsSync(latest)) {
  const previous = JSON.parse(readFileSync(latest, 'utf8')) as { sizes: Record<string, SizeReport> };
  for (const [n, r] of Object.entries(bySize)) {
    const before = previous.sizes?.[n];
    if (before) process.stdout.write(`${n} files, audit cold: ${before.auditColdMs.toFixed(0)} ms last run → ${r.auditColdMs.toFixed(0)} ms now\n`);
  }
  renameSync(latest, path.join(RESULTS, 'previous.json'));
}
writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`results: ${path.relative(process.cwd(), latest)}\n`);
