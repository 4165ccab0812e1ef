// One describe per fixture app in __testfixtures__/audit/: the decision, the exact rules it
// rests on, where each reason points, and the callers that were found.
import { describe, expect, it } from 'vitest';
import { auditOf, route } from './helpers/audit-fixture.ts';
import type { ActionEntry, AuditResult, Caller, Reason, RouteEntry } from '../src/types.ts';

function action(result: AuditResult, name: string): ActionEntry {
  const found = result.actions.find((a) => a.name === name);
  if (!found) throw new Error(`no action ${name}; actions: ${result.actions.map((a) => a.name).join(', ')}`);
  return found;
}

/** The distinct rule names an entry's reasons use, sorted. */
function rules(entry: RouteEntry | ActionEntry): string[] {
  return [...new Set(entry.reasons.map((r) => r.rule))].sort();
}

function reasonsFor(entry: RouteEntry | ActionEntry, rule: string): Reason[] {
  return entry.reasons.filter((r) => r.rule === rule);
}

function allCallers(result: AuditResult): Caller[] {
  return [...result.routes.flatMap((r) => r.callers), ...result.actions.flatMap((a) => a.callers), ...result.unresolvedCalls];
}

describe('keeps-webhook-with-signature-check', () => {
  const result = auditOf('keeps-webhook-with-signature-check');
  const webhook = () => route(result(), '/api/webhooks/stripe');

  it('keeps the webhook as a route', () => {
    expect(webhook()).toMatchObject({ file: 'app/api/webhooks/stripe/route.ts', line: 4, decision: 'route', callers: [] });
  });

  it('rests on the signature header and the absence of callers; reading the body as text is not HTTP control', () => {
    expect(rules(webhook())).toEqual(['external-signature', 'no-callers']);
  });

  it('points each reason at the line that shows it', () => {
    const file = 'app/api/webhooks/stripe/route.ts';
    expect(reasonsFor(webhook(), 'external-signature')).toEqual([expect.objectContaining({ file, line: 5, effect: 'route' })]);
    expect(reasonsFor(webhook(), 'external-signature')[0]!.message).toContain('stripe-signature');
    expect(reasonsFor(webhook(), 'no-callers')).toEqual([expect.objectContaining({ file, line: 4, effect: 'route' })]);
  });
});

describe('keeps-route-covered-by-rate-limiting-proxy', () => {
  const result = auditOf('keeps-route-covered-by-rate-limiting-proxy');

  it('keeps /api/reports, which the rate-limiting proxy covers, as a route', () => {
    const reports = route(result(), '/api/reports');
    expect(reports).toMatchObject({ file: 'app/api/reports/route.ts', line: 3, decision: 'route' });
    expect(rules(reports)).toEqual(['internal-caller', 'middleware-rate-limit']);
  });

  it('points the middleware-rate-limit reason at the matcher line of proxy.ts', () => {
    const [reason, ...more] = reasonsFor(route(result(), '/api/reports'), 'middleware-rate-limit');
    expect(more).toEqual([]);
    expect(reason).toMatchObject({ file: 'proxy.ts', line: 20, effect: 'route' });
    expect(reason!.message).toContain('/api/reports/:path*');
  });

  it('still lists the in-app fetch of /api/reports as a caller', () => {
    expect(route(result(), '/api/reports').callers).toEqual([
      { file: 'components/post-tools.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/api/reports' },
    ]);
  });

  it('converts /api/posts, which the matcher does not cover, to an action', () => {
    const posts = route(result(), '/api/posts');
    expect(posts).toMatchObject({ file: 'app/api/posts/route.ts', line: 3, decision: 'action' });
    expect(rules(posts)).toEqual(['internal-caller', 'policy']);
    expect(posts.callers).toEqual([{ file: 'components/post-tools.tsx', line: 13, kind: 'fetch', method: 'POST', url: '/api/posts' }]);
    expect(reasonsFor(posts, 'internal-caller')).toEqual([expect.objectContaining({ file: 'components/post-tools.tsx', line: 13, effect: 'action' })]);
  });
});

describe('weighs-session-only-middleware', () => {
  const result = auditOf('weighs-session-only-middleware');
  const bookmarks = () => route(result(), '/api/bookmarks');

  it('converts the internally called route despite middleware.ts covering it', () => {
    expect(bookmarks()).toMatchObject({ file: 'app/api/bookmarks/route.ts', line: 3, decision: 'action' });
    expect(rules(bookmarks())).toEqual(['internal-caller', 'middleware-weighed', 'policy']);
  });

  it('explains how the session-only middleware was weighed, as a neutral reason at its matcher', () => {
    const [weighed, ...more] = reasonsFor(bookmarks(), 'middleware-weighed');
    expect(more).toEqual([]);
    expect(weighed).toMatchObject({ file: 'middleware.ts', line: 12, effect: 'neutral' });
    expect(weighed!.message).toContain('/api/:path*');
    expect(weighed!.message).toMatch(/weighed: .*session/);
  });

  it('finds the fetch caller', () => {
    expect(bookmarks().callers).toEqual([
      { file: 'components/bookmark-button.tsx', line: 7, kind: 'fetch', method: 'POST', url: '/api/bookmarks' },
    ]);
  });
});

describe('keeps-streaming-route', () => {
  const result = auditOf('keeps-streaming-route');
  const chat = () => route(result(), '/api/chat');

  it('keeps the streaming route although the app calls it', () => {
    expect(chat()).toMatchObject({ file: 'app/api/chat/route.ts', line: 1, decision: 'route' });
    expect(rules(chat())).toEqual(['http-body', 'http-streaming', 'internal-caller']);
  });

  it('points http-streaming at the ReadableStream, once, naming the event-stream content type line too', () => {
    const streaming = reasonsFor(chat(), 'http-streaming');
    expect(streaming.map((r) => [r.file, r.line, r.effect])).toEqual([['app/api/chat/route.ts', 6, 'route']]);
    expect(streaming[0]!.message).toBe('streams its response: creates a ReadableStream; answers text/event-stream (lines 6, 14)');
    expect(reasonsFor(chat(), 'http-body')).toEqual([expect.objectContaining({ file: 'app/api/chat/route.ts', line: 5, message: 'answers with a body an action cannot return: a text/event-stream body' })]);
  });

  it('finds the fetch caller', () => {
    expect(chat().callers).toEqual([{ file: 'components/chat.tsx', line: 9, kind: 'fetch', method: 'POST', url: '/api/chat' }]);
  });
});

describe('keeps-route-called-only-from-scripts', () => {
  const result = auditOf('keeps-route-called-only-from-scripts');
  const importRoute = () => route(result(), '/api/import');

  it('keeps the route: its only caller runs outside the app', () => {
    expect(importRoute()).toMatchObject({ file: 'app/api/import/route.ts', line: 3, decision: 'route' });
    expect(rules(importRoute())).toEqual(['external-caller']);
  });

  it('points external-caller at the fetch in scripts/seed.ts', () => {
    expect(reasonsFor(importRoute(), 'external-caller')).toEqual([expect.objectContaining({ file: 'scripts/seed.ts', line: 7, effect: 'route' })]);
  });

  it('marks the script caller as outside', () => {
    expect(importRoute().callers).toEqual([
      { file: 'scripts/seed.ts', line: 7, kind: 'fetch', method: 'POST', url: 'http://localhost:3000/api/import', outside: true },
    ]);
  });
});

describe('keeps-route-with-no-callers', () => {
  const result = auditOf('keeps-route-with-no-callers');

  it('keeps the route, with no-callers at the handler line', () => {
    const contact = route(result(), '/api/contact');
    expect(contact).toMatchObject({ file: 'app/api/contact/route.ts', line: 3, decision: 'route', callers: [] });
    expect(contact.reasons).toEqual([expect.objectContaining({ rule: 'no-callers', file: 'app/api/contact/route.ts', line: 3, effect: 'route' })]);
  });
});

describe('converts-route-in-group', () => {
  const result = auditOf('converts-route-in-group');
  const settings = () => route(result(), '/api/settings');

  it('drops the (admin) group from the URL', () => {
    expect(settings()).toMatchObject({ file: 'app/(admin)/api/settings/route.ts', url: '/api/settings', line: 3 });
  });

  it('converts it to an action on the strength of its client fetch caller', () => {
    expect(settings().decision).toBe('action');
    expect(rules(settings())).toEqual(['internal-caller', 'policy']);
    expect(reasonsFor(settings(), 'internal-caller')).toEqual([
      expect.objectContaining({ file: 'app/(admin)/settings/settings-form.tsx', line: 9, effect: 'action' }),
    ]);
    expect(reasonsFor(settings(), 'policy')).toEqual([expect.objectContaining({ file: 'app/(admin)/api/settings/route.ts', line: 3, effect: 'action' })]);
    expect(settings().callers).toEqual([
      { file: 'app/(admin)/settings/settings-form.tsx', line: 9, kind: 'fetch', method: 'POST', url: '/api/settings' },
    ]);
  });
});

describe('matches-dynamic-route-called-with-template-literal', () => {
  const result = auditOf('matches-dynamic-route-called-with-template-literal');

  it('matches a template literal to a dynamic segment', () => {
    const like = route(result(), '/api/posts/[id]/like');
    expect(like).toMatchObject({ file: 'app/api/posts/[id]/like/route.ts', line: 3, decision: 'action' });
    expect(rules(like)).toEqual(['internal-caller', 'policy']);
    expect(like.callers).toEqual([{ file: 'components/post-actions.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/api/posts/{}/like' }]);
  });

  it('matches string concatenation to a catch-all segment', () => {
    const files = route(result(), '/api/files/[...path]');
    expect(files).toMatchObject({ file: 'app/api/files/[...path]/route.ts', line: 3, decision: 'action' });
    expect(files.callers).toEqual([{ file: 'components/post-actions.tsx', line: 9, kind: 'fetch', method: 'POST', url: '/api/files/{}' }]);
  });

  it('reads the path out of new URL(path, origin)', () => {
    const ping = route(result(), '/api/ping');
    expect(ping).toMatchObject({ file: 'app/api/ping/route.ts', line: 3, decision: 'action' });
    expect(ping.callers).toEqual([{ file: 'components/post-actions.tsx', line: 16, kind: 'fetch', method: 'POST', url: '/api/ping' }]);
  });

  it('does not count a call to another host as a caller of anything', () => {
    const stray = allCallers(result()).filter((c) => c.file === 'lib/payments.ts' || c.url?.includes('stripe.com'));
    expect(stray).toEqual([]);
  });
});

describe('converts-html-form-post', () => {
  const result = auditOf('converts-html-form-post');

  it('counts <form method="post"> as a POST form caller and converts the route', () => {
    const subscribe = route(result(), '/api/subscribe');
    expect(subscribe).toMatchObject({ file: 'app/api/subscribe/route.ts', line: 3, decision: 'action' });
    expect(rules(subscribe)).toEqual(['internal-caller', 'policy']);
    expect(subscribe.callers).toEqual([{ file: 'app/page.tsx', line: 4, kind: 'form', method: 'POST', url: '/api/subscribe' }]);
    expect(reasonsFor(subscribe, 'internal-caller')).toEqual([expect.objectContaining({ file: 'app/page.tsx', line: 4, effect: 'action' })]);
  });

  it('does not count a method-less <form> as a POST caller', () => {
    const searchPost = route(result(), '/api/search', 'POST');
    expect(searchPost).toMatchObject({ file: 'app/api/search/route.ts', line: 8, decision: 'route', callers: [] });
    expect(rules(searchPost)).toEqual(['no-callers']);
  });

  it('counts the method-less <form> as a GET caller instead', () => {
    const searchGet = route(result(), '/api/search', 'GET');
    expect(searchGet).toMatchObject({ file: 'app/api/search/route.ts', line: 3, decision: 'route' });
    expect(searchGet.callers).toEqual([{ file: 'app/page.tsx', line: 9, kind: 'form', method: 'GET', url: '/api/search' }]);
  });
});

describe('keeps-formdata-file-upload', () => {
  const result = auditOf('keeps-formdata-file-upload');

  it('keeps a route that reads an uploaded File from its FormData body: action bodies are capped at 1 MB', () => {
    const upload = route(result(), '/api/upload');
    expect(upload).toMatchObject({ file: 'app/api/upload/route.ts', line: 3, decision: 'route' });
    expect(rules(upload)).toEqual(['http-upload', 'internal-caller']);
    expect(reasonsFor(upload, 'http-upload')).toEqual([expect.objectContaining({ line: 5, effect: 'route' })]);
    expect(upload.callers).toEqual([{ file: 'components/avatar-form.tsx', line: 9, kind: 'fetch', method: 'POST', url: '/api/upload' }]);
  });

  it('converts a FormData route that only names a stored file, though it reads bytes from a Blob', () => {
    const embeddings = route(result(), '/api/embeddings');
    expect(embeddings).toMatchObject({ decision: 'action' });
    expect(rules(embeddings)).toEqual(['internal-caller', 'policy']);
  });
});

describe('detects-axios-callers', () => {
  const result = auditOf('detects-axios-callers');

  it.each([
    ['axios.post(url, data)', '/api/comments', 8],
    ['axios({ method, url })', '/api/votes', 12],
    ['an axios.create({ baseURL }) instance imported through @/lib/api', '/api/bookmarks', 16],
  ])('finds %s', (_how, url, line) => {
    const entry = route(result(), url);
    expect(entry.callers).toEqual([{ file: 'components/post-footer.tsx', line, kind: 'axios', method: 'POST', url }]);
    expect(entry.decision).toBe('action');
    expect(rules(entry)).toEqual(['internal-caller', 'policy']);
  });
});

describe('route-file-with-get-and-post', () => {
  const result = auditOf('route-file-with-get-and-post');

  it('lists one entry per exported method', () => {
    expect(result().routes.map((r) => [r.method, r.url, r.line])).toEqual([
      ['GET', '/api/todos', 5],
      ['POST', '/api/todos', 9],
    ]);
  });

  it('keeps GET as a route (not-post) and gives it only the GET fetch', () => {
    const get = route(result(), '/api/todos', 'GET');
    expect(get.decision).toBe('route');
    expect(rules(get)).toEqual(['internal-caller', 'not-post']);
    expect(reasonsFor(get, 'not-post')).toEqual([expect.objectContaining({ file: 'app/api/todos/route.ts', line: 5, effect: 'route' })]);
    expect(get.callers).toEqual([{ file: 'components/todos.tsx', line: 9, kind: 'fetch', method: 'GET', url: '/api/todos' }]);
  });

  it('decides POST by its POST caller alone', () => {
    const post = route(result(), '/api/todos', 'POST');
    expect(post.decision).toBe('action');
    expect(rules(post)).toEqual(['internal-caller', 'policy']);
    expect(post.callers).toEqual([{ file: 'components/todos.tsx', line: 13, kind: 'fetch', method: 'POST', url: '/api/todos' }]);
  });
});

describe('external-tag-action', () => {
  const result = auditOf('external-tag-action');

  it('keeps an action tagged `@external /path` as a route at that path', () => {
    const send = action(result(), 'sendNewsletter');
    expect(send).toMatchObject({ file: 'app/actions/newsletter.ts', line: 9, form: 'module', decision: 'route', externalPath: '/api/newsletter/send' });
    expect(rules(send)).toEqual(['external-tag', 'internal-caller']);
    expect(reasonsFor(send, 'external-tag')).toEqual([expect.objectContaining({ file: 'app/actions/newsletter.ts', line: 7, effect: 'route' })]);
    expect(send.callers).toEqual([{ file: 'components/newsletter-admin.tsx', line: 12, kind: 'form-action' }]);
  });

  it('derives /api/<kebab-name> for a bare @external tag', () => {
    const sync = action(result(), 'syncSubscribers');
    expect(sync).toMatchObject({ file: 'app/actions/newsletter.ts', line: 16, decision: 'route', externalPath: '/api/sync-subscribers' });
    expect(reasonsFor(sync, 'external-tag')).toEqual([expect.objectContaining({ file: 'app/actions/newsletter.ts', line: 15 })]);
    expect(sync.callers).toEqual([{ file: 'components/newsletter-admin.tsx', line: 16, kind: 'call' }]);
  });

  it('leaves an untagged action used as <form action={saveDraft}> an action', () => {
    const draft = action(result(), 'saveDraft');
    expect(draft).toMatchObject({ file: 'app/actions/newsletter.ts', line: 20, decision: 'action' });
    expect(draft.externalPath).toBeUndefined();
    expect(rules(draft)).toEqual(['internal-caller']);
    expect(reasonsFor(draft, 'internal-caller')).toEqual([expect.objectContaining({ file: 'components/newsletter-admin.tsx', line: 8, effect: 'action' })]);
    expect(draft.callers).toEqual([{ file: 'components/newsletter-admin.tsx', line: 8, kind: 'form-action' }]);
  });
});

describe('basepath-from-next-config', () => {
  const result = auditOf('basepath-from-next-config');

  it('puts basePath in front of the route URL and matches a caller that writes it', () => {
    const feedback = route(result(), '/docs/api/feedback');
    expect(feedback).toMatchObject({ file: 'app/api/feedback/route.ts', line: 3, decision: 'action' });
    expect(rules(feedback)).toEqual(['internal-caller', 'policy']);
    expect(feedback.callers).toEqual([
      { file: 'components/was-this-helpful.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/docs/api/feedback' },
    ]);
  });
});

describe('config-forces-decisions', () => {
  const result = auditOf('config-forces-decisions');
  const CONFIG = 'route-actions.config.json';

  it('forces a route matched by a "routes" glob, citing the config line', () => {
    const orders = route(result(), '/api/legacy/orders');
    expect(orders).toMatchObject({ file: 'app/api/legacy/orders/route.ts', line: 3, decision: 'route' });
    expect(orders.reasons).toEqual([expect.objectContaining({ rule: 'config', file: CONFIG, line: 3, effect: 'route' })]);
    expect(orders.callers).toEqual([{ file: 'components/editor.tsx', line: 12, kind: 'fetch', method: 'POST', url: '/api/legacy/orders' }]);
  });

  it('forces an action named in "actions" to a route at the configured path', () => {
    const publish = action(result(), 'publish');
    expect(publish).toMatchObject({ file: 'app/actions/posts.ts', line: 5, decision: 'route', externalPath: '/api/publish' });
    expect(publish.reasons).toEqual([expect.objectContaining({ rule: 'config', file: CONFIG, line: 6, effect: 'route' })]);
    expect(publish.callers).toEqual([{ file: 'components/editor.tsx', line: 19, kind: 'call' }]);
  });

  it('counts a call to a configured fetch wrapper as a caller', () => {
    const notes = route(result(), '/api/notes');
    expect(notes).toMatchObject({ file: 'app/api/notes/route.ts', line: 3, decision: 'action' });
    expect(rules(notes)).toEqual(['internal-caller', 'policy']);
    expect(notes.callers).toEqual([{ file: 'components/editor.tsx', line: 8, kind: 'wrapper', method: 'POST', url: '/api/notes' }]);
  });
});

describe('swr-and-react-query-mutations', () => {
  const result = auditOf('swr-and-react-query-mutations');

  it('reads the key of useSWRMutation as the URL its fetcher posts to', () => {
    const todos = route(result(), '/api/todos');
    expect(todos.decision).toBe('action');
    expect(todos.callers).toEqual([
      { file: 'components/add-todo.tsx', line: 6, kind: 'fetch', method: 'POST', url: '/api/todos', via: 'swr-mutation' },
    ]);
  });

  it('finds the fetch inside a react-query mutationFn', () => {
    const likes = route(result(), '/api/likes');
    expect(likes.decision).toBe('action');
    expect(likes.callers).toEqual([
      { file: 'components/like-button.tsx', line: 7, kind: 'fetch', method: 'POST', url: '/api/likes', via: 'react-query-mutation' },
    ]);
  });
});

describe('keeps-cors-and-api-key-routes', () => {
  const result = auditOf('keeps-cors-and-api-key-routes');

  it('keeps a route that checks the Authorization header, even with an in-app caller', () => {
    const events = route(result(), '/api/v1/events');
    expect(events).toMatchObject({ file: 'app/api/v1/events/route.ts', line: 3, decision: 'route' });
    expect(rules(events)).toEqual(['external-api-key', 'internal-caller']);
    expect(reasonsFor(events, 'external-api-key')).toEqual([expect.objectContaining({ file: 'app/api/v1/events/route.ts', line: 4, effect: 'route' })]);
    expect(events.callers).toEqual([{ file: 'components/event-log.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/api/v1/events' }]);
  });

  it('keeps a POST whose route file answers OPTIONS and sets Access-Control-Allow-Origin', () => {
    const embed = route(result(), '/api/embed');
    expect(embed).toMatchObject({ file: 'app/api/embed/route.ts', line: 10, decision: 'route' });
    expect(rules(embed)).toEqual(['external-cors', 'http-headers', 'no-callers']);
    expect(reasonsFor(embed, 'external-cors').map((r) => r.line).sort((a, b) => a - b)).toEqual([2, 6]);
    expect(reasonsFor(embed, 'external-cors').find((r) => r.line === 2)!.message).toMatch(/\(lines 2, 3\)$/);
    expect(reasonsFor(embed, 'external-cors').find((r) => r.line === 6)!.message).toContain('OPTIONS');
  });

  it('lists the OPTIONS handler itself as a route', () => {
    const options = route(result(), '/api/embed', 'OPTIONS');
    expect(options).toMatchObject({ file: 'app/api/embed/route.ts', line: 6, decision: 'route' });
    expect(rules(options)).toContain('not-post');
  });
});

describe('reads-reexported-handlers', () => {
  const result = auditOf('reads-reexported-handlers');

  it('decides a handler re-exported from a readable module by its callers, not as unreadable', () => {
    // handlers.ts resolves and parses; its POST simply has nothing only HTTP gives.
    const comments = route(result(), '/api/comments');
    expect(comments).toMatchObject({ file: 'app/api/comments/route.ts', line: 1 });
    expect(comments.callers).toEqual([{ file: 'components/refresh-comments.tsx', line: 5, kind: 'fetch', method: 'POST', url: '/api/comments' }]);
    expect(rules(comments)).toEqual(['internal-caller', 'policy']);
    expect(comments.decision).toBe('action');
  });

  it('keeps a handler re-exported from a package it cannot read, citing unreadable-handler', () => {
    const uploads = route(result(), '/api/uploads');
    expect(uploads).toMatchObject({ file: 'app/api/uploads/route.ts', line: 1, decision: 'route' });
    expect(reasonsFor(uploads, 'unreadable-handler')).toEqual([expect.objectContaining({ file: 'app/api/uploads/route.ts', line: 1, effect: 'route' })]);
    expect(uploads.callers).toEqual([{ file: 'components/refresh-comments.tsx', line: 6, kind: 'fetch', method: 'POST', url: '/api/uploads' }]);
  });
});
