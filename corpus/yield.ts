// `npm run yield -- <folder of apps>`: what the tool does to real apps, measured against hand labels.
// Each app is copied into a temporary git repository, then `audit` and `migrate --write` run on it
// through the CLI, as a user would run them. The labels (corpus/corpus.json) say, for every POST
// route, who calls it and what a careful engineer would do with it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { parseSource } from '../src/scan/parse-source.ts';
import { compareLabels, type AppLabels, type AppYield } from './compare-labels.ts';
import { renderYield } from './render-yield.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'bin/route-actions.js');
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

interface Corpus {
  apps: (AppLabels & { repo: string; commit: string })[];
}

function git(cwd: string, args: string[]): string {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_NAME: 'yield', GIT_AUTHOR_EMAIL: 'yield@localhost', GIT_COMMITTER_NAME: 'yield', GIT_COMMITTER_EMAIL: 'yield@localhost' },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** Files that differ from the last commit, untracked ones included, relative to the repository. */
function changedFiles(repo: string): string[] {
  return git(repo, ['status', '--porcelain', '--untracked-files=all', '-z'])
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}

interface CliRun {
  status: number | null;
  json?: Record<string, unknown>;
  crash?: string;
}

/** Runs the CLI; exit 0, 1 (a unit not written) and 2 (bad input) are answers, anything else is a crash. */
function runCli(args: string[]): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
  if (run.status === null || run.status > 2 || /\n\s+at .+:\d+:\d+\)?\n/.test(run.stderr)) {
    return { status: run.status, crash: run.stderr.trim().split('\n').slice(0, 6).join('\n') || `signal ${run.signal}` };
  }
  try {
    return { status: run.status, json: JSON.parse(run.stdout) as Record<string, unknown> };
  } catch {
    return { status: run.status, crash: `output is not JSON: ${run.stderr.trim().split('\n')[0] ?? ''}` };
  }
}

function yieldOf(app: Corpus['apps'][number], folder: string): AppYield {
  const source = path.join(folder, app.app);
  if (!existsSync(source)) return compareLabels(app, { missing: `${source} does not exist` });
  const repo = mkdtempSync(path.join(os.tmpdir(), 'route-actions-yield-'));
  try {
    cpSync(source, repo, { recursive: true, filter: (from) => !/[/\\](node_modules|\.git|\.next)$/.test(from) });
    git(repo, ['init', '-q']);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--no-verify', '-m', 'corpus app']);
    const appRoot = path.join(repo, app.appDir);
    const fromApp = (file: string) => path.relative(app.appDir, file).split(path.sep).join('/');

    const audit = runCli(['audit', appRoot, '--json', '--no-cache']);
    if (!audit.json) return compareLabels(app, { crash: `audit: ${audit.crash}` });
    const migrate = runCli(['migrate', appRoot, '--write', '--json', '--no-cache', '--to', 'actions']);
    if (!migrate.json) return compareLabels(app, { crash: `migrate --write: ${migrate.crash}`, audit: audit.json });

    const changed = changedFiles(repo);
    const unparsable = changed.filter((file) => SOURCE.test(file) && existsSync(path.join(repo, file))).flatMap((file) => {
      const parsed = parseSource(file, readFileSync(path.join(repo, file), 'utf8'));
      return 'error' in parsed ? [`${file}:${parsed.error.line}: ${parsed.error.message}`] : [];
    });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'migrated']);
    const second = runCli(['migrate', appRoot, '--write', '--json', '--no-cache', '--to', 'actions']);
    const secondRunChanges = second.json ? changedFiles(repo) : [];
    return compareLabels(app, {
      audit: audit.json,
      plan: migrate.json.plan,
      changed: changed.map(fromApp),
      unparsable,
      secondRunChanges: secondRunChanges.map(fromApp),
      ...(second.crash ? { crash: `second migrate --write: ${second.crash}` } : {}),
    });
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

const program = new Command('yield')
  .description('run audit and migrate --write on every app of the development corpus and compare them with the hand labels')
  .argument('<folder>', 'folder holding each corpus app as <owner>+<name>/, extracted at the commit corpus.json names')
  .option('--labels <file>', 'the labels file', path.join(ROOT, 'corpus/corpus.json'))
  .option('--only <app>', 'only this app (its folder name)')
  .option('--json [file]', 'write the figures as JSON, to stdout or to the file')
  .action((folder: string, opts: { labels: string; only?: string; json?: string | true }) => {
    const corpus = JSON.parse(readFileSync(opts.labels, 'utf8')) as Corpus;
    const apps = corpus.apps.filter((a) => !opts.only || a.app === opts.only);
    if (!apps.length) {
      process.stderr.write(`yield: no app in ${opts.labels}${opts.only ? ` is named ${opts.only}` : ''}\n`);
      process.exitCode = 2;
      return;
    }
    const results: AppYield[] = [];
    for (const app of apps) {
      if (opts.json !== true) process.stderr.write(`${app.app} …\n`);
      results.push(yieldOf(app, path.resolve(folder)));
    }
    const data = { labels: path.relative(process.cwd(), opts.labels), apps: results };
    if (opts.json === true) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    else {
      if (opts.json) writeFileSync(opts.json, `${JSON.stringify(data, null, 2)}\n`);
      process.stdout.write(renderYield(results));
    }
    const wrong = results.some((r) => r.crash || r.externalChanged.length || r.unparsable.length || r.secondRunChanges.length);
    process.exitCode = wrong ? 1 : 0;
  });

program.parse(process.argv);
