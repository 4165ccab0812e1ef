// Round trip: route → action → route. __testfixtures__/to-route-apps/roundtrip has two POST-only
// routes (app/api/notes/route.ts: 201 or 400; app/api/notes/seen/route.ts: 204, 400 or 404) and
// a client component that fetches both. The original app is built, served and sent a fixed
// list of requests; status, content type and JSON body are recorded. Then a fresh copy is
// migrated to actions, each new action is marked external at its original path in
// route-actions.config.json, and the migration runs again, which generates the routes back.
// That app is built, served and sent the same requests: the same answers.
//
// Where the generated route checks more than the hand-written one did (a body that is not
// JSON, not an object, or has another content type), the original answered 500 or accepted
// it; those requests are listed apart with both answers spelled out, and replayed last so the
// notes they may create do not shift the ids of the others.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlan, type WriteOutcome } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import type { MigrationPlan } from '../src/plan/types.ts';
import { copyApp, REPO } from './helpers/app-copy.ts';
import type { RunningApp } from './e2e/server.ts';
import type { Answer, RequestBody } from './to-route/in-process.ts';
import { buildAndServe, post, send } from './to-route/served-app.ts';

const SOURCE = path.join(REPO, '__testfixtures__/to-route-apps/roundtrip');
const NOTES = '/api/notes';
const SEEN = '/api/notes/seen';

interface Probe {
  name: string;
  path: string;
  /** POST with this body, or another method. */
  body?: RequestBody;
  method?: string;
  headers?: Record<string, string>;
}

/** Requests that must get the same answer from the original route and the generated one. */
const SAME: Probe[] = [
  { name: 'valid text', path: NOTES, body: { json: { text: 'Buy milk' } } },
  { name: 'valid text, with a charset in the content type', path: NOTES, body: { json: { text: '  Call Bo  ' } }, headers: { 'content-type': 'application/json; charset=utf-8' } },
  { name: 'blank text', path: NOTES, body: { json: { text: '   ' } } },
  { name: 'missing field', path: NOTES, body: { json: {} } },
  { name: 'GET (not exported)', path: NOTES, method: 'GET' },
  { name: 'seen: an existing note (204, no body)', path: SEEN, body: { json: { id: '1' } } },
  { name: 'seen: an unknown note (404)', path: SEEN, body: { json: { id: '99' } } },
  { name: 'seen: no id (400)', path: SEEN, body: { json: {} } },
  // The action takes what request.json() gave (any), so the generated route checks no fields
  // and the action's own checks answer, as the original's did.
  { name: 'text that is not a string', path: NOTES, body: { json: { text: 42 } } },
  { name: 'a JSON array', path: NOTES, body: { json: [] } },
];

/** Requests the generated route answers differently, on purpose; replayed after SAME. */
const DIFFERENT: Probe[] = [
  { name: 'malformed JSON', path: NOTES, body: { raw: '{"text": "Buy', contentType: 'application/json' } },
  { name: 'the JSON literal null', path: NOTES, body: { json: null } },
  { name: 'valid JSON sent as text/plain', path: NOTES, body: { raw: '{"text":"Plain"}', contentType: 'text/plain' } },
];

type Recorded = Record<string, { status: number; contentType: string; body: unknown }>;

async function replay(app: RunningApp): Promise<Recorded> {
  const out: Recorded = {};
  for (const probe of [...SAME, ...DIFFERENT]) {
    const answer: Answer = probe.method ? await send(app, probe.method, probe.path) : await post(app, probe.path, probe.body!, probe.headers);
    // The media type only: Next may add or drop a charset parameter.
    out[probe.name] = { status: answer.status, contentType: (answer.headers.get('content-type') ?? '').split(';')[0]!, body: answer.body };
  }
  return out;
}

describe('route → action → route: the generated route answers as the original did', () => {
  let original: Recorded | undefined;
  let roundTripped: Recorded | undefined;
  let toActions: { plan: MigrationPlan; outcome: WriteOutcome } | undefined;
  let toRoutes: { plan: MigrationPlan; outcome: WriteOutcome } | undefined;
  let third: MigrationPlan | undefined;
  /** URL → the action the migration to actions made of its route. */
  const actionNames: Record<string, string> = {};
  let migratedDir: string | undefined;
  const copies: ReturnType<typeof copyApp>[] = [];
  const servers: RunningApp[] = [];

  beforeAll(async () => {
    // 1. The original app.
    const first = copyApp(SOURCE, 'to-route-roundtrip-original');
    copies.push(first);
    const originalServer = await buildAndServe(first.dir);
    servers.push(originalServer);
    try {
      original = await replay(originalServer);
    } finally {
      await originalServer.stop();
    }

    // 2. A fresh copy of the original, migrated to actions.
    const second = copyApp(SOURCE, 'to-route-roundtrip-migrated');
    copies.push(second);
    migratedDir = second.dir;
    const a = await planMigration(second.dir);
    toActions = { plan: a.plan, outcome: await writePlan(second.dir, a.plan) };
    for (const url of [NOTES, SEEN]) {
      const name = a.plan.units.find((u) => u.id === `POST ${url}` && u.status === 'planned')?.action?.name;
      if (!name) throw new Error(`the migration to actions did not convert POST ${url}: ${JSON.stringify(a.plan.units, null, 2)}`);
      actionNames[url] = name;
    }

    // 3. Mark each new action external at its original path, and migrate again: the routes come back.
    const actions = Object.fromEntries(Object.entries(actionNames).map(([url, name]) => [name, { decision: 'route', path: url }]));
    writeFileSync(path.join(second.dir, 'route-actions.config.json'), `${JSON.stringify({ actions }, null, 2)}\n`);
    const b = await planMigration(second.dir);
    toRoutes = { plan: b.plan, outcome: await writePlan(second.dir, b.plan) };
    third = (await planMigration(second.dir)).plan;

    // 4. The round-tripped app.
    const migratedServer = await buildAndServe(second.dir);
    servers.push(migratedServer);
    try {
      roundTripped = await replay(migratedServer);
    } finally {
      await migratedServer.stop();
    }
  }, 900_000);

  afterAll(async () => {
    try {
      for (const s of servers) await s.stop();
    } finally {
      for (const c of copies) c.remove();
    }
  }, 60_000);

  const got = () => {
    if (!original || !roundTripped) throw new Error('the apps did not both run');
    return { original, roundTripped };
  };

  it('the original route answers as written (so the comparison proves something)', () => {
    const { original } = got();
    expect(original['valid text']).toEqual({ status: 201, contentType: 'application/json', body: { id: '1', text: 'Buy milk', seen: false } });
    expect(original['valid text, with a charset in the content type']).toEqual({ status: 201, contentType: 'application/json', body: { id: '2', text: 'Call Bo', seen: false } });
    expect(original['blank text']).toEqual({ status: 400, contentType: 'application/json', body: { error: 'Text required' } });
    expect(original['missing field']).toEqual({ status: 400, contentType: 'application/json', body: { error: 'Text required' } });
    expect(original['GET (not exported)']?.status).toBe(405);
    expect(original['seen: an existing note (204, no body)']).toEqual({ status: 204, contentType: '', body: '' });
    expect(original['seen: an unknown note (404)']).toEqual({ status: 404, contentType: 'application/json', body: { error: 'Note not found' } });
    expect(original['seen: no id (400)']).toEqual({ status: 400, contentType: 'application/json', body: { error: 'id required' } });
  });

  it('migration 1 converts both routes into actions, rewrites the callers, removes the routes', () => {
    expect(toActions!.plan.units.filter((u) => u.status === 'planned').map((u) => u.id).sort()).toEqual([`POST ${NOTES}`, `POST ${SEEN}`]);
    expect(toActions!.outcome.failed).toEqual([]);
    expect([...toActions!.outcome.removed].sort()).toEqual(['app/api/notes/route.ts', 'app/api/notes/seen/route.ts']);
    const caller = readFileSync(path.join(migratedDir!, 'components/note-form.tsx'), 'utf8');
    for (const name of Object.values(actionNames)) expect(caller).toContain(`${name}(`);
    expect(caller).not.toContain('/api/notes');
  });

  it('migration 2 (config marks the actions external at their old paths) generates both routes, each calling its action; a third run plans nothing', () => {
    expect(toRoutes!.plan.units.filter((u) => u.status === 'planned').map((u) => u.id).sort()).toEqual(
      Object.entries(actionNames).map(([url, name]) => `POST ${url} for ${name}`).sort(),
    );
    expect(toRoutes!.outcome.failed).toEqual([]);
    expect([...toRoutes!.outcome.written].sort()).toEqual(['app/api/notes/route.ts', 'app/api/notes/seen/route.ts']);
    for (const [url, name] of Object.entries(actionNames)) {
      expect(readFileSync(path.join(migratedDir!, `app${url}/route.ts`), 'utf8')).toContain(`respond(await ${name}(`);
    }
    // The app's own caller keeps calling the actions.
    const caller = readFileSync(path.join(migratedDir!, 'components/note-form.tsx'), 'utf8');
    for (const name of Object.values(actionNames)) expect(caller).toContain(`${name}(`);
    expect(third!.units.filter((u) => u.status === 'planned')).toEqual([]);
    expect(third!.changes).toEqual([]);
  });

  for (const probe of SAME) {
    it(`${probe.name}: same status, content type and JSON body`, () => {
      const { original, roundTripped } = got();
      expect(roundTripped[probe.name]).toEqual(original[probe.name]);
    });
  }

  // These do not round-trip, by design of the generated route; both answers are pinned.
  it('malformed JSON: the original threw in request.json() (500, no JSON body); the generated route answers 400 with a JSON error', () => {
    const { original, roundTripped } = got();
    expect(original['malformed JSON']).toEqual({ status: 500, contentType: '', body: '' });
    expect(roundTripped['malformed JSON']).toEqual({ status: 400, contentType: 'application/json', body: { error: 'Malformed or missing JSON body' } });
  });

  it('the JSON literal null: both answer 500; the original with no body, the generated route with the action\'s empty result as JSON', () => {
    const { original, roundTripped } = got();
    expect(original['the JSON literal null']).toEqual({ status: 500, contentType: '', body: '' });
    expect(roundTripped['the JSON literal null']).toEqual({ status: 500, contentType: 'application/json', body: '' });
  });

  it('valid JSON sent as text/plain: the original ignored the content type (201); the generated route answers 415', () => {
    const { original, roundTripped } = got();
    expect(original['valid JSON sent as text/plain']).toEqual({ status: 201, contentType: 'application/json', body: { id: '3', text: 'Plain', seen: false } });
    expect(roundTripped['valid JSON sent as text/plain']).toEqual({ status: 415, contentType: 'application/json', body: { error: 'Expected Content-Type: application/json' } });
  });
});
