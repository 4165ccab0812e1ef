import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { createColors } from 'picocolors';
import { writePlan } from './apply/write-plan.js';
import { planMigration } from './plan/plan-migration.js';
import { renderMigrationText } from './report/migration-text.js';
import { runAudit } from './audit.js';
import { UsageError } from './errors.js';
import { renderJson } from './report/json.js';
import { renderText } from './report/text.js';
import { formatParseError } from './scan/parse-source.js';

const EXIT_USAGE = 2;

function buildProgram(): Command {
  const program = new Command('route-actions')
    .description('Audit a Next.js App Router app: every route handler and server action, its callers, and whether it should be a Server Action or an API route.')
    .version((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version)
    .configureOutput({ outputError: (message, write) => write(`route-actions: ${message.replace(/^error: /, '')}`) })
    .exitOverride();

  program
    .command('audit')
    .description('list every route handler and server action with its callers and a decision that cites its evidence')
    .argument('[dir]', 'root of the Next.js app (a package inside a monorepo is fine)', '.')
    .option('--json', 'print stable JSON instead of the text report')
    .addOption(new Option('--config <file>', 'config file (default: route-actions.config.json in the app root)'))
    .action(async (dir: string, opts: { json?: boolean; config?: string }) => {
      const result = await runAudit(dir, { config: opts.config });
      process.stdout.write(opts.json ? renderJson(result) : renderText(result, dir));
      for (const error of result.errors) process.stderr.write(`warning: could not parse ${formatParseError(error)}\n`);
    });
  program
    .command('migrate')
    .description('convert internal-only POST routes into server actions and rewrite their callers; a dry run that prints diffs unless --write')
    .argument('[dir]', 'root of the Next.js app', '.')
    .option('--write', 'apply the plan (atomic writes; never overwrites a file it did not plan to change)')
    .option('--json', 'print the plan as JSON instead of diffs')
    .option('--no-color', 'plain output even on a terminal')
    .addOption(new Option('--config <file>', 'config file (default: route-actions.config.json in the app root)'))
    .action(async (dir: string, opts: { write?: boolean; json?: boolean; color: boolean; config?: string }) => {
      const { plan, audited } = await planMigration(dir, { config: opts.config });
      const colors = createColors(opts.color && !!process.stdout.isTTY && !process.env.NO_COLOR);
      process.stdout.write(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : renderMigrationText(plan, colors));
      for (const error of audited.result.errors) process.stderr.write(`warning: could not parse ${formatParseError(error)}\n`);
      if (!opts.write) return;
      const outcome = writePlan(audited.root, plan);
      for (const file of outcome.written) process.stdout.write(`wrote ${file}\n`);
      for (const file of outcome.removed) process.stdout.write(`removed ${file}\n`);
      for (const f of outcome.failed) process.stderr.write(`not written: ${f.unit}: ${f.reason}\n`);
      if (outcome.failed.length) throw new PartialWrite();
    });
  return program;
}

class PartialWrite extends Error {}

/** Exit codes: 0 when the command ran, 2 for bad input or config. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (err instanceof PartialWrite) return 1;
    if (err instanceof UsageError) {
      process.stderr.write(`route-actions: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
