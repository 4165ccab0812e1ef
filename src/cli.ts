import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from './version.ts';
import { Command, CommanderError, Option } from 'commander';
import { createColors } from 'picocolors';
import { dirtyFiles, repositoryOf } from './apply/git.ts';
import { auditApp } from './audit.ts';
import { readBaseline, writeBaseline } from './baseline.ts';
import { UsageError } from './errors.ts';
import { collectFindings } from './findings.ts';
import type { ReportInput } from './report/report-input.ts';
import { REPORTERS, type ReporterName } from './report/reporters.ts';
import { formatParseError } from './report/parse-error.ts';
import { renderBrief } from './report/text.ts';
import type { ParseError } from './types.ts';

const EXIT_USAGE = 2;

interface CommonOptions {
  config?: string;
  cache: boolean;
  workers?: number;
  /** Absent when not given: commander would print an empty-list default in the help. */
  reporter?: string[];
  output?: string[];
  color: boolean;
  json?: boolean;
  /** false with --no-typecheck. */
  typecheck: boolean;
}

/** Exit status a command asks for without failing: 1 for drift or unwritten units. */
class ExitStatus extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function withCommonOptions(command: Command): Command {
  return command
    .argument('[dir]', 'root of the Next.js app (a package inside a monorepo is fine)', '.')
    .addOption(new Option('--config <file>', 'config file (default: route-actions.config.json in the app root)'))
    .option('--reporter <name>', `output format, repeatable: ${Object.keys(REPORTERS).join(', ')} (default: text)`, collect)
    .option('--output <file>', 'write the report to this file instead of stdout; with several reporters, one per reporter as name=file (repeatable)', collect)
    .option('--json', 'same as --reporter json')
    .option('--no-color', 'plain output even on a terminal')
    .option('--no-cache', 'neither read nor write the scan cache in node_modules/.cache/route-actions')
    .option('--no-typecheck', "plan without type-checking the result with the app's own TypeScript")
    .addOption(new Option('--workers <n>', 'worker threads for parsing; 0 parses in the main thread (default: by the size of the work)').argParser(workerCount));
}

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--workers takes a whole number from 0 to 64, not "${value}"`);
  return n;
}

function reporterNames(opts: CommonOptions): ReporterName[] {
  const names = opts.reporter?.length ? opts.reporter : [opts.json ? 'json' : 'text'];
  for (const name of names) {
    if (!(name in REPORTERS)) throw new UsageError(`unknown reporter "${name}" (expected one of: ${Object.keys(REPORTERS).join(', ')})`);
  }
  return names as ReporterName[];
}

/**
 * Where each reporter writes: `--output FILE` for a single reporter, `--output name=FILE` for
 * any of several (the rest go to stdout). One file for several reporters would hold formats
 * no tool can read back, so it is refused.
 */
function outputsOf(opts: CommonOptions, names: ReporterName[]): Map<ReporterName, string> {
  const outputs = new Map<ReporterName, string>();
  const given = opts.output ?? [];
  for (const entry of given) {
    const named = /^([a-z]+)=(.+)$/.exec(entry);
    if (named && named[1]! in REPORTERS) {
      if (!names.includes(named[1] as ReporterName)) throw new UsageError(`--output ${entry}: there is no --reporter ${named[1]}`);
      outputs.set(named[1] as ReporterName, named[2]!);
    } else if (names.length === 1 && !outputs.size && given.length === 1) {
      outputs.set(names[0]!, entry);
    } else {
      throw new UsageError(`--output ${entry}: with ${names.length > 1 ? 'several reporters' : 'several outputs'}, name the reporter for each file, e.g. --output sarif=report.sarif --output json=report.json`);
    }
  }
  return outputs;
}

function emit(opts: CommonOptions, root: string, input: Omit<ReportInput, 'colors' | 'version' | 'repository'>, errors: ParseError[]): void {
  const names = reporterNames(opts);
  const outputs = outputsOf(opts, names);
  const toTerminal = !!process.stdout.isTTY;
  const repository = names.some((n) => n === 'github' || n === 'sarif') ? repositoryOf(root) : undefined;
  for (const name of names) {
    const file = outputs.get(name);
    const colors = createColors(opts.color && !file && toTerminal && !process.env.NO_COLOR);
    const text = REPORTERS[name]({ ...input, colors, version: VERSION, ...(repository ? { repository } : {}) });
    if (file) writeFileSync(file, text);
    else process.stdout.write(text);
  }
  for (const error of errors) process.stderr.write(`warning: could not parse ${formatParseError(error)}\n`);
  for (const notice of input.audit.notices) process.stderr.write(`notice: ${notice}\n`);
}

/** One line on stderr that rewrites itself, on a terminal only. */
function progressLine(): { update: (text: string) => void; done: () => void } {
  const enabled = !!process.stderr.isTTY && !process.env.CI;
  let shown = false;
  return {
    update: (text) => {
      if (!enabled) return;
      process.stderr.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done: () => {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

function buildProgram(): Command {
  const program = new Command('route-actions')
    .description('Decide, for every Next.js route handler and server action, whether it should be a Server Action or an API route, and migrate it.')
    .version(VERSION)
    .configureOutput({ outputError: (message, write) => write(`route-actions: ${message.replace(/^error: /, '')}`) })
    .exitOverride();

  withCommonOptions(program.command('audit'))
    .description('list every route handler and server action with its callers and a decision that cites its evidence')
    .option('--no-plan', 'skip the dry run of the migration that tells which action decisions `migrate` converts and what blocks the rest')
    .option('--brief', 'one line per POST handler and action: the decision and the reason it rests on most')
    .action(async (dir: string, opts: CommonOptions & { plan: boolean; brief?: boolean }) => {
      outputsOf(opts, reporterNames(opts));
      if (opts.brief) {
        const { result } = await auditApp(dir, { config: opts.config, cache: opts.cache, workers: opts.workers });
        process.stdout.write(renderBrief(result, dir));
        return;
      }
      const progress = progressLine();
      const onProgress = (n: number, total: number) => progress.update(`scanned ${n}/${total} files`);
      // The audit and the migration agree: a route decided `action` that migrate would decline says so, with every blocker.
      const { result, plan } = opts.plan
        ? await (async () => {
            const { planMigration } = await import('./plan/plan-migration.ts');
            const { plan, audited } = await planMigration(dir, { config: opts.config, cache: opts.cache, workers: opts.workers, typecheck: opts.typecheck, to: 'actions', onProgress });
            return { result: audited.result, plan };
          })()
        : { result: (await auditApp(dir, { config: opts.config, cache: opts.cache, workers: opts.workers, onProgress })).result, plan: undefined };
      progress.done();
      const findings = collectFindings(result, plan);
      emit(opts, path.resolve(dir), { command: 'audit', label: dir, audit: result, ...(plan ? { plan } : {}), findings, newFindings: findings }, result.errors);
    });

  withCommonOptions(program.command('migrate'))
    .description('convert internal-only POST routes into server actions, and generate routes for actions outside callers need; a dry run that prints diffs unless --write')
    .option('--write', 'apply the plan: atomic writes, never overwriting a file it did not plan to change')
    .option('--force', 'with --write, go ahead on a git tree with uncommitted changes, or outside a git work tree')
    .addOption(new Option('--to <direction>', 'only this direction').choices(['actions', 'routes']))
    .option('--only <url-glob>', 'only the units whose URL matches this glob, e.g. "/api/posts/**"')
    .option('--dry', 'write nothing (what migrate does without --write; as @next/codemod users expect)')
    .option('--print', 'print the diffs (what the text report does; as @next/codemod users expect)')
    .action(async (dir: string, opts: CommonOptions & { write?: boolean; force?: boolean; dry?: boolean; print?: boolean; to?: 'actions' | 'routes'; only?: string }) => {
      if (opts.dry && opts.write) throw new UsageError('--dry and --write contradict each other');
      if (opts.print && opts.reporter?.length && !opts.reporter.includes('text')) throw new UsageError('--print prints the text report, which --reporter leaves out');
      outputsOf(opts, reporterNames(opts));
      const progress = progressLine();
      // Loaded on demand: the transforms bring jscodeshift, which `audit` never needs.
      const { planMigration } = await import('./plan/plan-migration.ts');
      const { plan, audited } = await planMigration(dir, {
        config: opts.config,
        to: opts.to,
        only: opts.only,
        cache: opts.cache,
        workers: opts.workers,
        typecheck: opts.typecheck,
        onProgress: (n, total) => progress.update(`scanned ${n}/${total} files`),
      });
      progress.done();
      const findings = collectFindings(audited.result, plan);
      if (opts.write && !opts.force) {
        const dirty = dirtyFiles(audited.root);
        if (dirty === undefined) {
          throw new UsageError(`${dir} is not in a git work tree, so nothing would show or undo what --write changes; commit it to git first, or pass --force`);
        }
        if (dirty.length) {
          throw new UsageError(`the git tree has uncommitted changes (${dirty.slice(0, 10).join(', ')}${dirty.length > 10 ? `, and ${dirty.length - 10} more` : ''}); commit or stash them, or pass --force`);
        }
      }
      const report = { command: 'migrate' as const, label: dir, audit: audited.result, plan, findings, newFindings: findings };
      if (opts.only && !plan.units.length) process.stderr.write(`route-actions: --only ${opts.only} matches no route or action URL\n`);
      if (!opts.write) {
        emit(opts, audited.root, report, audited.result.errors);
        return;
      }

      const controller = new AbortController();
      const onInterrupt = () => {
        process.stderr.write('\nroute-actions: interrupted; finishing the file being written, then stopping\n');
        controller.abort();
      };
      // Stays installed until exit: a late Ctrl-C must not kill the process between two files.
      process.on('SIGINT', onInterrupt);
      const { writePlan } = await import('./apply/write-plan.ts');
      const outcome = await writePlan(audited.root, plan, {
        signal: controller.signal,
        onFile: (what, file) => process.stderr.write(`${what} ${file}\n`),
      });
      for (const f of outcome.failed) process.stderr.write(`not written: ${f.unit}: ${f.reason}\n`);
      // The report comes after the write, so it says what changed rather than what would.
      emit(opts, audited.root, { ...report, outcome }, audited.result.errors);
      if (controller.signal.aborted) {
        const done = outcome.written.length + outcome.removed.length;
        process.stderr.write(`route-actions: interrupted: ${done} of ${plan.changes.length} planned files written, each whole; run \`route-actions migrate --write --force\` again to finish (--force: the tree now has this run's uncommitted changes)\n`);
        throw new ExitStatus(130);
      }
      if (outcome.failed.length) throw new ExitStatus(1);
    });

  withCommonOptions(program.command('check'))
    .description('for CI: exit 1 when the code has drifted from the policy, 0 when it is clean, 2 for bad input')
    .option('--baseline <file>', 'accept the findings listed in this file (written by --update-baseline)')
    .option('--update-baseline', 'write the current findings to the --baseline file and exit 0')
    .action(async (dir: string, opts: CommonOptions & { baseline?: string; updateBaseline?: boolean }) => {
      outputsOf(opts, reporterNames(opts));
      if (opts.updateBaseline && !opts.baseline) throw new UsageError('--update-baseline needs --baseline <file> to say where to write');
      const accepted = opts.baseline && !opts.updateBaseline ? readBaseline(opts.baseline, (notice) => process.stderr.write(`route-actions: ${notice}\n`)) : new Set<string>();
      const progress = progressLine();
      const { planMigration } = await import('./plan/plan-migration.ts');
      const { plan, audited } = await planMigration(dir, { config: opts.config, cache: opts.cache, workers: opts.workers, typecheck: opts.typecheck, onProgress: (n, total) => progress.update(`scanned ${n}/${total} files`) });
      progress.done();
      const findings = collectFindings(audited.result, plan);
      if (opts.updateBaseline) {
        writeBaseline(opts.baseline!, findings);
        process.stderr.write(`wrote ${findings.length} finding${findings.length === 1 ? '' : 's'} to ${opts.baseline}\n`);
        return;
      }
      const newFindings = findings.filter((f) => !accepted.has(f.id));
      emit(opts, audited.root, { command: 'check', label: dir, audit: audited.result, plan, findings, newFindings }, audited.result.errors);
      if (newFindings.some((f) => f.level === 'error')) throw new ExitStatus(1);
    });
  return program;
}

/** Exit codes: 0 clean or done, 1 drift or unwritten units, 2 bad input or config, 130 interrupted. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    if (err instanceof ExitStatus) return err.code;
    if (err instanceof UsageError) {
      process.stderr.write(`route-actions: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
