// The generated routes over real HTTP: __testfixtures__/to-route-apps/http (a 'use server'
// module whose actions are all tagged @external) is copied into the repo, migrated
// (planMigration + writePlan), built with `next build`, and served with `next start` on
// 127.0.0.1. Every answer is checked for its status AND its body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlan, type WriteOutcome } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import type { MigrationPlan } from '../src/plan/types.ts';
import { copyApp, REPO } from './helpers/app-copy.ts';
import type { RunningApp } from './e2e/server.ts';
import { buildAndServe, logsContain, post, send } from './to-route/served-app.ts';

const SOURCE = path.join(REPO, '__testfixtures__/to-route-apps/http');

const ROUTES = {
  greet: '/api/greet',
  generateReport: '/api/reports',
  schedule: '/api/schedule',
  reserve: '/api/reserve',
  explode: '/api/explode',
  contact: '/api/contact',
  go: '/api/go',
  lookup: '/api/lookup',
  ping: '/api/ping',
  refreshItems: '/api/refresh',
} as const;

const json = (value: unknown) => ({ json: value });
const MALFORMED_JSON = { error: 'Malformed or missing JSON body' };
const WRONG_TYPE_JSON = { error: 'Expected Content-Type: application/json' };
const WRONG_TYPE_FORM = { error: 'Expected a multipart/form-data or application/x-www-form-urlencoded body' };

describe('generated routes over HTTP (next build + next start)', () => {
  let copy: ReturnType<typeof copyApp> | undefined;
  let server: RunningApp | undefined;
  let plan: MigrationPlan | undefined;
  let outcome: WriteOutcome | undefined;

  beforeAll(async () => {
    copy = copyApp(SOURCE, 'to-route-http');
    ({ plan } = await planMigration(copy.dir));
    outcome = await writePlan(copy.dir, plan);
    server = await buildAndServe(copy.dir);
  }, 420_000);

  afterAll(async () => {
    try {
      await server?.stop();
    } finally {
      copy?.remove();
    }
  }, 30_000);

  const app = () => {
    if (!server) throw new Error('the app is not running');
    return server;
  };

  it('plans and writes one route per @external action, and edits updateTag in the action module', () => {
    expect(plan!.units.filter((u) => u.status === 'planned').map((u) => u.id).sort()).toEqual(
      Object.entries(ROUTES).map(([name, url]) => `POST ${url} for ${name}`).sort(),
    );
    expect(outcome!.failed).toEqual([]);
    const actions = readFileSync(path.join(copy!.dir, 'app/actions/api.ts'), 'utf8');
    expect(actions).toContain("revalidateTag('items', 'max')");
    expect(actions).not.toContain("updateTag('items')");
  });

  describe('a JSON action', () => {
    it('valid input → 200 with the value the action returns, as JSON', async () => {
      const answer = await post(app(), ROUTES.greet, json({ name: 'Ada' }));
      expect(answer).toMatchObject({ status: 200, body: { greeting: 'Hello, Ada!' } });
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await post(app(), ROUTES.greet, json({ name: 'Bo' }), { 'content-type': 'application/json; charset=utf-8' })).toMatchObject({ status: 200, body: { greeting: 'Hello, Bo!' } });
    });

    it('malformed or missing JSON → 400 with the JSON error', async () => {
      expect(await post(app(), ROUTES.greet, { raw: '{"name": "Ada"', contentType: 'application/json' })).toMatchObject({ status: 400, body: MALFORMED_JSON });
      expect(await post(app(), ROUTES.greet, { raw: '', contentType: 'application/json' })).toMatchObject({ status: 400, body: MALFORMED_JSON });
    });

    it('a wrong or missing content type → 415', async () => {
      expect(await post(app(), ROUTES.greet, { raw: '{"name":"Ada"}', contentType: 'text/plain' })).toMatchObject({ status: 415, body: WRONG_TYPE_JSON });
      expect(await post(app(), ROUTES.greet, { raw: '{"name":"Ada"}' })).toMatchObject({ status: 415, body: WRONG_TYPE_JSON });
      const form = new FormData();
      form.set('name', 'Ada');
      expect(await post(app(), ROUTES.greet, { form })).toMatchObject({ status: 415, body: WRONG_TYPE_JSON });
    });

    it('a missing or ill-typed field → 400 with the error the action returns as a value', async () => {
      expect(await post(app(), ROUTES.greet, json({}))).toMatchObject({ status: 400, body: { error: 'Name required' } });
      expect(await post(app(), ROUTES.greet, json({ name: 42 }))).toMatchObject({ status: 400, body: { error: 'Name required' } });
    });

    it('a body that is not an object → 400 from the route, before the action runs', async () => {
      expect(await post(app(), ROUTES.greet, json('Ada'))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with name' } });
      expect(await post(app(), ROUTES.greet, json(null))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with name' } });
      expect(await post(app(), ROUTES.greet, json(['Ada']))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with name' } });
    });

    it('GET on the generated route → 405 (only POST is exported)', async () => {
      expect((await send(app(), 'GET', ROUTES.greet)).status).toBe(405);
    });
  });

  describe('an action with one object parameter whose fields are declared', () => {
    it('valid fields → 200', async () => {
      expect(await post(app(), ROUTES.generateReport, json({ from: '2026-01-01', to: '2026-01-31' }))).toMatchObject({ status: 200, body: { from: '2026-01-01', to: '2026-01-31', days: 31 } });
    });

    it('both fields missing → 400 naming the first, not a 200 computed from undefined', async () => {
      expect(await post(app(), ROUTES.generateReport, json({ days: 7 }))).toMatchObject({ status: 400, body: { error: 'Expected "from" to be a string' } });
    });

    it('an array → 400 naming the fields an object needs', async () => {
      expect(await post(app(), ROUTES.generateReport, json([1, 2]))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with from, to' } });
    });

    it('fields of the wrong type → 400', async () => {
      expect(await post(app(), ROUTES.generateReport, json({ from: 1, to: 2 }))).toMatchObject({ status: 400, body: { error: 'Expected "from" to be a string' } });
    });
  });

  describe('an action with several parameters: one JSON field per parameter', () => {
    it('valid fields → 200, the optional one may be left out', async () => {
      expect(await post(app(), ROUTES.schedule, json({ title: 'Standup', minutes: 15 }))).toMatchObject({ status: 200, body: { title: 'Standup', minutes: 15, urgent: false } });
      expect(await post(app(), ROUTES.schedule, json({ title: 'Fire', minutes: 5, urgent: true }))).toMatchObject({ status: 200, body: { title: 'Fire', minutes: 5, urgent: true } });
    });

    it('a missing or ill-typed field → 400 naming it', async () => {
      expect(await post(app(), ROUTES.schedule, json({ minutes: 15 }))).toMatchObject({ status: 400, body: { error: 'Expected "title" to be a string' } });
      expect(await post(app(), ROUTES.schedule, json({ title: 'Standup', minutes: 'ten' }))).toMatchObject({ status: 400, body: { error: 'Expected "minutes" to be a number' } });
      expect(await post(app(), ROUTES.schedule, json({ title: 'Standup', minutes: 15, urgent: 'yes' }))).toMatchObject({ status: 400, body: { error: 'Expected "urgent" to be a boolean' } });
      expect(await post(app(), ROUTES.schedule, json(['Standup', 15]))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with title, minutes, urgent' } });
    });
  });

  it('a { ok, status, data } result keeps its status and sends data', async () => {
    expect(await post(app(), ROUTES.reserve, json({ seat: 'A1' }))).toMatchObject({ status: 409, body: { error: 'Seat taken' } });
    const created = await post(app(), ROUTES.reserve, json({ seat: 'B2' }));
    expect(created).toMatchObject({ status: 201, body: { seat: 'B2' } });
    expect(created.body).toEqual({ seat: 'B2' });
  });

  it('a thrown error → 500 { error: "Internal Server Error" }, no internals in the body; the server logs it', async () => {
    const answer = await post(app(), ROUTES.explode, json({ reason: 'probe-7731' }));
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: 'Internal Server Error' });
    expect(answer.text).not.toMatch(/hunter2|password|database|probe-7731|Error:|\bat \S+ \(|\.ts\b|\.js\b/);
    expect(await logsContain(app(), 'probe-7731'), `server output:\n${app().logs().slice(-3_000)}`).toBe(true);
  });

  it('redirect() in the action → 307 with Location (not followed)', async () => {
    const answer = await post(app(), ROUTES.go, json({ to: 'home' }));
    expect(answer.status).toBe(307);
    expect(answer.headers.get('location')).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/landing\?to=home$/);
  });

  it('notFound() in the action → 404; the same route answers 200 when the action finds it', async () => {
    const missing = await post(app(), ROUTES.lookup, json({ id: '2' }));
    expect(missing.status).toBe(404);
    expect(missing.text).not.toMatch(/NEXT_HTTP_ERROR_FALLBACK|Internal Server Error/);
    expect(await post(app(), ROUTES.lookup, json({ id: '1' }))).toMatchObject({ status: 200, body: { id: '1', name: 'First' } });
  });

  describe('a FormData action', () => {
    it('a multipart or urlencoded form → 200 with the value', async () => {
      const form = new FormData();
      form.set('email', 'ada@example.com');
      expect(await post(app(), ROUTES.contact, { form })).toMatchObject({ status: 200, body: { received: 'ada@example.com' } });
      expect(await post(app(), ROUTES.contact, { urlencoded: new URLSearchParams({ email: 'bo@example.com' }) })).toMatchObject({ status: 200, body: { received: 'bo@example.com' } });
    });

    it('an invalid field → 400 with the returned error; JSON → 415; a broken multipart body → 400', async () => {
      expect(await post(app(), ROUTES.contact, { urlencoded: new URLSearchParams({ email: 'nope' }) })).toMatchObject({ status: 400, body: { error: 'Email required' } });
      expect(await post(app(), ROUTES.contact, json({ email: 'ada@example.com' }))).toMatchObject({ status: 415, body: WRONG_TYPE_FORM });
      expect(await post(app(), ROUTES.contact, { raw: 'garbage', contentType: 'multipart/form-data; boundary=----x' })).toMatchObject({ status: 400, body: { error: 'Malformed form body' } });
    });
  });

  it('an action with no parameters and no result → 204 with an empty body, whatever is posted', async () => {
    const answer = await post(app(), ROUTES.ping, { raw: 'anything', contentType: 'text/plain' });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
  });

  it("an action that called updateTag (now revalidateTag(tag, 'max')) works from the route → 200", async () => {
    expect(await post(app(), ROUTES.refreshItems, json({ tag: 'items' }))).toMatchObject({ status: 200, body: { refreshed: 'items' } });
  });
});
