// The "migrate to routes" direction, one describe per fixture app in __testfixtures__/to-route/.
// Each case copies input/ to a temp folder, plans the migration, writes it, and compares the
// whole resulting tree (file names and bytes) with output/, which was written by hand from
// transforms/action-to-route.ts (generateRoute) and is the specification of the generated route.
// A second plan on the result must plan nothing.
//
// - `no-change-*` cases have no output/: input/ must come out exactly as it went in.
// - Cases marked `behaviourOnly` have no output/ either: they specify what the generated code
//   must do (run in-process, see tests/to-route/in-process.ts) rather than its exact text,
//   because they cover inputs the generator gets wrong today, and the fix may take any form.
// - Every planned case also runs its generated route in-process against the real action code,
//   so the fixture shows not only the text of the route but what it answers.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectFindings, type Finding } from '../src/findings.ts';
import { writePlan, type WriteOutcome } from '../src/apply/write-plan.ts';
import { planMigration } from '../src/plan/plan-migration.ts';
import type { MigrationPlan, MigrationUnit } from '../src/plan/types.ts';
import { appLoader, callPost, type AppLoader } from './to-route/in-process.ts';
import { tree } from './helpers/tree.ts';

const FIXTURES = fileURLToPath(new URL('../__testfixtures__/to-route/', import.meta.url));

interface Run {
  dir: string;
  plan: MigrationPlan;
  findingsBefore: Finding[];
  outcome: WriteOutcome;
  afterWrite: Record<string, string>;
  second: MigrationPlan;
  findingsAfter: Finding[];
  afterSecond: Record<string, string>;
}

interface Declined {
  /** Unit id, e.g. `POST /api/x for name`. */
  id: string;
  /** Where `problems[0]` must point. */
  file: string;
  line?: number;
  /** A phrase `problems[0].reason` must contain. */
  phrase: string;
}

interface Case {
  name: string;
  /** What the case proves, for the test titles. */
  proves: string;
  /** to-route unit ids the plan must mark `planned`. Every unit of the plan must be listed here or in `declined`. */
  planned: string[];
  declined?: Declined;
  /** Phrases the notes of a planned unit must contain, by unit id. */
  notes?: Record<string, string[]>;
  /** Whether the planned units are flagged unauthenticated (no externalAuth in the config). */
  unauthenticated?: boolean;
  /** No output/: the spec is `behaviour` alone (see the header). */
  behaviourOnly?: boolean;
  /** Stubs for the in-process loader, e.g. a recording next/cache. */
  stubs?: () => Record<string, unknown>;
  /** Extra tests, run against the migrated app in-process. */
  behaviour?: (ctx: { run: () => Run; app: () => AppLoader; stubs: () => Record<string, unknown> }) => void;
}

// A recording next/cache. updateTag throws as Next's does outside a server action: a route
// handler is not one, so an action that still calls updateTag fails when called by the route.
function nextCacheStub() {
  return {
    revalidateTag: vi.fn(),
    revalidatePath: vi.fn(),
    updateTag: vi.fn(() => {
      throw new Error('updateTag can only be called from within a Server Action');
    }),
  };
}

const json = (value: unknown) => ({ json: value });

const CASES: Case[] = [
  {
    name: 'converts-json-object-action',
    proves: 'an @external action with one object parameter, typed by an alias in its module, gets a POST route that checks each field of the alias and passes the object on',
    planned: ['POST /api/orders for createOrder'],
    unauthenticated: true,
    notes: {
      'POST /api/orders for createOrder': ['UNAUTHENTICATED', 'answers 415 for a wrong content type, 400 for a malformed or missing body, 500 with a generic message'],
    },
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/orders/route.ts');
      it('answers 200 with the action value, and 400 with an error the action returns', async () => {
        expect(await callPost(route(), '/api/orders', json({ sku: 'A-1', quantity: 2 }))).toMatchObject({ status: 200, body: { id: '1', sku: 'A-1', quantity: 2 } });
        expect(await callPost(route(), '/api/orders', json({ sku: ' ', quantity: 2 }))).toMatchObject({ status: 400, body: { error: 'SKU required' } });
      });
      it('answers 415 for another content type and 400 for a malformed body or a body that is not an object', async () => {
        expect(await callPost(route(), '/api/orders', { raw: '{"sku":"A-1","quantity":1}', contentType: 'text/plain' })).toMatchObject({ status: 415, body: { error: 'Expected Content-Type: application/json' } });
        expect(await callPost(route(), '/api/orders', { raw: '{"sku":', contentType: 'application/json' })).toMatchObject({ status: 400, body: { error: 'Malformed or missing JSON body' } });
        expect(await callPost(route(), '/api/orders', { raw: '', contentType: 'application/json' })).toMatchObject({ status: 400, body: { error: 'Malformed or missing JSON body' } });
        expect(await callPost(route(), '/api/orders', json('A-1'))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with sku, quantity' } });
        expect(await callPost(route(), '/api/orders', json(null))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with sku, quantity' } });
        expect(await callPost(route(), '/api/orders', json([{ sku: 'A-1', quantity: 1 }]))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with sku, quantity' } });
        expect(await callPost(route(), '/api/orders', json({ sku: 'A-1' }))).toMatchObject({ status: 400, body: { error: 'Expected "quantity" to be a number' } });
      });
    },
  },
  {
    name: 'checks-inline-object-type-fields',
    proves: 'one object parameter with an inline type: the route checks each required field, an optional one only when present, and refuses arrays',
    planned: ['POST /api/reports for generateReport'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/reports/route.ts');
      it('answers 200 for the declared fields, with or without the optional one', async () => {
        expect(await callPost(route(), '/api/reports', json({ from: '2026-01-01', to: '2026-01-31' }))).toMatchObject({ status: 200, body: { days: 31 } });
        expect(await callPost(route(), '/api/reports', json({ from: '2026-01-01', to: '2026-01-31', days: 7 }))).toMatchObject({ status: 200, body: { days: 7 } });
      });
      it('answers 400 naming the field for a missing or ill-typed one, and for an array', async () => {
        expect(await callPost(route(), '/api/reports', json({ days: 7 }))).toMatchObject({ status: 400, body: { error: 'Expected "from" to be a string' } });
        expect(await callPost(route(), '/api/reports', json({ from: '2026-01-01' }))).toMatchObject({ status: 400, body: { error: 'Expected "to" to be a string' } });
        expect(await callPost(route(), '/api/reports', json({ from: 1, to: 2 }))).toMatchObject({ status: 400, body: { error: 'Expected "from" to be a string' } });
        expect(await callPost(route(), '/api/reports', json({ from: 'a', to: 'b', days: 'seven' }))).toMatchObject({ status: 400, body: { error: 'Expected "days" to be a number' } });
        expect(await callPost(route(), '/api/reports', json([1, 2]))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with from, to, days' } });
      });
    },
  },
  {
    name: 'checks-imported-interface-fields',
    proves: 'an interface imported from the app: a literal union, an array of strings, a nested object one level down, and optional fields are checked',
    planned: ['POST /api/reports/filter for filterReports'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/reports/filter/route.ts');
      const valid = { unit: 'Metric', tags: ['a'], range: { from: '2026-01-01' } };
      it('answers 200 for a filter of the declared shape', async () => {
        expect(await callPost(route(), '/api/reports/filter', json(valid))).toMatchObject({ status: 200, body: { unit: 'Metric', to: null } });
      });
      it('answers 400 naming what the type needs', async () => {
        expect(await callPost(route(), '/api/reports/filter', json({ ...valid, unit: 'Kelvin' }))).toMatchObject({ status: 400, body: { error: 'Expected "unit" to be one of "Metric", "Imperial"' } });
        expect(await callPost(route(), '/api/reports/filter', json({ ...valid, tags: ['a', 2] }))).toMatchObject({ status: 400, body: { error: 'Expected "tags" to be an array of strings' } });
        expect(await callPost(route(), '/api/reports/filter', json({ ...valid, range: [] }))).toMatchObject({ status: 400, body: { error: 'Expected "range" to be an object' } });
        expect(await callPost(route(), '/api/reports/filter', json({ ...valid, range: { to: 'x' } }))).toMatchObject({ status: 400, body: { error: 'Expected "range.from" to be a string' } });
        expect(await callPost(route(), '/api/reports/filter', json({ ...valid, note: 3 }))).toMatchObject({ status: 400, body: { error: 'Expected "note" to be a string' } });
      });
    },
  },
  {
    name: 'notes-unreadable-parameter-type',
    proves: 'a type the tool cannot read (Partial<…>, Record<…>) keeps the object-only check, and the route\'s doc comment and the report say what went unchecked',
    planned: ['POST /api/settings for updateSettings', 'POST /api/settings/tags for tagSettings'],
    unauthenticated: true,
    notes: {
      'POST /api/settings for updateSettings': ['not checked by the route: changes: its type Partial<Settings> is not one this tool reads'],
      'POST /api/settings/tags for tagSettings': ['not checked by the route: input: "meta" is not checked here'],
    },
    behaviour: ({ app }) => {
      it('still refuses a body that is not an object, and checks the fields it can read', async () => {
        expect(await callPost(app().load('app/api/settings/route.ts'), '/api/settings', json(['theme']))).toMatchObject({ status: 400, body: { error: 'Expected the body to be an object' } });
        expect(await callPost(app().load('app/api/settings/route.ts'), '/api/settings', json({ theme: 'dark' }))).toMatchObject({ status: 200, body: { updated: ['theme'] } });
        expect(await callPost(app().load('app/api/settings/tags/route.ts'), '/api/settings/tags', json({ meta: {} }))).toMatchObject({ status: 400, body: { error: 'Expected "owner" to be a string' } });
      });
    },
  },
  {
    name: 'converts-formdata-action',
    proves: 'a FormData parameter: the route reads a multipart or urlencoded form, 415 for anything else; @external without a path serves /api/<kebab-name>',
    planned: ['POST /api/upload-avatar for uploadAvatar'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/upload-avatar/route.ts');
      it('passes a multipart form to the action (200), and its returned error as a 400', async () => {
        const form = new FormData();
        form.set('userId', 'u1');
        form.set('avatar', new File(['png'], 'me.png', { type: 'image/png' }));
        expect(await callPost(route(), '/api/upload-avatar', { form })).toMatchObject({ status: 200, body: { url: '/avatars/u1' } });
        expect(await callPost(route(), '/api/upload-avatar', { urlencoded: new URLSearchParams({ userId: 'u1' }) })).toMatchObject({ status: 400, body: { error: 'avatar file required' } });
      });
      it('answers 415 for JSON and 400 for a form body that does not parse', async () => {
        expect(await callPost(route(), '/api/upload-avatar', json({ userId: 'u1' }))).toMatchObject({
          status: 415,
          body: { error: 'Expected a multipart/form-data or application/x-www-form-urlencoded body' },
        });
        expect(await callPost(route(), '/api/upload-avatar', { raw: 'not a multipart body', contentType: 'multipart/form-data; boundary=xyz' })).toMatchObject({ status: 400, body: { error: 'Malformed form body' } });
      });
    },
  },
  {
    name: 'converts-several-parameters',
    proves: '(subject: string, audience: string, dryRun?: boolean) reads a JSON object mapped by name, with a typeof check per field',
    planned: ['POST /api/announcements for sendAnnouncement'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/announcements/route.ts');
      it('passes the fields as arguments, in order; the optional one may be left out', async () => {
        expect(await callPost(route(), '/api/announcements', json({ subject: 'Hi', audience: 'staff' }))).toMatchObject({ status: 200, body: { subject: 'Hi', audience: 'staff', dryRun: false, recipients: 8 } });
        expect(await callPost(route(), '/api/announcements', json({ audience: 'everyone', dryRun: true, subject: 'Yo' }))).toMatchObject({ status: 200, body: { subject: 'Yo', audience: 'everyone', dryRun: true, recipients: 120 } });
      });
      it('answers 400 naming the field that is missing or has the wrong type, and for a body that is not an object', async () => {
        expect(await callPost(route(), '/api/announcements', json({ audience: 'staff' }))).toMatchObject({ status: 400, body: { error: 'Expected "subject" to be a string' } });
        expect(await callPost(route(), '/api/announcements', json({ subject: 'Hi', audience: 3 }))).toMatchObject({ status: 400, body: { error: 'Expected "audience" to be a string' } });
        expect(await callPost(route(), '/api/announcements', json({ subject: 'Hi', audience: 'staff', dryRun: 'yes' }))).toMatchObject({ status: 400, body: { error: 'Expected "dryRun" to be a boolean' } });
        expect(await callPost(route(), '/api/announcements', json(['Hi', 'staff']))).toMatchObject({ status: 400, body: { error: 'Expected a JSON object with subject, audience, dryRun' } });
      });
    },
  },
  {
    name: 'keeps-returned-errors',
    proves: 'an action returning { error } answers 400, and one returning { ok, status, data } keeps its status and sends data',
    planned: ['POST /api/coupons/check for checkCoupon', 'POST /api/coupons/redeem for redeemCoupon'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const check = () => app().load('app/api/coupons/check/route.ts');
      const redeem = () => app().load('app/api/coupons/redeem/route.ts');
      it('{ error } as a value → 400 with that body; any other value → 200', async () => {
        expect(await callPost(check(), '/api/coupons/check', json({ code: 'NOPE' }))).toMatchObject({ status: 400, body: { error: 'Unknown coupon' } });
        expect(await callPost(check(), '/api/coupons/check', json({ code: 'welcome10' }))).toMatchObject({ status: 200, body: { code: 'WELCOME10', percentOff: 10 } });
      });
      it('{ ok, status, data } → that status with data as the body (404, 201, then 409)', async () => {
        expect(await callPost(redeem(), '/api/coupons/redeem', json({ code: 'NOPE' }))).toMatchObject({ status: 404, body: { error: 'Unknown coupon' } });
        const first = await callPost(redeem(), '/api/coupons/redeem', json({ code: 'WELCOME10' }));
        expect(first).toMatchObject({ status: 201, body: { code: 'WELCOME10', redeemed: true } });
        expect(first.body).not.toHaveProperty('ok');
        expect(await callPost(redeem(), '/api/coupons/redeem', json({ code: 'WELCOME10' }))).toMatchObject({ status: 409, body: { error: 'Already redeemed' } });
      });
    },
  },
  {
    name: 'thrown-errors-become-generic-500',
    proves: 'a throwing action (no parameters: no body is read) answers 500 { error: "Internal Server Error" } and the error is logged, not sent',
    planned: ['POST /api/search/rebuild for rebuildIndex'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/search/rebuild/route.ts');
      it('a thrown error → 500 with a generic body; the message only reaches console.error', async () => {
        vi.stubEnv('SEARCH_URL', '');
        const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
        const answer = await callPost(route(), '/api/search/rebuild', { none: true });
        expect(answer).toMatchObject({ status: 500, body: { error: 'Internal Server Error' } });
        expect(answer.text).not.toMatch(/search index|SEARCH_URL|Error:|at /);
        expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('cannot reach the search index') }));
      });
      it('without a throw it answers 200 with the value, whatever the request body', async () => {
        vi.stubEnv('SEARCH_URL', 'http://search.internal');
        expect(await callPost(route(), '/api/search/rebuild', { raw: 'anything', contentType: 'text/plain' })).toMatchObject({ status: 200, body: { documents: 42 } });
      });
    },
  },
  {
    name: 'redirect-from-action',
    proves: 'an action that calls redirect(): unstable_rethrow hands the redirect error back to Next instead of a 500',
    planned: ['POST /api/checkout for startCheckout'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/checkout/route.ts');
      it('the redirect error leaves the handler (Next answers it: 307, see to-route-http), it is not logged or turned into a 500', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
        const thrown = await callPost(route(), '/api/checkout', json({ plan: 'pro' })).then(
          (answer) => ({ answered: answer.status }),
          (error: { digest?: string }) => ({ digest: error.digest }),
        );
        expect(thrown).toEqual({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/checkout\/cs_1;307;/) });
        expect(logged).not.toHaveBeenCalled();
      });
      it('an error the action returns before redirecting is still a 400', async () => {
        expect(await callPost(route(), '/api/checkout', json({ plan: 'gold' }))).toMatchObject({ status: 400, body: { error: 'Unknown plan' } });
      });
    },
  },
  {
    name: 'replaces-update-tag',
    proves: "updateTag('posts') from next/cache becomes revalidateTag('posts', 'max') in the action module (updateTag throws in a route handler), with a note",
    planned: ['POST /api/posts/import for importPost'],
    unauthenticated: true,
    notes: { 'POST /api/posts/import for importPost': ["updateTag() throws outside actions, so importPost now calls revalidateTag(tag, 'max')"] },
    stubs: () => ({ 'next/cache': nextCacheStub() }),
    behaviour: ({ run, app, stubs }) => {
      it('the unit changes the action module as well as writing the route', () => {
        const unit = run().plan.units.find((u) => u.id === 'POST /api/posts/import for importPost');
        expect([...unit!.files].sort()).toEqual(['app/actions/posts.ts', 'app/api/posts/import/route.ts']);
      });
      it("the route works (200) and the action revalidates with revalidateTag('posts', 'max'), never updateTag", async () => {
        const cache = stubs()['next/cache'] as ReturnType<typeof nextCacheStub>;
        const answer = await callPost(app().load('app/api/posts/import/route.ts'), '/api/posts/import', json({ title: 'Hello', body: 'World' }));
        expect(answer).toMatchObject({ status: 200, body: { id: '1', title: 'Hello', body: 'World' } });
        expect(cache.revalidateTag).toHaveBeenCalledWith('posts', 'max');
        expect(cache.revalidatePath).toHaveBeenCalledWith('/');
        expect(cache.updateTag).not.toHaveBeenCalled();
      });
    },
  },
  {
    name: 'uses-configured-external-auth',
    proves: 'externalAuth { header: authorization, scheme: Bearer, env: SYNC_API_KEY } → 401 unless the header equals "Bearer $SYNC_API_KEY", compared in constant time',
    planned: ['POST /api/inventory/sync for syncInventory'],
    unauthenticated: false,
    notes: { 'POST /api/inventory/sync for syncInventory': ['checks the authorization header against $SYNC_API_KEY in constant time (401 otherwise)'] },
    behaviour: ({ app }) => {
      const route = () => app().load('app/api/inventory/sync/route.ts');
      const items = json({ items: [{ sku: 'A', count: 3 }] });
      it('the right credential passes (200)', async () => {
        vi.stubEnv('SYNC_API_KEY', 's3cret-key');
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 'Bearer s3cret-key' })).toMatchObject({ status: 200, body: { updated: 1 } });
      });
      it('no header, a wrong key of the same length, a longer one, or the key without its scheme → 401, before the body is read', async () => {
        vi.stubEnv('SYNC_API_KEY', 's3cret-key');
        const unauthorized = { status: 401, body: { error: 'Unauthorized' } };
        expect(await callPost(route(), '/api/inventory/sync', items)).toMatchObject(unauthorized);
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 'Bearer s3cret-kez' })).toMatchObject(unauthorized);
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 'Bearer s3cret-key2' })).toMatchObject(unauthorized);
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 's3cret-key' })).toMatchObject(unauthorized);
        expect(await callPost(route(), '/api/inventory/sync', { raw: '{', contentType: 'text/plain' })).toMatchObject(unauthorized);
      });
      it('the scheme is matched case-insensitively, as HTTP defines auth schemes (RFC 9110 §11.1): "bearer <key>" → 200', async () => {
        vi.stubEnv('SYNC_API_KEY', 's3cret-key');
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 'bearer s3cret-key' })).toMatchObject({ status: 200, body: { updated: 1 } });
      });
      it('with SYNC_API_KEY unset (or empty) nobody gets in, not even with "Bearer "', async () => {
        vi.stubEnv('SYNC_API_KEY', '');
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 'Bearer ' })).toMatchObject({ status: 401 });
        expect(await callPost(route(), '/api/inventory/sync', items, { authorization: 'Bearer undefined' })).toMatchObject({ status: 401 });
      });
    },
  },
  {
    name: 'declines-second-action-taking-the-same-url',
    proves: 'two @external actions named createTask would take one /api/create-task: the first gets it, the second is declined naming the clash',
    planned: ['POST /api/create-task for app/actions/crm.ts#createTask'],
    declined: {
      id: 'POST /api/create-task for app/actions/projects.ts#createTask',
      file: 'app/actions/projects.ts',
      line: 4,
      phrase: 'another action named createTask takes /api/create-task in this run',
    },
    unauthenticated: true,
  },
  {
    name: 'no-change-existing-route-at-same-path',
    proves: 'a route already serves /api/webhooks/payments: no second route, the unit is declined naming that file',
    planned: [],
    declined: {
      id: 'POST /api/webhooks/payments for paymentReceived',
      file: 'app/api/webhooks/payments/route.ts',
      phrase: '/api/webhooks/payments is already served by app/api/webhooks/payments/route.ts',
    },
  },
  {
    name: 'no-change-action-not-marked-external',
    proves: 'an ordinary action used by a form gets no to-route unit at all',
    planned: [],
  },
  {
    name: 'config-marked-action-with-path',
    proves: 'route-actions.config.json marks an untagged action (also used by the app) "route" at /api/refunds: the route is served there, the app keeps calling the action',
    planned: ['POST /api/refunds for refundOrder'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      it('the route at the configured path calls the action', async () => {
        expect(await callPost(app().load('app/api/refunds/route.ts'), '/api/refunds', json({ orderId: '1001', amountCents: 500 }))).toMatchObject({ status: 200, body: { orderId: '1001', refundedCents: 500 } });
      });
    },
  },
  {
    name: 'follows-the-action-module-style',
    proves: 'a module with double quotes and semicolons gets a route with double quotes and semicolons on every statement',
    planned: ['POST /api/signups for addSignup'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      it('escapes the double-quoted field names in its messages correctly', async () => {
        const route = app().load('app/api/signups/route.ts');
        expect(await callPost(route, '/api/signups', json({ email: 'a@b.c' }))).toMatchObject({ status: 200, body: { email: 'a@b.c', source: 'direct' } });
        expect(await callPost(route, '/api/signups', json({ email: 7 }))).toMatchObject({ status: 400, body: { error: 'Expected "email" to be a string' } });
      });
    },
  },
  {
    name: 'keeps-crlf-line-endings',
    proves: 'an action module with CRLF endings gets a route with CRLF endings; the other files keep theirs',
    planned: ['POST /api/orders for createOrder'],
    unauthenticated: true,
  },
  {
    name: 'converts-dynamic-segment-to-params',
    proves: '@external /api/items/[id]/rename with (params, input): the route passes `await context.params` first and the JSON body second',
    planned: ['POST /api/items/[id]/rename for renameItemAction'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      it('the id from the URL reaches the action as params.id', async () => {
        const route = () => app().load('app/api/items/[id]/rename/route.ts');
        expect(await callPost(route(), '/api/items/7/rename', json({ name: 'New name' }), {}, { id: '7' })).toMatchObject({ status: 200, body: { id: '7', name: 'New name' } });
        expect(await callPost(route(), '/api/items/8/rename', json({ name: 'New name' }), {}, { id: '8' })).toMatchObject({ status: 404, body: { error: 'No such item' } });
      });
    },
  },
  {
    name: 'converts-javascript-action',
    proves: 'a .js action module gets route.js: no type annotations, no casts, the jsconfig @/ alias',
    planned: ['POST /api/invites for inviteMember'],
    unauthenticated: true,
    behaviour: ({ app }) => {
      it('answers 200 with the action value and 400 with its returned error', async () => {
        const route = app().load('app/api/invites/route.js');
        expect(await callPost(route, '/api/invites', json({ email: 'new@staff.example' }))).toMatchObject({ status: 200, body: { id: 1, email: 'new@staff.example' } });
        expect(await callPost(route, '/api/invites', json({ email: 'nope' }))).toMatchObject({ status: 400, body: { error: 'A valid email is required' } });
      });
    },
  },

  // ---- behaviour-only cases: what the generated code must do, whatever its text ----
  {
    name: 'replaces-update-tag-only-in-the-exposed-action',
    proves: 'updateTag is replaced only in the action the route calls; another action of the module, used by the app form, keeps updateTag',
    planned: ['POST /api/posts/import for importPost'],
    unauthenticated: true,
    behaviourOnly: true,
    stubs: () => ({ 'next/cache': nextCacheStub() }),
    behaviour: ({ run, app, stubs }) => {
      const moduleText = () => readFileSync(path.join(run().dir, 'app/actions/posts.ts'), 'utf8');
      it('the exposed action calls revalidateTag and its route answers 200', async () => {
        expect(functionText(moduleText(), 'importPost')).toContain("revalidateTag('posts', 'max')");
        const cache = stubs()['next/cache'] as ReturnType<typeof nextCacheStub>;
        expect(await callPost(app().load('app/api/posts/import/route.ts'), '/api/posts/import', json({ title: 'T' }))).toMatchObject({ status: 200, body: { id: '1', title: 'T' } });
        expect(cache.updateTag).not.toHaveBeenCalled();
      });
      it("renamePost, which no route calls, still calls updateTag('posts') (read-your-own-writes for the app's form), and next/cache still gives it updateTag", () => {
        const text = moduleText();
        expect(functionText(text, 'renamePost')).toContain("updateTag('posts')");
        expect(importedFrom(text, 'next/cache').sort()).toEqual(['revalidateTag', 'updateTag']);
      });
    },
  },
  {
    name: 'passes-parameters-it-cannot-type-check',
    proves: "a parameter whose type is not string/number/boolean/object (a literal union, unknown, T | null, or no type in JS) reaches the action: the route does not demand an object",
    planned: ['POST /api/members/role for setRole', 'POST /api/members/events for logEvent', 'POST /api/members/plan for changePlan', 'POST /api/members/tag for tagMember'],
    unauthenticated: true,
    behaviourOnly: true,
    behaviour: ({ app }) => {
      it("setRole(userId: string, role: 'admin' | 'member'): { userId: 'u1', role: 'admin' } → 200", async () => {
        expect(await callPost(app().load('app/api/members/role/route.ts'), '/api/members/role', json({ userId: 'u1', role: 'admin' }))).toMatchObject({ status: 200, body: { userId: 'u1', role: 'admin' } });
      });
      it('setRole still checks what it can read: a number userId → 400', async () => {
        expect(await callPost(app().load('app/api/members/role/route.ts'), '/api/members/role', json({ userId: 5, role: 'admin' }))).toMatchObject({ status: 400, body: { error: 'Expected "userId" to be a string' } });
      });
      it('logEvent(name: string, payload: unknown): a number payload → 200', async () => {
        expect(await callPost(app().load('app/api/members/events/route.ts'), '/api/members/events', json({ name: 'click', payload: 3 }))).toMatchObject({ status: 200, body: { name: 'click', payload: 3 } });
      });
      it("changePlan(userId: string, plan: Role | null): plan null → 200, plan 'admin' → 200", async () => {
        const route = app().load('app/api/members/plan/route.ts');
        expect(await callPost(route, '/api/members/plan', json({ userId: 'u1', plan: null }))).toMatchObject({ status: 200, body: { userId: 'u1', plan: null } });
        expect(await callPost(route, '/api/members/plan', json({ userId: 'u1', plan: 'admin' }))).toMatchObject({ status: 200, body: { userId: 'u1', plan: 'admin' } });
      });
      it("tagMember(userId, tag) in JavaScript (no types): { userId: 'u1', tag: 'vip' } → 200", async () => {
        expect(await callPost(app().load('app/api/members/tag/route.js'), '/api/members/tag', json({ userId: 'u1', tag: 'vip' }))).toMatchObject({ status: 200, body: { userId: 'u1', tag: 'vip' } });
      });
    },
  },
  {
    name: 'reads-form-data-after-previous-state',
    proves: 'a useActionState action (previous, formData: FormData) is either declined with a reason, or its route reads the form and passes it as the second argument',
    planned: [],
    behaviourOnly: true,
    behaviour: ({ run, app }) => {
      it('declined with a reason, or a multipart post reaches the action as FormData (200)', async () => {
        const unit = run().plan.units.find((u) => u.id === 'POST /api/waitlist for joinWaitlist');
        expect(unit, 'the @external tag must give a to-route unit').toBeDefined();
        if (unit!.status === 'declined') {
          expect(unit!.problems[0]?.reason).toBeTruthy();
          return;
        }
        const form = new FormData();
        form.set('email', 'a@b.c');
        expect(await callPost(app().load('app/api/waitlist/route.ts'), '/api/waitlist', { form })).toMatchObject({ status: 200, body: { message: 'a@b.c is on the list' } });
      });
    },
  },
];

/** The source text of `export async function name` in `source`. */
function functionText(source: string, name: string): string {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  for (const node of ast.program.body) {
    const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === name) return source.slice(decl.start!, decl.end!);
  }
  throw new Error(`no function ${name} in the module`);
}

/** The names a module imports from `from` (parses the module, so it must parse). */
function importedFrom(source: string, from: string): string[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  return ast.program.body.flatMap((n) =>
    n.type === 'ImportDeclaration' && n.source.value === from ? n.specifiers.map((s) => (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' ? s.imported.name : s.local.name)) : [],
  );
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/**
 * Copies input/ to a temp dir, plans and writes the migration, then plans and writes once more.
 * A crash is kept and rethrown by every test of the case, so each one fails (not skips) with it.
 */
function migrate(name: string): () => Run {
  let run: Run | undefined;
  let crash: unknown;
  beforeAll(async () => {
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), `route-actions-to-route-${name}-`));
      temps.push(dir);
      cpSync(path.join(FIXTURES, name, 'input'), dir, { recursive: true });
      const { plan, audited } = await planMigration(dir);
      const findingsBefore = collectFindings(audited.result, plan);
      const outcome = await writePlan(dir, plan);
      const afterWrite = tree(dir);
      const { plan: second, audited: auditedAfter } = await planMigration(dir);
      const findingsAfter = collectFindings(auditedAfter.result, second);
      await writePlan(dir, second);
      run = { dir, plan, findingsBefore, outcome, afterWrite, second, findingsAfter, afterSecond: tree(dir) };
    } catch (err) {
      crash = err;
    }
  });
  return () => {
    if (crash) throw new Error(`the migration of ${name} threw: ${(crash as Error).message}`, { cause: crash });
    if (!run) throw new Error(`migration of ${name} did not run`);
    return run;
  };
}

const toRoute = (plan: MigrationPlan): MigrationUnit[] => plan.units.filter((u) => u.direction === 'to-route');

for (const c of CASES) {
  describe(c.name, () => {
    const run = migrate(c.name);
    const input = path.join(FIXTURES, c.name, 'input');
    const output = path.join(FIXTURES, c.name, 'output');
    const noChange = c.name.startsWith('no-change-');

    if (!c.behaviourOnly) {
      it(`fixture layout: ${noChange ? 'no output/ folder' : 'has an output/ folder'}`, () => {
        expect(existsSync(output)).toBe(!noChange);
      });

      it(`writes exactly the expected tree: ${c.proves}`, () => {
        expect(run().afterWrite).toEqual(tree(noChange ? input : output));
      });
    }

    it('plans exactly the expected units (no to-action units), and writes them all', () => {
      const { plan, outcome } = run();
      expect(plan.units.filter((u) => u.direction === 'to-action').map((u) => u.id)).toEqual([]);
      if (!c.behaviourOnly || c.planned.length) {
        expect(plan.units.filter((u) => u.status === 'planned').map((u) => u.id).sort()).toEqual([...c.planned].sort());
      }
      const expectedIds = [...c.planned, ...(c.declined ? [c.declined.id] : [])].sort();
      if (!c.behaviourOnly) expect(plan.units.map((u) => u.id).sort()).toEqual(expectedIds);
      expect(outcome.failed).toEqual([]);
    });

    it('a second run on the result plans nothing and changes nothing', () => {
      const { second, afterWrite, afterSecond } = run();
      expect(second.units.filter((u) => u.status === 'planned').map((u) => u.id)).toEqual([]);
      expect(second.changes).toEqual([]);
      expect(afterSecond).toEqual(afterWrite);
    });

    if (c.planned.length) {
      it('each planned unit names its route file, its action, and the files it writes', () => {
        for (const unit of toRoute(run().plan).filter((u) => c.planned.includes(u.id))) {
          const url = unit.id.replace(/^POST (\S+) for .*$/, '$1');
          expect(unit.route).toMatchObject({ url, method: 'POST' });
          expect(unit.route.file).toMatch(new RegExp(`^app${url.replace(/[/[\]]/g, '\\$&')}/route\\.(ts|js)$`));
          expect(unit.action?.name).toBe(unit.id.replace(/^.* for (\S+#)?/, ''));
          expect(unit.files).toContain(unit.route.file);
          expect(unit.files.every((f) => run().plan.changes.some((ch) => ch.file === f && ch.units.includes(unit.id)))).toBe(true);
          expect(unit.problems).toEqual([]);
          if (c.unauthenticated !== undefined) expect(!!unit.unauthenticated).toBe(c.unauthenticated);
        }
      });

      it('before: an action-needs-route finding the migration converts; after: none', () => {
        const { findingsBefore, findingsAfter, plan } = run();
        for (const unit of toRoute(plan).filter((u) => c.planned.includes(u.id))) {
          const before = findingsBefore.find((f) => f.rule === 'action-needs-route' && f.id === `action-needs-route ${unit.action!.file} ${unit.action!.name}`);
          expect(before?.message).toContain('`route-actions migrate --write` converts it');
        }
        expect(findingsAfter.filter((f) => f.rule === 'action-needs-route')).toEqual([]);
        if (c.unauthenticated === false) expect([...findingsBefore, ...findingsAfter].filter((f) => f.rule === 'unauthenticated-route')).toEqual([]);
        if (c.unauthenticated === true) {
          for (const unit of toRoute(plan).filter((u) => c.planned.includes(u.id))) {
            expect(findingsBefore.some((f) => f.rule === 'unauthenticated-route' && f.file === unit.route.file)).toBe(true);
          }
        }
      });
    }

    if (c.notes) {
      for (const [id, phrases] of Object.entries(c.notes)) {
        it(`notes on ${id}: ${phrases.map((p) => `“${p}”`).join(', ')}`, () => {
          const unit = run().plan.units.find((u) => u.id === id);
          expect(unit, `no unit ${id}`).toBeDefined();
          for (const phrase of phrases) expect(unit!.notes.join('\n')).toContain(phrase);
        });
      }
    }

    if (c.declined) {
      const d = c.declined;
      it(`declines ${d.id} at ${d.file}${d.line ? `:${d.line}` : ''} (“${d.phrase}”), and writes nothing for it`, () => {
        const unit = run().plan.units.find((u) => u.id === d.id);
        expect(unit, `no unit ${d.id}; units: ${run().plan.units.map((u) => u.id).join(', ')}`).toBeDefined();
        expect(unit!.status).toBe('declined');
        expect(unit!.problems[0]).toMatchObject({ file: d.file, ...(d.line ? { line: d.line } : {}) });
        expect(unit!.problems[0]!.reason).toContain(d.phrase);
        expect(run().plan.changes.filter((ch) => ch.units.includes(d.id))).toEqual([]);
        if (!c.planned.length) expect(run().plan.changes).toEqual([]);
      });
    }

    if (noChange && !c.declined) {
      it('the plan has no unit and no change at all', () => {
        expect(run().plan.units).toEqual([]);
        expect(run().plan.changes).toEqual([]);
      });
    }

    if (c.behaviour) {
      describe('the generated route, run in-process', () => {
        let stubs: Record<string, unknown> = {};
        let loader: AppLoader | undefined;
        beforeAll(() => {
          stubs = c.stubs?.() ?? {};
          loader = undefined;
        });
        const app = () => (loader ??= appLoader(run().dir, stubs));
        c.behaviour!({ run, app, stubs: () => stubs });
      });
    }
  });
}
