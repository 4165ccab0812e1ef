// End-to-end proof for the migration: examples/blog is built and served with `next start`,
// every user flow is driven in headless Chromium (and the outside callers over HTTP), and
// what the user sees is recorded as plain data. Then a fresh copy of the original app is
// migrated with `route-actions migrate --write`, built, served and driven again: every
// recorded outcome must be the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyApp, REPO } from './helpers/app-copy.ts';
import { nextBuild } from './helpers/next.ts';
import { FLOW_NAMES, launchBrowser, runAllFlows, type RunRecord } from './e2e/flows.ts';
import { startApp, type RunningApp } from './e2e/server.ts';

type Plan = { units: { id: string; status: string }[] };

const EXAMPLE = path.join(REPO, 'examples/blog');
const CLI = path.join(REPO, 'bin/route-actions.js');

/** `node bin/route-actions.js …args`; never throws, bounded. */
function cli(...args: string[]) {
  return cliIn(process.env, ...args);
}

function cliIn(env: NodeJS.ProcessEnv, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000, env });
  return { status: run.status, stdout: run.stdout, output: `exit ${run.status}\n${run.stdout}\n${run.stderr}` };
}

/**
 * Makes `dir` the work tree of a fresh git repo, committed, and returns the environment that
 * points git at it. The repo's .git lives outside `dir`: a .git inside it would make Next
 * treat the copy as its own workspace root and stop resolving `next` from the repo.
 */
function temporaryGitRepo(dir: string, cleanups: (() => void)[]): NodeJS.ProcessEnv {
  const gitDir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-e2e-git-'));
  cleanups.push(() => rmSync(gitDir, { recursive: true, force: true }));
  const env = { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: dir };
  for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.email=e2e@example.com', '-c', 'user.name=e2e', 'commit', '-qm', 'original app']]) {
    const run = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  }
  return env;
}

/** What the README of examples/blog promises; checked on the original app so the flows prove something. */
const ORIGINAL_BEHAVIOUR = {
  createPost: {
    blank: { alerts: ['Title required'] },
    created: { alerts: [], titles: [expect.any(String), expect.any(String), 'Written by the e2e test'] },
    titlesAfterReload: [expect.any(String), expect.any(String), 'Written by the e2e test'],
  },
  profile: { blank: { alerts: ['Name required'], statuses: [] }, saved: { alerts: [], statuses: ['Saved'] } },
  newsletterWithJs: {
    invalid: { path: '/newsletter?error=invalid', alerts: ['Please enter a valid email'] },
    valid: { path: '/thanks', heading: 'Thanks for subscribing', alerts: [] },
  },
  newsletterWithoutJs: {
    invalid: { path: '/newsletter?error=invalid', alerts: ['Please enter a valid email'] },
    valid: { path: '/thanks', heading: 'Thanks for subscribing', alerts: [] },
  },
  like: {
    initial: { count: '2 likes' },
    once: { count: '3 likes', alerts: [] },
    twice: { count: '4 likes', alerts: [] },
    afterReload: { count: '4 likes' },
  },
  comment: {
    blank: { alerts: ['Comment cannot be empty'] },
    added: { alerts: [], comments: ['Welcome aboard!', 'Nice post, from the e2e test'] },
    inputAfter: '',
    afterReload: { comments: ['Welcome aboard!', 'Nice post, from the e2e test'] },
  },
  publish: {
    signedOut: { alerts: ['Sign in to publish'], statuses: [] },
    signedIn: { header: expect.stringContaining('Signed in as demo') },
    published: { alerts: [], statuses: ['Published'] },
    afterReload: { statuses: ['Published'] },
  },
  schedule: {
    initial: { alerts: [], statuses: [] },
    signedOut: { alerts: ['Sign in to schedule'], statuses: [] },
    past: { alerts: ['Pick a date and time in the future'], statuses: [] },
    scheduled: { alerts: [], statuses: ['Scheduled for 2030-01-01T09:00 UTC by demo'] },
    afterReload: { alerts: [], statuses: ['Scheduled for 2030-01-01T09:00 UTC'] },
  },
  report: {
    clicks: [
      ...Array.from({ length: 5 }, () => ({ alerts: [], statuses: ['Reported'] })),
      { alerts: ['Too many reports'], statuses: [] },
    ],
  },
  exportCsv: {
    exported: { alerts: [], links: ['Download posts.csv'] },
    downloadAttr: 'posts.csv',
    file: { name: 'posts.csv', header: 'id,title,body,likes,published', rows: 3 },
  },
  adminNewsletter: {
    blank: { alerts: ['Subject required'], statuses: [] },
    sent: { alerts: [], statuses: ['Sent to 2 subscribers'] },
    countsAfterReload: '2 subscribers, 1 newsletters sent.',
  },
  adminClearReports: {
    initial: { reports: Array.from({ length: 5 }, () => 'hello-world: Flagged by a reader') },
    cleared: { reports: [], text: ['No open reports.'], clearDisabled: true },
  },
  webhook: {
    valid: { status: 200, json: { received: true } },
    invalid: { status: 400, json: { error: 'Invalid signature' } },
  },
  importPosts: { status: 200, json: { imported: 2 } },
  stats: { stats: { 'Payments received': '1', 'Posts imported': '2' } },
};

describe('examples/blog behaves the same in a browser before and after migration', { timeout: 300_000 }, () => {
  let browser: Browser | undefined;
  const cleanups: (() => void)[] = [];
  const servers: RunningApp[] = [];
  let originalDir: string | undefined;
  let migratedDir: string | undefined;
  let before: RunRecord | undefined;
  let after: RunRecord | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled(servers.map((server) => server.stop()));
    if (browser) {
      await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    for (const cleanup of cleanups) cleanup();
  }, 60_000);

  function copy(label: string): string {
    const app = copyApp(EXAMPLE, label);
    cleanups.push(app.remove);
    return app.dir;
  }

  /** next build, next start, every flow, then stop the server (also when a flow throws). */
  async function buildAndDrive(dir: string): Promise<RunRecord> {
    const build = nextBuild(dir);
    expect(build.status, build.output).toBe(0);
    const server = await startApp(dir);
    servers.push(server);
    try {
      const record = await runAllFlows({ browser: browser!, url: server.url, appDir: dir });
      const broken = Object.entries(record.flows).filter(([, outcome]) => outcome && typeof outcome === 'object' && 'failed' in outcome);
      if (broken.length > 0) {
        console.warn(`flows that broke in ${path.basename(dir)}: ${broken.map(([name]) => name).join(', ')}\n--- next start output ---\n${server.logs()}`);
      }
      return record;
    } finally {
      await server.stop();
    }
  }

  it('the original app builds, serves, and does what its README says', async () => {
    originalDir = copy('e2e-original');
    before = await buildAndDrive(originalDir);
    expect(before.flows).toMatchObject(ORIGINAL_BEHAVIOUR);
    // The URL of the @external action does not exist yet.
    expect(before.newsletterSend).toMatchObject({ valid: { status: 404 }, empty: { status: 404 } });
  });

  it('migrate --write converts a fresh copy of the original app, in a temporary git repo, and exits 0', () => {
    migratedDir = copy('e2e-migrated');
    const env = temporaryGitRepo(migratedDir, cleanups);
    const run = cliIn(env, 'migrate', migratedDir, '--write', '--no-color');
    expect(run.status, run.output).toBe(0);
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: migratedDir, env, encoding: 'utf8' }).stdout;
    expect(status).toContain('D app/api/subscribe/route.ts');
    expect(status).toContain('?? app/api/newsletter/');
  });

  it('the migrated app builds and serves, and every flow runs again', async () => {
    expect(migratedDir, 'the migration step did not run').toBeDefined();
    after = await buildAndDrive(migratedDir!);
  });

  it.each(FLOW_NAMES)('%s: the same outcome after migration', (name) => {
    expect(before, 'the original run did not record').toBeDefined();
    expect(after, 'the migrated run did not record').toBeDefined();
    // Two runs that broke the same way are not a proof.
    expect(before!.flows[name]).not.toHaveProperty('failed');
    expect(after!.flows[name]).toEqual(before!.flows[name]);
  });

  it('the newsletter form still works without JavaScript after migration', () => {
    expect(after?.flows.newsletterWithoutJs).toMatchObject(ORIGINAL_BEHAVIOUR.newsletterWithoutJs);
  });

  it('the webhook and the import endpoint answer outside callers as before', () => {
    expect(after?.flows.webhook).toMatchObject(ORIGINAL_BEHAVIOUR.webhook);
    expect(after?.flows.importPosts).toMatchObject(ORIGINAL_BEHAVIOUR.importPosts);
  });

  it('POST /api/newsletter/send answers over HTTP with the @external action result', () => {
    const send = after?.newsletterSend;
    expect(send, 'the migrated run did not record').toBeDefined();
    expect(send).not.toHaveProperty('failed');
    const { valid, empty } = send as Extract<RunRecord['newsletterSend'], { valid: unknown }>;
    expect(valid.status, JSON.stringify(valid)).toBeGreaterThanOrEqual(200);
    expect(valid.status, JSON.stringify(valid)).toBeLessThan(300);
    expect(valid.json).toHaveProperty('sent');
    expect(empty.status, JSON.stringify(empty)).toBeGreaterThanOrEqual(400);
    expect(empty.status, JSON.stringify(empty)).toBeLessThan(500);
  });

  it('check fails (exit 1) on the original app and passes (exit 0) on the migrated app', () => {
    expect(originalDir && migratedDir, 'the copies were not made').toBeTruthy();
    const original = cli('check', originalDir!, '--no-color');
    const migrated = cli('check', migratedDir!, '--no-color');
    expect(original.status, original.output).toBe(1);
    expect(migrated.status, migrated.output).toBe(0);
  });

  it('a second migrate of the migrated app plans no change', () => {
    expect(migratedDir, 'the migration step did not run').toBeDefined();
    const run = cli('migrate', migratedDir!, '--json');
    expect(run.status, run.output).toBe(0);
    // The plan is the whole output, or its `plan` key next to the audit.
    const json = JSON.parse(run.stdout) as { plan?: Plan } & Partial<Plan>;
    const units = (json.plan ?? json).units;
    expect(Array.isArray(units), run.output).toBe(true);
    expect(units!.filter((unit) => unit.status === 'planned').map((unit) => unit.id)).toEqual([]);
  });
});
