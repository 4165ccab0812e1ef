// The `audit` command as a user runs it: exit codes, stderr, and the JSON it prints.
// Runs the built CLI (bin/route-actions.js → dist/); `npm test` builds it first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../src/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = '__testfixtures__/audit';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/route-actions.js', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Non-empty lines of a stream. */
function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

beforeAll(() => {
  if (!existsSync(new URL('../dist/src/cli.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does) before these tests');
  }
});

describe('route-actions audit --json', () => {
  it('exits 0 when a file fails to parse, warns on stderr, and still prints the audit', () => {
    const run = cli('audit', `${FIXTURES}/reports-parse-error-and-goes-on`, '--json');
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toEqual([expect.stringContaining('components/like-button.tsx:5:83')]);
    const result = JSON.parse(run.stdout) as AuditResult;
    expect(result.errors).toEqual([expect.objectContaining({ file: 'components/like-button.tsx', line: 5, column: 83 })]);
    expect(result.routes.map((r) => r.url)).toEqual(['/api/feedback', '/api/likes']);
  });

  it('prints JSON with routes, actions and errors arrays', () => {
    const run = cli('audit', `${FIXTURES}/external-tag-action`, '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as AuditResult;
    expect(Array.isArray(result.routes)).toBe(true);
    expect(Array.isArray(result.actions)).toBe(true);
    expect(Array.isArray(result.errors)).toBe(true);
    expect(result.actions.map((a) => [a.name, a.decision])).toEqual([
      ['sendNewsletter', 'route'],
      ['syncSubscribers', 'route'],
      ['saveDraft', 'action'],
    ]);
  });

  it('prints a text report, not JSON, without --json', () => {
    const run = cli('audit', `${FIXTURES}/keeps-route-with-no-callers`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('/api/contact');
    expect(() => JSON.parse(run.stdout)).toThrow();
  });
});

describe('route-actions audit and migrate agree', () => {
  it('shows a decision migrate would not carry out as "action, not migrated automatically", with every blocker', () => {
    const run = cli('audit', `${FIXTURES}/finds-fetch-wrappers-and-url-constants`, '--no-cache');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('POST handlers that should be Server Actions (3; `migrate` converts 2)');
    expect(run.stdout).toContain('  POST /api/archive  (app/api/archive/route.ts:3): action, not migrated automatically (1 blocker)');
    expect(run.stdout).toContain('      blocks  components/notes.tsx:15  caller not rewritten with certainty: calls through a fetch wrapper are not rewritten unless it only adds headers');
  });

  it('lists the units in JSON as "migration", without file contents', () => {
    const run = cli('audit', `${FIXTURES}/finds-fetch-wrappers-and-url-constants`, '--json', '--no-cache');
    const json = JSON.parse(run.stdout) as { migration: { id: string; status: string }[]; plan?: unknown };
    expect(json.migration.map((u) => [u.id, u.status])).toEqual([
      ['POST /api/archive', 'declined'],
      ['POST /api/notes', 'planned'],
      ['POST /api/pins', 'planned'],
    ]);
    expect(json.plan).toBeUndefined();
  });

  it('skips the migration with --no-plan', () => {
    const run = cli('audit', `${FIXTURES}/finds-fetch-wrappers-and-url-constants`, '--no-plan', '--no-cache');
    expect(run.stdout).toContain('POST handlers that should be Server Actions (3)\n');
    expect(run.stdout).not.toContain('not migrated automatically');
  });
});

describe('audit --brief', () => {
  it('prints one line per POST handler and action: the decision and the reason it rests on most, with file:line', () => {
    const run = cli('audit', `${FIXTURES}/keeps-binary-download`, '--brief', '--no-cache');
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      `route-actions audit: ${FIXTURES}/keeps-binary-download`,
      expect.stringMatching(/^ {2}POST \/api\/invoices\/export +→ route {3}answers with a body an action cannot return: a application\/pdf body {2}\(app\/api\/invoices\/export\/route\.ts:6\)$/),
    ]);
  });
});

describe('npm run demo', () => {
  it('shows the whole tool: the decisions with their main reasons, then the diffs, then what check says', () => {
    const run = spawnSync('npm', ['run', 'demo', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const decisions = run.stdout.indexOf('  POST /api/webhooks/payments');
    const diffs = run.stdout.indexOf('diff --git');
    const check = run.stdout.indexOf('Drift:');
    expect(decisions).toBeGreaterThan(-1);
    expect(run.stdout.slice(decisions, run.stdout.indexOf('\n', decisions))).toMatch(/→ route +verifies a webhook signature/);
    expect(diffs).toBeGreaterThan(decisions);
    expect(check).toBeGreaterThan(diffs);
  }, 120_000);
});

describe('flags users already know', () => {
  it('shows each default once in --help', () => {
    for (const command of ['audit', 'migrate', 'check']) {
      const help = cli(command, '--help').stdout;
      expect(help, command).not.toMatch(/\(default: [^)]*\)\s*\(default:/);
      expect(help, command).not.toContain('(default: [])');
    }
  });

  it('accepts --dry and --print on migrate, as @next/codemod users type them, and refuses --dry with --write', () => {
    const run = cli('migrate', `${FIXTURES}/keeps-formdata-file-upload`, '--dry', '--print', '--no-cache');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Summary:');
    const both = cli('migrate', `${FIXTURES}/keeps-formdata-file-upload`, '--dry', '--write');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--dry and --write contradict each other');
  });

  it('takes --json on check as on audit', () => {
    const run = cli('check', `${FIXTURES}/keeps-formdata-file-upload`, '--json', '--no-cache');
    expect(Array.isArray((JSON.parse(run.stdout) as { findings: unknown[] }).findings)).toBe(true);
  });

  it('says so when --only matches nothing, and when a config key matches nothing', () => {
    const only = cli('migrate', `${FIXTURES}/keeps-formdata-file-upload`, '--only', '/api/nope/**', '--no-cache');
    expect(only.stderr).toContain('--only /api/nope/** matches no route or action URL');
    const config = cli('audit', `${FIXTURES}/config-forces-decisions`, '--no-plan', '--no-cache');
    expect(config.stderr).not.toContain('notice:');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-notice-'));
    writeFileSync(path.join(dir, 'typo.config.json'), JSON.stringify({ routes: { '/api/legcy/**': 'route' }, actions: { publsh: 'route' } }));
    const typo = cli('audit', `${FIXTURES}/config-forces-decisions`, '--no-plan', '--no-cache', '--config', path.join(dir, 'typo.config.json'));
    rmSync(dir, { recursive: true, force: true });
    expect(typo.stderr).toContain('routes "/api/legcy/**" matches no route URL');
    expect(typo.stderr).toContain('actions "publsh" names no action');
  });
});

describe('route-actions usage errors', () => {
  it.each([
    ['a missing dir', [`${FIXTURES}/does-not-exist`], /does-not-exist/],
    ['a dir without app/ or src/app/', [`${FIXTURES}/not-an-app`], /not-an-app/],
    ['a config with an unknown key', [`${FIXTURES}/bad-config-unknown-key`], /rotues/],
    ['a config that is not JSON', [`${FIXTURES}/bad-config-malformed-json`], /route-actions\.config\.json/],
    ['an unknown flag', [`${FIXTURES}/keeps-route-with-no-callers`, '--frobnicate'], /--frobnicate/],
  ])('exits 2 with a one-line message for %s', (_what, args, mentions) => {
    const run = cli('audit', ...args, '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([expect.stringMatching(mentions)]);
  });

  it('exits 0 for --help and mentions the audit command', () => {
    const run = cli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\baudit\b/);
  });

  it('exits 0 for audit --help and describes --json', () => {
    const run = cli('audit', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--json');
  });
});
