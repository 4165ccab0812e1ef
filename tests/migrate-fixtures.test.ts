// One describe per fixture app in __testfixtures__/migrate/. Each case copies input/ to a
// temp folder, plans the migration, writes it, and compares the whole resulting tree
// (file names and bytes) with output/, which was written by hand and is the specification.
// `no-change-*` cases have no output/: the migration must leave input/ exactly as it is,
// and the plan must say why, pointing at the line that stopped it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../src/plan/plan-migration.ts';
import { writePlan, type WriteOutcome } from '../src/apply/write-plan.ts';
import type { MigrationPlan } from '../src/plan/types.ts';
import { tree } from './helpers/tree.ts';

const FIXTURES = fileURLToPath(new URL('../__testfixtures__/migrate/', import.meta.url));

interface Declined {
  /** Unit id, e.g. `POST /api/notes`. */
  id: string;
  /** Where `problems[0]` must point. */
  file: string;
  line: number;
  /** A phrase `problems[0].reason` must contain. */
  phrase: string;
}

interface Case {
  name: string;
  /** What the case proves, for the test titles. */
  proves: string;
  /** Unit ids the plan must mark `planned`; every other unit must be declined. */
  planned: string[];
  /** no-change cases: the unit that must be declined, and why. */
  declined?: Declined;
  /** Files that must come out byte-identical, checked on their own as well as in the tree. */
  untouched?: string[];
}

const CASES: Case[] = [
  {
    name: 'converts-json-body',
    proves: 'a JSON body becomes the typed argument, a 400 travels as a value, 201 is ok, res.json() becomes res.data',
    planned: ['POST /api/posts'],
  },
  {
    name: 'converts-formdata-body',
    proves: 'request.formData() becomes the FormData argument and new FormData(form) is passed as is',
    planned: ['POST /api/messages'],
  },
  {
    name: 'converts-html-form-post-with-redirect',
    proves: 'a plain <form method="post"> gets action={subscribe}, and a 303 redirect becomes redirect()',
    planned: ['POST /api/subscribe'],
  },
  {
    name: 'converts-dynamic-route-called-with-template-literal',
    proves: '`await params` becomes the params argument, read back from `/api/posts/${postId}/like`',
    planned: ['POST /api/posts/[id]/like'],
  },
  {
    name: 'keeps-get-handler-and-removes-only-post',
    proves: 'a route file with GET keeps GET and the imports GET uses; only POST and its imports leave',
    planned: ['POST /api/comments'],
  },
  {
    name: 'converts-then-chain-caller',
    proves: 'fetch(…).then((r) => r.json()) becomes action(…).then((r) => r.data)',
    planned: ['POST /api/bookmarks'],
  },
  {
    name: 'converts-header-read-to-next-headers',
    proves: "request.headers.get('x-locale') becomes (await headers()).get('x-locale')",
    planned: ['POST /api/profile'],
  },
  {
    name: 'keeps-formatting-and-comments',
    proves: 'semicolons, double quotes and comments survive in the handler, the caller and the new module',
    planned: ['POST /api/feedback'],
  },
  {
    name: 'avoids-existing-module-file',
    proves: 'an existing app/actions/posts.ts is never overwritten: the module is posts-actions.ts',
    planned: ['POST /api/posts/[id]/like'],
    untouched: ['app/actions/posts.ts'],
  },
  {
    name: 'untouched-files-stay-byte-identical',
    proves: 'files the migration does not change keep every byte: CRLF, tabs, trailing spaces, no final newline',
    planned: ['POST /api/notes'],
    untouched: ['components/legacy-widget.jsx', 'lib/format.ts', 'app/layout.tsx', 'app/globals.css'],
  },
  {
    name: 'keeps-crlf-line-endings',
    proves: 'an app checked out with CRLF endings keeps CRLF in the edited caller and gets CRLF in the new module',
    planned: ['POST /api/votes'],
  },
  {
    name: 'keeps-tab-indentation',
    proves: 'a tab-indented handler and caller convert with their tabs kept',
    planned: ['POST /api/todos'],
  },
  {
    name: 'adds-action-suffix-when-name-is-taken',
    proves: 'createPost is imported from lib/db by the moved code, so the action is createPostAction',
    planned: ['POST /api/posts'],
  },
  {
    name: 'groups-routes-under-one-module',
    proves: 'routes under /api/posts share app/actions/posts.ts, with one RouteResult and merged imports',
    planned: ['POST /api/posts', 'POST /api/posts/[id]/like'],
  },
  {
    name: 'converts-params-and-body-with-params-first',
    proves: 'a dynamic route that also reads JSON takes (params, input), and the caller passes ({ id: String(postId) }, { text })',
    planned: ['POST /api/posts/[id]/comments'],
  },
  {
    name: 'converts-schema-parsed-body-as-unknown',
    proves: 'a body passed straight to schema.parse becomes `input: unknown`',
    planned: ['POST /api/invites'],
  },
  {
    name: 'converts-javascript-route',
    proves: 'a .js route becomes a .js module: no types, no RouteResult, the jsconfig @/ alias in the caller',
    planned: ['POST /api/reviews'],
  },
  {
    name: 'leaves-a-shadowed-response-name-alone',
    proves: 'only the response of the rewritten fetch becomes res.data; a nested (res) => res.json() of another request stays',
    planned: ['POST /api/x'],
  },
  {
    name: 'converts-axios-caller',
    proves: 'axios.post(url, body) becomes action(body).then(asAxiosResponse), and the now unused axios import goes',
    planned: ['POST /api/notes'],
  },
  {
    name: 'no-change-axios-instance-caller',
    proves: 'a call through an axios instance (baseURL, defaults) keeps the route',
    planned: [],
    declined: { id: 'POST /api/notes', file: 'components/quick-note.tsx', line: 8, phrase: 'axios instance' },
  },
  {
    name: 'no-change-custom-request-header',
    proves: 'a caller that sends its own header keeps the route: an action call cannot send it',
    planned: [],
    declined: { id: 'POST /api/notes', file: 'components/quick-note.tsx', line: 8, phrase: 'x-request-id' },
  },
  {
    name: 'no-change-response-headers-read-by-caller',
    proves: 'a caller that reads res.headers keeps the route',
    planned: [],
    declined: { id: 'POST /api/drafts', file: 'components/draft-editor.tsx', line: 15, phrase: 'res.headers' },
  },
  {
    name: 'no-change-redirect-inside-try',
    proves: 'a redirect inside try is refused: redirect() throws, and the catch would swallow it',
    planned: [],
    declined: { id: 'POST /api/signup', file: 'app/api/signup/route.ts', line: 8, phrase: 'try block' },
  },
  {
    name: 'converts-query-string-reads-to-query-argument',
    proves: 'new URL(request.url).searchParams becomes new URLSearchParams(query), and the caller passes its query string as `draft=${…}`',
    planned: ['POST /api/articles'],
  },
  {
    name: 'no-change-request-url-read-beyond-query',
    proves: 'a handler that builds a URL from request.url for anything but a redirect is refused, since the action has no request',
    planned: [],
    declined: { id: 'POST /api/articles', file: 'app/api/articles/route.ts', line: 8, phrase: 'request.url' },
  },
  {
    name: 'drops-query-string-the-route-never-reads',
    proves: "fetch('/api/search?q=' + q) converts when the handler never looks at its URL: the query string had no effect",
    planned: ['POST /api/search'],
  },
  {
    name: 'converts-route-out-of-reach-of-unreadable-url',
    proves: 'a POST fetch(url) whose URL no string in the app could feed with /api/tags does not stop its conversion, and stays as it is',
    planned: ['POST /api/tags'],
    untouched: ['components/retry-button.tsx'],
  },
  {
    name: 'no-change-caller-in-unparsable-file',
    proves: 'a route whose path a file that does not parse names is declined, with that file named: its call could not be rewritten',
    planned: [],
    declined: { id: 'POST /api/posts', file: 'components/quick-post.tsx', line: 10, phrase: 'could not be parsed' },
  },
  {
    name: 'no-change-max-duration-export',
    proves: 'a route that exports maxDuration is refused: the setting would not apply to an action',
    planned: [],
    declined: { id: 'POST /api/events', file: 'app/api/events/route.ts', line: 4, phrase: 'maxDuration' },
  },
  {
    name: 'converts-text-bodies-read-with-res-text',
    proves: 'plain-text bodies become text data with their statuses, a null body is null data, and `await res.text()` reads the text',
    planned: ['POST /api/newsletter'],
  },
  {
    name: 'reads-helper-and-computed-responses-at-run-time',
    proves: "a helper's response, an auth helper's response, a computed status and a Date in the JSON are read by routeResult when the action runs",
    planned: ['POST /api/invoices'],
  },
  {
    name: 'drops-runtime-and-dynamic-segment-config',
    proves: '`runtime` and `dynamic` leave with the route file, each with a note; the action runs with the calling page\'s runtime',
    planned: ['POST /api/username'],
  },
  {
    name: 'converts-react-query-mutation-returning-fetch',
    proves: 'a mutationFn that returns the fetch becomes the action call, onSuccess reads the result as it read the response, and the action is imported as createWebhookAction because `mutate: createWebhook` takes its name',
    planned: ['POST /api/webhooks'],
  },
  {
    name: 'converts-toast-promise-over-fetch',
    proves: "toast.promise(fetch(…)) takes the action call, and its success callback reads the result as it read the response (res.ok, res.json(), res.text())",
    planned: ['POST /api/invites'],
  },
  {
    name: 'converts-unit-test-calling-route-post',
    proves: "a unit test's `await POST(makeRequest(body))` becomes a call of the action with that body, `await res.json()` becomes res.data, and the request helper goes",
    planned: ['POST /api/webhooks'],
  },
  {
    name: 'converts-route-re-exporting-another-routes-handler',
    proves: 'a route that re-exports another route\'s POST becomes an action made from a copy of that handler; the other route stays byte-identical, and the re-exporting file goes with its segment config',
    planned: ['POST /api/drafts'],
    untouched: ['app/api/posts/route.ts'],
  },
  {
    name: 'no-change-handler-re-exported-by-another-route',
    proves: 'a handler another route re-exports must stay where it is, so its route is not converted',
    planned: [],
    declined: { id: 'POST /api/posts', file: 'app/api/v1/posts/route.ts', line: 2, phrase: 'it re-exports the route file' },
  },
  {
    name: 'converts-status-text-to-reason-phrase',
    proves: "`res.statusText` becomes the reason phrase `next start` sent for the status, from a generated statusTextOf table",
    planned: ['POST /api/posts'],
  },
  {
    name: 'converts-unit-test-importing-route-dynamically',
    proves: "a unit test that loads the route with `await import('../route')` (into a let, destructured, or as a module object) loads the action module instead, `typeof import('../route').POST` becomes the action's type, and the calls become action calls",
    planned: ['POST /api/webhooks'],
  },
  {
    name: 'converts-unit-tests-loading-two-routes-dynamically',
    proves: 'a test that loads two routes with import() on one line gets each holder pointed at its own action',
    planned: ['POST /api/webhooks', 'POST /api/webhooks/ping'],
  },
  {
    name: 'no-change-unit-test-mocking-route-on-its-import-line',
    proves: "a vi.doMock('../route') on the same line as the import() it stubs is seen, so the route stays",
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'app/api/webhooks/__tests__/route.test.ts', line: 8, phrase: 'names the route module other than in import(…)' },
  },
  {
    name: 'no-change-unit-test-mocking-route-module',
    proves: "a test that names the route module in vi.mock('../route') would lose its module, so the route stays",
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'app/api/webhooks/__tests__/route.test.ts', line: 4, phrase: 'names the route module other than in import(…)' },
  },
  {
    name: 'no-change-unit-test-loading-route-module-for-more-than-post',
    proves: 'a unit test that loads the route module with import() and uses more of it than POST keeps the route',
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'app/api/webhooks/__tests__/route.test.ts', line: 5, phrase: 'the module import(…) loads is used for more than its POST' },
  },
  {
    name: 'no-change-unit-test-sending-invalid-json',
    proves: 'a unit test that posts a body that is not JSON has no action equivalent, so the route and its test stay',
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'app/api/webhooks/__tests__/route.test.ts', line: 12, phrase: 'the request body is not JSON.stringify' },
  },
  {
    name: 'no-change-mutation-data-handed-on',
    proves: 'a mutation whose mutateAsync hands the Response on is left alone',
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'components/create-webhook.tsx', line: 6, phrase: 'mutateAsync hands the response on' },
  },
  {
    name: 'exempts-action-calls-from-csrf-proxy-check',
    proves: "a proxy on the pages that refuses POSTs without an x-csrf-token header lets action calls (Next-Action) through, and a call through a wrapper that only adds that header becomes the action call",
    planned: ['POST /api/webhooks'],
    untouched: ['lib/fetch-client.ts'],
  },
  {
    name: 'converts-calls-through-fetch-wrapper-with-constant-url',
    proves: 'calls through a wrapper that is fetch plus a header become action calls, a URL constant the audit read counts as its text, and the wrapper import goes where nothing else uses it',
    planned: ['POST /api/bookmarks'],
    untouched: ['lib/api.ts'],
  },
  {
    name: 'no-change-route-reading-header-the-wrapper-adds',
    proves: 'a header the wrapper adds and the handler reads would be missing from the action call, so the route stays',
    planned: [],
    declined: { id: 'POST /api/bookmarks', file: 'components/quick-save.tsx', line: 8, phrase: 'adds the x-client-version header, which app/api/bookmarks/route.ts reads' },
  },
  {
    name: 'no-change-wrapper-reading-the-response',
    proves: 'a wrapper that throws on a failed response does more than fetch, so calls through it stay',
    planned: [],
    declined: { id: 'POST /api/bookmarks', file: 'components/quick-save.tsx', line: 8, phrase: 'calls through a fetch wrapper are not rewritten unless it only adds headers' },
  },
  {
    name: 'no-change-html-form-behind-csrf-proxy',
    proves: 'a plain HTML form posted before hydration sends no Next-Action header, so behind a CSRF proxy check its route stays',
    planned: [],
    declined: { id: 'POST /api/subscribe', file: 'app/newsletter/page.tsx', line: 5, phrase: 'carries no Next-Action header' },
  },
  {
    name: 'converts-route-behind-basic-auth-proxy',
    proves: 'a proxy asking page loads for basic auth refuses no action call (browsers send Authorization again), so the route converts and the proxy stays byte-identical',
    planned: ['POST /api/webhooks'],
    untouched: ['middleware.ts'],
  },
  {
    name: 'no-change-proxy-check-in-helper-function',
    proves: 'a CSRF check in a helper the proxy calls has no request parameter of its own to test for Next-Action, so nothing converts',
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'middleware.js', line: 6, phrase: 'without the x-csrf-token header' },
  },
  {
    name: 'no-change-header-constant-shared-with-wrapper',
    proves: 'a header the wrapper adds, named again in a constant the handler reads, would be missing from the action call',
    planned: [],
    declined: { id: 'POST /api/bookmarks', file: 'components/quick-save.tsx', line: 8, phrase: 'adds the x-client-version header, which lib/api.ts reads' },
  },
  {
    name: 'no-change-route-path-in-set-delete-and-reached-by-unreadable-fetch',
    proves: "a path held by a constant that only `set.delete(ENDPOINT)` names is no sure call: a fetch whose URL can't be read may still reach the route, so it stays",
    planned: [],
  },
  {
    name: 'no-change-url-variable-assigned-in-a-branch',
    proves: 'a `let url` assigned another route\'s path in a branch is not a constant: both routes it may hold stay',
    planned: [],
  },
  {
    name: 'no-change-custom-status-text-read',
    proves: 'a caller reading res.statusText of a route that sets its own statusText is not rewritten',
    planned: [],
    declined: { id: 'POST /api/posts', file: 'components/new-post-form.tsx', line: 18, phrase: 'sets a statusText of its own' },
  },
  {
    name: 'no-change-unit-test-params-in-variable',
    proves: 'a unit test passing `{ params }` from a variable (a promise of the params) is not rewritten',
    planned: [],
    declined: { id: 'POST /api/posts/[id]/comments', file: 'app/api/posts/[id]/comments/__tests__/route.test.ts', line: 7, phrase: 'no params written as an object' },
  },
  {
    name: 'no-change-unit-test-sending-headers',
    proves: 'a unit test whose request sends a header the handler reads has no action equivalent: the action reads headers() from next/headers, which throws outside a request',
    planned: [],
    declined: { id: 'POST /api/profile', file: 'app/api/profile/__tests__/route.test.ts', line: 2, phrase: 'does not mock next/headers' },
  },
  {
    name: 'no-change-proxy-header-check-scoped-by-path',
    proves: 'a proxy whose POST branch also checks an admin key for some paths is not changed: only a CSRF token check standing before every page is let through, so nothing converts',
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'middleware.ts', line: 6, phrase: 'without the x-admin-key header' },
  },
  {
    name: 'no-change-handler-re-exported-by-declined-route',
    proves: 'a handler another route re-exports stays even when the re-exporting route is itself a candidate that is declined',
    planned: [],
    declined: { id: 'POST /api/drafts', file: 'components/new-post-form.tsx', line: 15, phrase: 'res.headers' },
  },
  {
    name: 'no-change-route-called-through-api-client-class',
    proves: "a route an API client class calls (`this.post('/api/posts', …)` on a class over axios) keeps its route: the call is not rewritten, so the route stays for it",
    planned: [],
    declined: { id: 'POST /api/posts', file: 'lib/api-client.ts', line: 12, phrase: 'goes through an API client' },
  },
  {
    name: 'no-change-proxy-check-without-request-name',
    proves: 'a CSRF check in a proxy whose request parameter is destructured cannot be changed to let action calls through, so nothing converts',
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'middleware.ts', line: 6, phrase: 'without the x-csrf-token header' },
  },
  {
    name: 'no-change-method-picked-at-run-time',
    proves: "a call whose method is `editId ? 'PATCH' : 'POST'` is not rewritten",
    planned: [],
    declined: { id: 'POST /api/webhooks', file: 'components/webhook-form.tsx', line: 7, phrase: 'picks its method at run time' },
  },
  {
    name: 'converts-route-behind-session-proxy-covering-pages',
    proves: 'a session proxy that also covers the pages still runs for the action call, so a handler with no session check of its own converts',
    planned: ['POST /api/feedback'],
  },
  {
    name: 'no-change-session-proxy-on-api-paths-only',
    proves: 'a session proxy matching only /api/* would not run for the action call, so a handler with no session check of its own stays',
    planned: [],
    declined: { id: 'POST /api/feedback', file: 'middleware.ts', line: 10, phrase: 'it would lose that check' },
  },
  {
    name: 'no-change-navigation-redirect-in-handler',
    proves: "next/navigation's redirect() in a handler answers fetch with a 307 but would make an action navigate, so the route stays",
    planned: [],
    declined: { id: 'POST /api/drafts', file: 'app/api/drafts/route.ts', line: 9, phrase: 'makes an action navigate' },
  },
  {
    name: 'copies-stateless-helper-shared-with-get-handler',
    proves: 'a function POST shares with GET is copied into the action module, and GET keeps its own copy',
    planned: ['POST /api/cart'],
  },
  {
    name: 'no-change-stateful-code-shared-with-get-handler',
    proves: 'a cache POST shares with GET is refused rather than moved or copied: two copies would drift apart',
    planned: [],
    declined: { id: 'POST /api/cart', file: 'app/api/cart/route.ts', line: 5, phrase: '`summaries` is shared' },
  },
];

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

interface Run {
  dir: string;
  plan: MigrationPlan;
  outcome: WriteOutcome;
  afterWrite: Record<string, string>;
  second: MigrationPlan;
  afterSecond: Record<string, string>;
}

/**
 * Copies input/ to a temp dir, plans and writes the migration, then plans and writes once more.
 * A crash is kept and rethrown by every test of the case, so each one fails (not skips) with it.
 */
function migrate(name: string): () => Run {
  let run: Run | undefined;
  let crash: unknown;
  beforeAll(async () => {
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), `route-actions-${name}-`));
      temps.push(dir);
      cpSync(path.join(FIXTURES, name, 'input'), dir, { recursive: true });
      const { plan } = await planMigration(dir);
      const outcome = await writePlan(dir, plan);
      const afterWrite = tree(dir);
      const { plan: second } = await planMigration(dir);
      await writePlan(dir, second);
      run = { dir, plan, outcome, afterWrite, second, afterSecond: tree(dir) };
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

for (const c of CASES) {
  describe(c.name, () => {
    const run = migrate(c.name);
    const input = path.join(FIXTURES, c.name, 'input');
    const output = path.join(FIXTURES, c.name, 'output');
    const expectedDir = c.name.startsWith('no-change-') ? input : output;

    it(`fixture layout: ${c.name.startsWith('no-change-') ? 'no output/ folder' : 'has an output/ folder'}`, () => {
      expect(existsSync(output)).toBe(!c.name.startsWith('no-change-'));
    });

    it(`writes exactly the expected tree: ${c.proves}`, () => {
      expect(run().afterWrite).toEqual(tree(expectedDir));
    });

    it('plans exactly the expected units, and writes them all', () => {
      const { plan, outcome } = run();
      expect(plan.units.filter((u) => u.status === 'planned').map((u) => u.id).sort()).toEqual([...c.planned].sort());
      expect(outcome.failed).toEqual([]);
    });

    it('a second run on the result plans nothing and changes nothing', () => {
      const { second, afterWrite, afterSecond } = run();
      expect(second.units.filter((u) => u.status === 'planned').map((u) => u.id)).toEqual([]);
      expect(second.changes).toEqual([]);
      expect(afterSecond).toEqual(afterWrite);
    });

    if (c.untouched) {
      it(`keeps ${c.untouched.join(', ')} byte for byte`, () => {
        for (const file of c.untouched!) {
          const before = readFileSync(path.join(input, file));
          const after = readFileSync(path.join(run().dir, file));
          expect(after.equals(before), `${file} changed`).toBe(true);
        }
      });
    }

    if (c.declined) {
      const d = c.declined;
      it(`declines ${d.id} at ${d.file}:${d.line} (“${d.phrase}”)`, () => {
        const unit = run().plan.units.find((u) => u.id === d.id);
        expect(unit, `no unit ${d.id}; units: ${run().plan.units.map((u) => u.id).join(', ')}`).toBeDefined();
        expect(unit!.status).toBe('declined');
        expect(unit!.problems[0]).toMatchObject({ file: d.file, line: d.line });
        expect(unit!.problems[0]!.reason).toContain(d.phrase);
        expect(run().plan.changes).toEqual([]);
      });
    }
  });
}
