// What the audit lists, as opposed to how it decides: which files are route handlers and
// actions, where they are, proxies and what they cover, calls it could not read, parse
// errors, and how it refuses bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit.ts';
import { UsageError } from '../src/errors.ts';
import { AUDIT_FIXTURES as FIXTURES, auditOf, route } from './helpers/audit-fixture.ts';
const fixture = (name: string) => path.join(FIXTURES, name);


describe('export-forms', () => {
  const result = auditOf('export-forms');

  it('finds handlers exported as a const arrow, as a renamed specifier and as a re-export, sorted by URL then method', () => {
    expect(result().routes.map((r) => [r.method, r.url, r.file, r.line])).toEqual([
      ['GET', '/api/comments', 'app/api/comments/route.ts', 3],
      ['POST', '/api/comments', 'app/api/comments/route.ts', 3],
      ['POST', '/api/follows', 'app/api/follows/route.ts', 8],
      ['POST', '/api/likes', 'app/api/likes/route.ts', 3],
    ]);
  });

  it('does not treat the handlers module next to route.ts as a route, nor `export const dynamic` as a method', () => {
    expect(result().routes.filter((r) => r.file === 'app/api/comments/handlers.ts')).toEqual([]);
    expect(result().routes.map((r) => r.method)).not.toContain('dynamic');
  });

  it('reads the re-exported handlers (no unreadable-handler) and keeps them for lack of callers', () => {
    for (const r of result().routes) {
      expect(r.reasons.map((x) => x.rule), `${r.method} ${r.url}`).not.toContain('unreadable-handler');
      expect(r.decision).toBe('route');
      expect(r.reasons.map((x) => x.rule)).toContain('no-callers');
    }
  });
});

describe('inline-action', () => {
  const result = auditOf('inline-action');

  it("lists a function with 'use server' in its body as an inline action", () => {
    expect(result().actions).toEqual([
      expect.objectContaining({ file: 'app/notes/[id]/page.tsx', name: 'archive', line: 6, form: 'inline', decision: 'action' }),
    ]);
    expect(result().actions[0]!.externalPath).toBeUndefined();
  });

  it('finds the <form action={archive}> in the same file as a form-action caller', () => {
    expect(result().actions[0]!.callers).toEqual([{ file: 'app/notes/[id]/page.tsx', line: 14, kind: 'form-action' }]);
    expect(result().actions[0]!.reasons).toEqual([
      expect.objectContaining({ rule: 'internal-caller', file: 'app/notes/[id]/page.tsx', line: 14, effect: 'action' }),
    ]);
  });

  it('finds no route handlers and no errors', () => {
    expect(result().routes).toEqual([]);
    expect(result().errors).toEqual([]);
  });
});

describe('reports-parse-error-and-goes-on', () => {
  const result = auditOf('reports-parse-error-and-goes-on');

  it('reports the syntax error with its file, 1-based line and column, and a message', () => {
    expect(result().errors).toEqual([{ file: 'components/like-button.tsx', line: 5, column: 83, message: expect.stringMatching(/Unexpected token/) }]);
  });

  it('keeps the message free of the (line:column) suffix, which has its own fields', () => {
    expect(result().errors[0]!.message).not.toMatch(/\(\d+:\d+\)/);
  });

  it('still audits the other routes', () => {
    const feedback = route(result(), '/api/feedback');
    expect(feedback).toMatchObject({ file: 'app/api/feedback/route.ts', line: 3, decision: 'action' });
    expect(feedback.callers).toEqual([{ file: 'components/feedback-form.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/api/feedback' }]);
    expect(route(result(), '/api/likes')).toMatchObject({ file: 'app/api/likes/route.ts', line: 3, decision: 'route' });
  });
});

describe('private-and-non-route-files', () => {
  const result = auditOf('private-and-non-route-files');

  it('lists app/api/x/route.ts but not app/_lib/route.ts nor app/api/x/_route.ts', () => {
    expect(result().routes.map((r) => [r.file, r.url, r.method])).toEqual([['app/api/x/route.ts', '/api/x', 'POST']]);
  });
});

describe('basepath-from-next-config', () => {
  const result = auditOf('basepath-from-next-config');

  it('reports the basePath read from next.config.ts', () => {
    expect(result().basePath).toBe('/docs');
    expect(result().errors).toEqual([]);
  });

  it('puts it in front of every route URL', () => {
    expect(result().routes.map((r) => r.url)).toEqual(['/docs/api/feedback']);
  });

  it('is empty for an app without basePath', async () => {
    expect((await runAudit(fixture('keeps-route-with-no-callers'))).basePath).toBe('');
  });
});

describe('middleware inventory', () => {
  it('lists proxy.ts with its matcher and only the routes the matcher covers', async () => {
    const result = await runAudit(fixture('keeps-route-covered-by-rate-limiting-proxy'));
    expect(result.middleware).toEqual([
      { file: 'proxy.ts', matchers: ['/api/reports/:path*'], covers: ['/api/reports'], weighing: expect.stringContaining('rate-limits') },
    ]);
  });

  it('lists the old middleware.ts name too, with a string matcher and how it was weighed', async () => {
    const result = await runAudit(fixture('weighs-session-only-middleware'));
    expect(result.middleware).toEqual([
      { file: 'middleware.ts', matchers: ['/api/:path*'], covers: ['/api/bookmarks'], weighing: expect.stringContaining('session') },
    ]);
  });

  it('is empty when there is no proxy', async () => {
    expect((await runAudit(fixture('keeps-route-with-no-callers'))).middleware).toEqual([]);
  });
});

describe('unresolved calls', () => {
  it('lists a POST whose URL is a parameter, without a url, with the routes it could reach and where their paths appear', async () => {
    const result = await runAudit(fixture('keeps-route-reached-by-unreadable-url'));
    expect(result.unresolvedCalls).toEqual([
      { file: 'components/retry-button.tsx', line: 6, kind: 'fetch', method: 'POST', reaches: [{ url: '/api/tags', method: 'POST', file: 'app/tags/page.tsx', line: 8 }] },
    ]);
  });

  it("does not list the fetch inside a wrapper: the wrapper's call sites are the callers", async () => {
    const result = await runAudit(fixture('config-forces-decisions'));
    expect(result.unresolvedCalls).toEqual([]);
  });

  it('does not list calls to other hosts', async () => {
    const result = await runAudit(fixture('matches-dynamic-route-called-with-template-literal'));
    expect(result.unresolvedCalls).toEqual([]);
  });
});

describe('shape of the result', () => {
  it('uses app-relative paths with / everywhere and survives a JSON round trip', async () => {
    const result = await runAudit(fixture('converts-route-in-group'));
    const files = [
      ...result.routes.flatMap((r) => [r.file, ...r.reasons.map((x) => x.file), ...r.callers.map((c) => c.file)]),
      ...result.actions.flatMap((a) => [a.file, ...a.reasons.map((x) => x.file), ...a.callers.map((c) => c.file)]),
    ];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(path.isAbsolute(file), file).toBe(false);
      expect(file).not.toContain('\\');
      expect(file.startsWith('..'), file).toBe(false);
    }
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives the same result for a relative and an absolute dir', async () => {
    const absolute = await runAudit(fixture('detects-axios-callers'));
    const relative = await runAudit(path.relative(process.cwd(), fixture('detects-axios-callers')));
    expect(relative).toEqual(absolute);
  });
});

describe('bad input', () => {
  it('rejects a missing dir with a UsageError', async () => {
    const missing = runAudit(fixture('does-not-exist'));
    await expect(missing).rejects.toBeInstanceOf(UsageError);
    await expect(runAudit(fixture('does-not-exist'))).rejects.toThrow(/does-not-exist/);
  });

  it('rejects a file given as the dir', async () => {
    await expect(runAudit(fixture('not-an-app/lib/format.ts'))).rejects.toBeInstanceOf(UsageError);
  });

  it('rejects a dir with neither app/ nor src/app/', async () => {
    await expect(runAudit(fixture('not-an-app'))).rejects.toBeInstanceOf(UsageError);
    await expect(runAudit(fixture('not-an-app'))).rejects.toThrow(/app\//);
  });

  it('rejects a config with an unknown key, naming the key', async () => {
    await expect(runAudit(fixture('bad-config-unknown-key'))).rejects.toBeInstanceOf(UsageError);
    await expect(runAudit(fixture('bad-config-unknown-key'))).rejects.toThrow(/rotues/);
  });

  it('rejects a config that is not valid JSON, naming the file', async () => {
    await expect(runAudit(fixture('bad-config-malformed-json'))).rejects.toBeInstanceOf(UsageError);
    await expect(runAudit(fixture('bad-config-malformed-json'))).rejects.toThrow(/route-actions\.config\.json/);
  });

  it('rejects an ignoreCalls that is not a list of "file:line" or globs, naming the key', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-config-'));
    writeFileSync(path.join(dir, 'bad.config.json'), JSON.stringify({ ignoreCalls: 'lib/s3.ts:4' }));
    await expect(runAudit(fixture('keeps-route-with-no-callers'), { config: path.join(dir, 'bad.config.json') })).rejects.toThrow(/"ignoreCalls" must be an array/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects an explicit --config path that does not exist', async () => {
    await expect(runAudit(fixture('keeps-route-with-no-callers'), { config: fixture('nope.config.json') })).rejects.toBeInstanceOf(UsageError);
  });

  it('accepts an explicit config path outside the app root', async () => {
    const result = await runAudit(fixture('keeps-route-with-no-callers'), { config: fixture('config-forces-decisions/route-actions.config.json') });
    // That config forces nothing under /api/contact, so the decision stands.
    expect(route(result, '/api/contact').decision).toBe('route');
  });
});
