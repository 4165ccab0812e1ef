// `check`, the reporters, the baseline, and the safety rules of `migrate --write`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writePlan } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import { REPO } from './helpers/app-copy.ts';

const BIN = path.join(REPO, 'bin/route-actions.js');
const SMALL_APP = path.join(REPO, '__testfixtures__/cli/small-app');
const scratch: string[] = [];

function cli(args: string[], cwd = REPO) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function copy(source: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-'));
  cpSync(source, dir, { recursive: true });
  scratch.push(dir);
  return dir;
}

function git(dir: string, ...args: string[]) {
  const run = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check exit codes', () => {
  it('exits 1 on drift and lists each finding', () => {
    const run = cli(['check', SMALL_APP]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('app/api/notes/route.ts:3');
    expect(run.stdout).toContain('[route-should-be-action]');
    expect(run.stdout).toContain('[action-needs-route]');
  });

  it('exits 0 once the app is migrated, and lists the unauthenticated generated route as a warning', () => {
    const dir = copy(SMALL_APP);
    expect(cli(['migrate', dir, '--write', '--force']).status).toBe(0);
    const run = cli(['check', dir]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning .*app\/api\/sync-notes\/route\.ts.*\[unauthenticated-route\]/);
  });

  it.each([
    [['check', '/no/such/dir'], /no such directory/],
    [['check', path.join(REPO, 'src')], /not a Next\.js App Router app root/],
    [['check', SMALL_APP, '--reporter', 'yaml'], /unknown reporter "yaml"/],
    [['check', SMALL_APP, '--frobnicate'], /unknown option '--frobnicate'/],
    [['check', SMALL_APP, '--update-baseline'], /needs --baseline/],
    [['check', SMALL_APP, '--reporter', 'sarif', '--reporter', 'json', '--output', '/tmp/both.out'], /name the reporter for each file/],
    [['check', SMALL_APP, '--reporter', 'json', '--output', 'sarif=/tmp/x.sarif'], /there is no --reporter sarif/],
  ])('exits 2 with one line for bad input: %j', (args, message) => {
    const run = cli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message as RegExp);
  });

  it('exits 2 for a config with an unknown key, naming the key', () => {
    const dir = copy(SMALL_APP);
    writeFileSync(path.join(dir, 'route-actions.config.json'), '{ "actionDir": "x" }');
    const run = cli(['check', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"actionDir"');
  });
});

describe('baseline', () => {
  it('round trip: a baseline of today’s findings makes check pass, and a new finding fails it again', () => {
    const dir = copy(SMALL_APP);
    const baseline = path.join(dir, 'route-actions.baseline.json');
    expect(cli(['check', dir, '--baseline', baseline, '--update-baseline']).status).toBe(0);
    const text = readFileSync(baseline, 'utf8');
    const parsed = JSON.parse(text) as { version: number; findings: { id: string }[] };
    expect(parsed.version).toBe(1);
    const ids = parsed.findings.map((f) => f.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('route-should-be-action app/api/notes/route.ts POST /api/notes');

    expect(cli(['check', dir, '--baseline', baseline]).status).toBe(0);
    // Writing it again gives the same bytes: stable for review.
    cli(['check', dir, '--baseline', baseline, '--update-baseline']);
    expect(readFileSync(baseline, 'utf8')).toBe(text);

    mkdirSync(path.join(dir, 'app/api/tags'), { recursive: true });
    writeFileSync(path.join(dir, 'app/api/tags/route.ts'), "export async function POST(request: Request) {\n  return Response.json(await request.json())\n}\n");
    writeFileSync(path.join(dir, 'components/tag-form.tsx'), "'use client'\nexport async function addTag() {\n  const res = await fetch('/api/tags', { method: 'POST', body: JSON.stringify({ a: 1 }) })\n  return res.ok\n}\n");
    const run = cli(['check', dir, '--baseline', baseline]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/error +app\/api\/tags\/route\.ts:1/);
    expect(run.stdout).toMatch(/known +app\/api\/notes\/route\.ts:3/);
  });
});

describe('reporters', () => {
  it('json carries the audit schema, the plan and the findings', () => {
    const run = cli(['migrate', SMALL_APP, '--reporter', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Array.isArray(json.routes) && Array.isArray(json.actions) && Array.isArray(json.errors)).toBe(true);
    expect(json.plan.units.map((u: { id: string; status: string }) => `${u.status} ${u.id}`)).toEqual(['planned POST /api/notes', 'planned POST /api/sync-notes for syncNotes']);
    expect(json.plan.changes.map((c: { file: string }) => c.file)).toContain('app/actions/notes.ts');
    expect(json.findings.length).toBe(3);
  });

  /** The small app as a package of a monorepo: <repo>/apps/web, in a git repository. */
  function inMonorepo(): { repo: string; app: string } {
    const repo = copy(path.join(REPO, '__testfixtures__/cli'));
    rmSync(path.join(repo, 'small-app/node_modules'), { recursive: true, force: true });
    mkdirSync(path.join(repo, 'apps'));
    renameSync(path.join(repo, 'small-app'), path.join(repo, 'apps/web'));
    git(repo, 'init', '-q');
    return { repo, app: path.join(repo, 'apps/web') };
  }

  it('sarif is 2.1.0 with the fields code scanning requires, paths from the repository root of a monorepo', () => {
    const { repo, app } = inMonorepo();
    const run = cli(['check', app, '--reporter', 'sarif']);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [runEntry] = sarif.runs;
    expect(runEntry.tool.driver.name).toBe('route-actions');
    const ruleIds = runEntry.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(runEntry.results).toHaveLength(3);
    for (const result of runEntry.results) {
      expect(ruleIds).toContain(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toMatch(/^apps\/web\/app\//);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const notes = runEntry.results.find((r: { ruleId: string }) => r.ruleId === 'route-should-be-action');
    expect(notes.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'apps/web/app/api/notes/route.ts', uriBaseId: 'SRCROOT' }, region: { startLine: 3 } });
    expect(runEntry.originalUriBaseIds).toEqual({ SRCROOT: { uri: pathToFileURL(`${realpathSync(repo)}/`).href } });
  });

  it('sarif outside a git repository keeps paths relative to the app and %SRCROOT%', () => {
    const dir = copy(SMALL_APP);
    const sarif = JSON.parse(cli(['check', dir, '--reporter', 'sarif']).stdout);
    const notes = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'route-should-be-action');
    expect(notes.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'app/api/notes/route.ts', uriBaseId: '%SRCROOT%' });
    expect(sarif.runs[0].originalUriBaseIds).toBeUndefined();
  });

  it('github prints one workflow annotation per finding, with the path from the repository root', () => {
    const run = cli(['check', inMonorepo().app, '--reporter', 'github']);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,title=[a-z-]+::\S.*$/);
    expect(lines).toContain(
      "::error file=apps/web/app/api/notes/route.ts,line=3,title=route-should-be-action::POST /api/notes is called only by the app's own UI and should be a Server Action; `route-actions migrate --write` converts it",
    );
  });

  it('markdown has a summary table and a collapsible diff per unit, and --output writes it to a file', () => {
    const out = path.join(copy(SMALL_APP), 'report.md');
    const run = cli(['migrate', SMALL_APP, '--reporter', 'markdown', '--output', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('| POST routes that should be actions | 1 |');
    expect(md).toContain('<summary>POST /api/notes → createNote</summary>');
    expect(md).toMatch(/```diff\ndiff --git a\/app\/actions\/notes\.ts b\/app\/actions\/notes\.ts\nnew file mode 100644/);
    expect(md.match(/<details>/g)).toHaveLength(2);
  });

  it('the text dry run shows new and removed files as git does, plain when piped', () => {
    const run = cli(['migrate', SMALL_APP]);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    expect(run.stdout).toContain('--- /dev/null\n+++ b/app/actions/notes.ts');
    expect(run.stdout).toContain('deleted file mode 100644\n--- a/app/api/notes/route.ts\n+++ /dev/null');
    expect(run.stdout).toMatch(/Summary: 1 route → action \(1 caller rewritten\), 1 action → route \(1 unauthenticated\), 0 declined; 4 files would change\./);
  });
});

describe('outputs and baselines in CI', () => {
  it('writes each reporter to its own file with --output name=file, and both parse', () => {
    const dir = copy(SMALL_APP);
    const [sarif, json] = [path.join(dir, 'r.sarif'), path.join(dir, 'r.json')];
    const run = cli(['check', SMALL_APP, '--reporter', 'sarif', '--reporter', 'json', '--output', `sarif=${sarif}`, '--output', `json=${json}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(Array.isArray((JSON.parse(readFileSync(json, 'utf8')) as { routes: unknown[] }).routes)).toBe(true);
  });

  it('takes a missing baseline as empty on a first run, with a notice', () => {
    const run = cli(['check', SMALL_APP, '--baseline', '/no/such/baseline.json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('baseline /no/such/baseline.json not found: no finding is accepted');
  });
});

describe('migrate --write safety', () => {
  it('does not count its own scan cache as a change, in a repo that does not ignore node_modules', () => {
    const dir = copy(SMALL_APP);
    rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
    expect(cli(['audit', dir]).status).toBe(0);
    expect(existsSync(path.join(dir, 'node_modules/.cache/route-actions'))).toBe(true);
    const run = cli(['migrate', dir, '--write']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'app/api/notes/route.ts'))).toBe(false);
  });

  it('after --write, says what changed, and --json records each file as written, removed or failed', () => {
    const dir = copy(SMALL_APP);
    const text = cli(['migrate', dir, '--write', '--force', '--no-color']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/; \d+ files changed \(\d+ written, 1 removed\)\.\n$/);
    expect(text.stdout).not.toContain('would change');

    const again = copy(SMALL_APP);
    const json = cli(['migrate', again, '--write', '--force', '--json']);
    const files = (JSON.parse(json.stdout) as { written: { file: string; status: string }[] }).written;
    expect(files).toContainEqual({ file: 'app/api/notes/route.ts', status: 'removed' });
    expect(files.filter((f) => f.status === 'written').length).toBeGreaterThan(0);
    expect(files.every((f) => f.status === 'written' || f.status === 'removed')).toBe(true);
  });

  it('refuses to write outside a git work tree, unless --force', () => {
    const dir = copy(SMALL_APP);
    const refused = cli(['migrate', dir, '--write']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is not in a git work tree');
    expect(existsSync(path.join(dir, 'app/api/notes/route.ts'))).toBe(true);
    expect(cli(['migrate', dir, '--write', '--force']).status).toBe(0);
  });

  it('refuses a dirty git tree and names the dirty files, unless --force', () => {
    const dir = copy(SMALL_APP);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
    writeFileSync(path.join(dir, 'components/note-form.tsx'), `${readFileSync(path.join(dir, 'components/note-form.tsx'), 'utf8')}// edited\n`);
    const refused = cli(['migrate', dir, '--write']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('components/note-form.tsx');
    expect(existsSync(path.join(dir, 'app/api/notes/route.ts'))).toBe(true);

    const forced = cli(['migrate', dir, '--write', '--force']);
    expect(forced.status).toBe(0);
    expect(existsSync(path.join(dir, 'app/api/notes/route.ts'))).toBe(false);
    expect(forced.stderr).toContain('wrote app/actions/notes.ts');
  });

  it('writes nothing of a unit whose file would not parse, and still writes the others', async () => {
    const dir = copy(SMALL_APP);
    const { plan } = await planMigration(dir);
    const broken = plan.changes.find((c) => c.file === 'components/note-form.tsx')!;
    broken.after = `${broken.after}\nexport const = ;\n`;
    const before = readFileSync(path.join(dir, 'components/note-form.tsx'), 'utf8');

    const outcome = await writePlan(dir, plan);
    expect(outcome.failed).toEqual([{ unit: 'POST /api/notes', reason: expect.stringContaining('components/note-form.tsx would not parse') }]);
    expect(readFileSync(path.join(dir, 'components/note-form.tsx'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'app/api/notes/route.ts'))).toBe(true);
    expect(existsSync(path.join(dir, 'app/actions/notes.ts'))).toBe(false);
    expect(existsSync(path.join(dir, 'app/api/sync-notes/route.ts'))).toBe(true);
  });

  // Tests run as root, who may write any file whatever its mode, so the file is made immutable instead.
  const canLock = spawnSync('sh', ['-c', 'f=$(mktemp) && chattr +i "$f" && chattr -i "$f" && rm "$f"']).status === 0;
  it.skipIf(!canLock)('a file that cannot be written fails its unit with the reason, and the other units still apply', async () => {
    const dir = copy(SMALL_APP);
    const locked = path.join(dir, 'app/api/notes/route.ts');
    spawnSync('chattr', ['+i', locked]);
    try {
      const { plan } = await planMigration(dir);
      const outcome = await writePlan(dir, plan);
      expect(outcome.failed).toEqual([{ unit: 'POST /api/notes', reason: expect.stringMatching(/^app\/api\/notes\/route\.ts cannot be written: EPERM/) }]);
      expect(existsSync(path.join(dir, 'app/actions/notes.ts'))).toBe(false);
      expect(readFileSync(path.join(dir, 'components/note-form.tsx'), 'utf8')).toBe(readFileSync(path.join(SMALL_APP, 'components/note-form.tsx'), 'utf8'));
      expect(existsSync(path.join(dir, 'app/api/sync-notes/route.ts'))).toBe(true);
    } finally {
      spawnSync('chattr', ['-i', locked]);
    }
  });

  it.skipIf(!canLock)('after a unit fails to write, a run once the file is writable again finishes it into the shared module, each action once', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-failed-'));
    scratch.push(dir);
    writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n');
    mkdirSync(path.join(dir, 'components'), { recursive: true });
    for (const name of ['a', 'b']) {
      mkdirSync(path.join(dir, `app/api/posts/${name}`), { recursive: true });
      writeFileSync(path.join(dir, `app/api/posts/${name}/route.ts`), `import { NextResponse } from 'next/server'\n\nexport async function POST(request: Request) {\n  const body = await request.json()\n  return NextResponse.json({ ${name}: body })\n}\n`);
      writeFileSync(path.join(dir, `components/${name}.tsx`), `'use client'\n\nexport async function send${name}() {\n  const res = await fetch('/api/posts/${name}', { method: 'POST', body: JSON.stringify({}) })\n  return res.json()\n}\n`);
    }
    const locked = path.join(dir, 'components/b.tsx');
    spawnSync('chattr', ['+i', locked]);
    try {
      const first = cli(['migrate', dir, '--write', '--force']);
      expect(first.status).toBe(1);
    } finally {
      spawnSync('chattr', ['-i', locked]);
    }
    expect(existsSync(path.join(dir, 'app/api/posts/b/route.ts'))).toBe(true);
    const second = cli(['migrate', dir, '--write', '--force']);
    expect(second.status, second.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'app/actions'))).toEqual(['posts.ts']);
    expect(existsSync(path.join(dir, 'app/api/posts'))).toBe(false);
    const module = readFileSync(path.join(dir, 'app/actions/posts.ts'), 'utf8');
    expect(module.match(/export async function \w+\(/g)).toHaveLength(2);
    expect(readFileSync(locked, 'utf8')).toContain("from '@/app/actions/posts'");
  });

  it('never overwrites a file that appeared after planning', async () => {
    const dir = copy(SMALL_APP);
    const { plan } = await planMigration(dir);
    writeFileSync(path.join(dir, 'app/actions/notes.ts'), '// mine\n');
    const outcome = await writePlan(dir, plan);
    expect(outcome.failed[0]).toEqual({ unit: 'POST /api/notes', reason: 'app/actions/notes.ts exists now; it is never overwritten' });
    expect(readFileSync(path.join(dir, 'app/actions/notes.ts'), 'utf8')).toBe('// mine\n');
  });

  it('an interrupted --write leaves every file either as it was or as planned, never partial', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-sigint-'));
    scratch.push(dir);
    writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n');
    for (let i = 0; i < 150; i++) {
      mkdirSync(path.join(dir, `app/api/item${i}`), { recursive: true });
      mkdirSync(path.join(dir, 'components'), { recursive: true });
      writeFileSync(path.join(dir, `app/api/item${i}/route.ts`), `import { NextResponse } from 'next/server'\n\nexport async function POST(request: Request) {\n  const body = await request.json()\n  return NextResponse.json({ saved: body, n: ${i} }, { status: 201 })\n}\n`);
      writeFileSync(path.join(dir, `components/item${i}.tsx`), `'use client'\n\nexport async function save${i}(value: string) {\n  const res = await fetch('/api/item${i}', { method: 'POST', body: JSON.stringify({ value }) })\n  return res.ok ? await res.json() : null\n}\n`);
    }
    const { plan } = await planMigration(dir);
    expect(plan.units.filter((u) => u.status === 'planned')).toHaveLength(150);

    const child = spawn(process.execPath, [BIN, 'migrate', dir, '--write', '--force'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('wrote ')) resolve();
      });
      child.on('exit', () => resolve());
    });
    child.kill('SIGINT');
    const code = await exited;
    expect([0, 130]).toContain(code);

    let newCount = 0;
    for (const change of plan.changes) {
      const target = path.join(dir, change.file);
      const now = existsSync(target) ? readFileSync(target, 'utf8') : null;
      expect([change.before, change.after]).toContain(now);
      if (now === change.after) newCount++;
    }
    expect(newCount).toBeGreaterThan(0);
    // Stopped part-way: it says so with 130, the shell's code for Ctrl-C.
    if (newCount < plan.changes.length) expect(code).toBe(130);
    const leftovers = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('.route-actions-'));
    expect(leftovers).toEqual([]);
  }, 60_000);

  it('after an interrupt mid-write, a second run finishes the job, each action defined once in the module the first run wrote', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-resume-'));
    scratch.push(dir);
    writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n');
    mkdirSync(path.join(dir, 'components'), { recursive: true });
    // Every route is under /api/items: one shared module, app/actions/items.ts, written whole with the first unit.
    for (let i = 0; i < 150; i++) {
      mkdirSync(path.join(dir, `app/api/items/n${i}`), { recursive: true });
      writeFileSync(path.join(dir, `app/api/items/n${i}/route.ts`), `import { NextResponse } from 'next/server'\n\nexport async function POST(request: Request) {\n  const body = await request.json()\n  return NextResponse.json({ saved: body, n: ${i} }, { status: 201 })\n}\n`);
      writeFileSync(path.join(dir, `components/item${i}.tsx`), `'use client'\n\nexport async function save${i}(value: string) {\n  const res = await fetch('/api/items/n${i}', { method: 'POST', body: JSON.stringify({ value }) })\n  return res.ok ? await res.json() : null\n}\n`);
    }
    const child = spawn(process.execPath, [BIN, 'migrate', dir, '--write', '--force'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('wrote app/actions/items.ts')) resolve();
      });
      child.on('exit', () => resolve());
    });
    child.kill('SIGINT');
    const code = await exited;
    const routesLeft = () => readdirSync(path.join(dir, 'app/api/items')).length;
    if (code === 130) {
      expect(stderr).toMatch(/interrupted: \d+ of \d+ planned files written, each whole; run `route-actions migrate --write --force` again to finish/);
      expect(routesLeft()).toBeGreaterThan(0);
    }

    const second = cli(['migrate', dir, '--write', '--force']);
    expect(second.status, second.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'app/api/items'))).toBe(false);
    expect(readdirSync(path.join(dir, 'app/actions'))).toEqual(['items.ts']);
    const module = readFileSync(path.join(dir, 'app/actions/items.ts'), 'utf8');
    for (let i = 0; i < 150; i++) {
      const caller = readFileSync(path.join(dir, `components/item${i}.tsx`), 'utf8');
      const name = /import \{ (\w+) \} from '@\/app\/actions\/items'/.exec(caller)?.[1];
      expect(name, `components/item${i}.tsx`).toBeDefined();
      expect(module.split(`export async function ${name}(`).length - 1, name).toBe(1);
    }
    expect(cli(['migrate', dir]).stdout).toContain('0 files would change');
  }, 120_000);
});
