// Patterns seen in the development corpus of real apps (corpus/corpus.json), each pinned by a
// small fixture app of our own in __testfixtures__/audit/: what must stay a route, and what
// must no longer be kept by mistake.
import { describe, expect, it } from 'vitest';
import { auditOf, route } from './helpers/audit-fixture.ts';
import { renderText } from '../src/report/text.ts';
import type { Reason, RouteEntry } from '../src/types.ts';

function rules(entry: RouteEntry): string[] {
  return [...new Set(entry.reasons.map((r) => r.rule))].sort();
}

function reasonsFor(entry: RouteEntry, rule: string): Reason[] {
  return entry.reasons.filter((r) => r.rule === rule);
}

describe('keeps-route-reached-by-unreadable-url', () => {
  const result = auditOf('keeps-route-reached-by-unreadable-url');

  it('keeps /api/tags: an unreadable fetch(url) may be given the path a page passes as a prop', () => {
    const tags = route(result(), '/api/tags');
    expect(tags.decision).toBe('route');
    expect(rules(tags)).toEqual(['internal-caller', 'unreadable-caller']);
    const [reason] = reasonsFor(tags, 'unreadable-caller');
    expect(reason).toMatchObject({ file: 'components/retry-button.tsx', line: 6, effect: 'route' });
    expect(reason!.message).toContain('app/tags/page.tsx:8');
  });

  it('converts /api/labels: its path appears only in its own call and in an <a href>, out of the unreadable call\'s reach', () => {
    const labels = route(result(), '/api/labels');
    expect(labels.decision).toBe('action');
    expect(rules(labels)).toEqual(['internal-caller', 'policy']);
  });
});

describe('ignores-calls-the-config-marks', () => {
  const result = auditOf('ignores-calls-the-config-marks');

  it('lets a route the marked call could reach be decided by its own callers', () => {
    expect(route(result(), '/api/tags').decision).toBe('action');
  });

  it('lists the marked call as ignored, not as unreadable', () => {
    expect(result().unresolvedCalls).toEqual([]);
    expect(result().ignoredCalls).toEqual([{ file: 'components/retry-button.tsx', line: 6, kind: 'fetch', method: 'POST' }]);
  });
});

describe('finds-fetch-wrappers-and-url-constants', () => {
  const result = auditOf('finds-fetch-wrappers-and-url-constants');

  it('follows a wrapper that passes its own parameter to fetch, with the method from the init it spreads, and an imported URL constant; a wrapper that only adds headers passes the call through', () => {
    const notes = route(result(), '/api/notes');
    expect(notes.decision).toBe('action');
    expect(notes.callers).toEqual([
      { file: 'components/notes.tsx', line: 9, kind: 'wrapper', method: 'POST', url: '/api/notes', passThrough: { callee: 'fetchClient', file: 'lib/fetch-client.ts', line: 1, headers: ['x-csrf-token'] } },
    ]);
  });

  it('reads a URL from an imported enum member', () => {
    expect(route(result(), '/api/pins').callers).toEqual([{ file: 'components/notes.tsx', line: 12, kind: 'fetch', method: 'POST', url: '/api/pins' }]);
  });

  it('puts a wrapper\'s own URL prefix before the path its caller gives; such a wrapper does not pass the call through', () => {
    expect(route(result(), '/api/archive').callers).toEqual([{ file: 'components/notes.tsx', line: 15, kind: 'wrapper', method: 'POST', url: '/api/archive' }]);
  });

  it('lists no unreadable request: the fetches inside the wrappers are accounted for by their call sites', () => {
    expect(result().unresolvedCalls).toEqual([]);
  });
});

describe('keeps-library-owned-handlers', () => {
  const result = auditOf('keeps-library-owned-handlers');

  it('lists destructured exports (export const { GET, POST } = …) as handlers, owned by the library that made them', () => {
    for (const url of ['/api/auth/[...all]', '/api/uploadthing']) {
      for (const method of ['GET', 'POST']) {
        const entry = route(result(), url, method);
        expect(entry.decision).toBe('route');
        expect(reasonsFor(entry, 'library-handler')).toEqual([expect.objectContaining({ line: 4, effect: 'route' })]);
      }
    }
    expect(reasonsFor(route(result(), '/api/uploadthing'), 'library-handler')[0]!.message).toContain('createRouteHandler(…)');
  });

  it('treats `const handler = NextAuth(…); export { handler as POST }` as the library\'s', () => {
    const legacy = route(result(), '/api/legacy-auth');
    expect(legacy.decision).toBe('route');
    expect(reasonsFor(legacy, 'library-handler')[0]!.message).toContain('NextAuth(…)');
  });

  it('converts routes that only check the session with an auth library, whatever their path says', () => {
    for (const url of ['/api/oauth-apps', '/api/notes']) {
      const entry = route(result(), url);
      expect(entry.decision).toBe('action');
      expect(rules(entry)).toEqual(['internal-caller', 'policy']);
    }
  });
});

describe('converts-text-and-hand-written-json-responses', () => {
  const result = auditOf('converts-text-and-hand-written-json-responses');

  it('converts a route answering plain text with several statuses, JSON.stringify and error.message', () => {
    const feedback = route(result(), '/api/feedback');
    expect(feedback.decision).toBe('action');
    expect(rules(feedback)).toEqual(['internal-caller', 'policy']);
  });

  it('reads a JSON content type set by hand as JSON', () => {
    expect(route(result(), '/api/scores').decision).toBe('action');
  });
});

describe('keeps-binary-download', () => {
  const result = auditOf('keeps-binary-download');

  it('keeps a PDF download, once for the body and once for the header the caller reads', () => {
    const exported = route(result(), '/api/invoices/export');
    expect(exported.decision).toBe('route');
    expect(rules(exported)).toEqual(['http-body', 'http-headers', 'internal-caller']);
    expect(reasonsFor(exported, 'http-body')).toEqual([expect.objectContaining({ line: 6, message: 'answers with a body an action cannot return: a application/pdf body' })]);
    expect(reasonsFor(exported, 'http-headers')[0]!.message).toContain('Content-Disposition');
  });
});

describe('keeps-server-side-self-call', () => {
  const result = auditOf('keeps-server-side-self-call');

  it('counts a server-only module fetching `${process.env.APP_URL}/api/process` as an outside caller', () => {
    const process = route(result(), '/api/process');
    expect(process.decision).toBe('route');
    expect(process.callers).toEqual([{ file: 'lib/jobs.ts', line: 3, kind: 'fetch', method: 'POST', url: '{}/api/process', outside: true }]);
  });

  it('counts a server component fetching its own NEXT_PUBLIC_ origin as an outside caller too', () => {
    expect(route(result(), '/api/render').callers[0]).toMatchObject({ file: 'app/reports/page.tsx', outside: true });
  });

  it('keeps a browser fetch on window.location.origin internal', () => {
    const ping = route(result(), '/api/ping');
    expect(ping.decision).toBe('action');
    expect(ping.callers[0]).not.toHaveProperty('outside');
  });
});

describe('keeps-routes-picked-by-template-variable', () => {
  const result = auditOf('keeps-routes-picked-by-template-variable');

  it('keeps every route `/api/chat/${provider}` may pick, and does not say nothing calls them', () => {
    for (const url of ['/api/chat/openai', '/api/chat/anthropic']) {
      const entry = route(result(), url);
      expect(entry.decision).toBe('route');
      expect(rules(entry)).toEqual(['dynamic-caller']);
      expect(entry.callers).toEqual([{ file: 'components/chat.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/api/chat/{}', uncertain: true, picksRoute: true }]);
    }
  });
});

describe('decides-shared-handler-per-method', () => {
  const result = auditOf('decides-shared-handler-per-method');

  it('weighs only the POST branch for POST: the stream the GET branch passes through does not keep it', () => {
    const post = route(result(), '/api/artifacts');
    expect(post.decision).toBe('action');
    expect(rules(post)).toEqual(['internal-caller', 'policy']);
  });

  it('weighs the rest for GET', () => {
    expect(rules(route(result(), '/api/artifacts', 'GET'))).toEqual(['http-body', 'http-headers', 'no-callers', 'not-post']);
  });
});

describe('keeps-route-documented-as-api', () => {
  const result = auditOf('keeps-route-documented-as-api');

  it('keeps a route the docs document with its method for other programs', () => {
    const search = route(result(), '/api/search');
    expect(search.decision).toBe('route');
    expect(reasonsFor(search, 'external-documented')).toEqual([expect.objectContaining({ file: 'docs/API.md', line: 9, effect: 'route' })]);
  });

  it('does not count a GET the docs document against the POST of the same path', () => {
    expect(route(result(), '/api/providers').decision).toBe('action');
    expect(reasonsFor(route(result(), '/api/providers', 'GET'), 'external-documented')).toHaveLength(1);
  });

  it('does not count prose that only mentions a path, nor a team\'s plans', () => {
    expect(route(result(), '/api/suggestions').decision).toBe('action');
  });
});

describe('keeps-route-with-cors-in-next-config', () => {
  const result = auditOf('keeps-route-with-cors-in-next-config');

  it('keeps a route whose path a next.config headers() entry gives CORS headers, written through a constant', () => {
    const events = route(result(), '/api/public/events');
    expect(events.decision).toBe('route');
    expect(reasonsFor(events, 'external-cors')).toEqual([expect.objectContaining({ file: 'next.config.ts', line: 10 })]);
  });

  it('converts a route whose CORS entry allows only the app\'s own origin', () => {
    expect(route(result(), '/api/app/save').decision).toBe('action');
  });

  it('converts a route the CORS entry does not cover', () => {
    expect(route(result(), '/api/private').decision).toBe('action');
  });
});

describe('keeps-route-behind-redirecting-proxy', () => {
  const result = auditOf('keeps-route-behind-redirecting-proxy');

  it('keeps a route a proxy redirects away without checking a session: an action posting to the page would get past it', () => {
    const notes = route(result(), '/api/notes');
    expect(notes.decision).toBe('route');
    expect(reasonsFor(notes, 'middleware')[0]!.message).toContain('redirects requests without checking a session');
  });
});

describe('weighs-proxy-answering-401-after-session-check', () => {
  const result = auditOf('weighs-proxy-answering-401-after-session-check');

  it('weighs a proxy whose only answer is the 401 of its session check as a session check', () => {
    const series = route(result(), '/api/admin/series');
    expect(series.decision).toBe('action');
    expect(reasonsFor(series, 'middleware-weighed')).toEqual([expect.objectContaining({ file: 'proxy.ts', effect: 'neutral' })]);
  });
});

describe('the text report', () => {
  const result = auditOf('decides-shared-handler-per-method');

  it('shows why a DELETE handler stays a route, with file:line, not only in JSON', () => {
    const text = renderText(result(), 'app');
    expect(text).toContain(
      [
        '  DELETE /api/artifacts/[id]  (app/api/artifacts/[id]/route.ts:3)',
        '      route   app/api/artifacts/[id]/route.ts:3  DELETE handlers serve HTTP reads and verbs; only POST handlers become actions  [not-post]',
      ].join('\n'),
    );
  });

  it('keeps GET handlers to one line each', () => {
    const text = renderText(result(), 'app');
    expect(text).toMatch(/^ {2}GET \/api\/artifacts {2}\(app\/api\/artifacts\/route\.ts:15\), 0 callers$/m);
  });
});

describe('keeps-action-imported-by-unit-test', () => {
  const result = auditOf('keeps-action-imported-by-unit-test');
  const createTag = () => result().actions.find((a) => a.name === 'createTag')!;

  it('keeps createTag an action: a unit test imports it to call it in-process, not over HTTP', () => {
    expect(createTag().decision).toBe('action');
    expect(createTag().reasons).toContainEqual(expect.objectContaining({ rule: 'test-import', file: 'app/actions/__tests__/tags.test.ts', line: 5, effect: 'neutral' }));
    expect(createTag().reasons.map((r) => r.rule)).not.toContain('external-caller');
  });
});

describe('sees-api-client-endpoint-constants', () => {
  const result = auditOf('sees-api-client-endpoint-constants');

  it('reads every path a client call may take from a `const endpoint = backend ? … : …` in its method', () => {
    const labels = route(result(), '/api/labels');
    expect(labels.callers).toContainEqual({ file: 'lib/labels-service.ts', line: 9, kind: 'client', method: 'POST', url: '/labels', uncertain: true });
    expect(labels.decision).toBe('action');
  });

  it('reads a path held by a constant in the method', () => {
    expect(route(result(), '/api/tags').callers).toMatchObject([{ file: 'lib/labels-service.ts', line: 14, kind: 'client' }]);
  });

  it('does not take a parameter, a default, a for…of or catch binding, or a let of the same name for the module constant further out', () => {
    expect(route(result(), '/api/notes').callers).toEqual([]);
    expect(route(result(), '/api/notes').decision).toBe('route');
  });
});

describe('follows-fetch-helper-declared-in-a-component', () => {
  const result = auditOf('follows-fetch-helper-declared-in-a-component');

  it("reads `startCheckout('/api/checkout', body)` through the component's own helper that passes its url to fetch", () => {
    expect(route(result(), '/api/checkout').callers).toEqual([{ file: 'components/plans.tsx', line: 25, kind: 'wrapper', method: 'POST', url: '/api/checkout' }]);
    expect(route(result(), '/api/trial').callers).toEqual([{ file: 'components/plans.tsx', line: 28, kind: 'wrapper', method: 'POST', url: '/api/trial' }]);
  });

  it('so an unreadable fetch elsewhere no longer keeps the routes whose paths only the helper is given', () => {
    expect(route(result(), '/api/checkout').decision).toBe('action');
    expect(route(result(), '/api/trial').decision).toBe('action');
  });
});
