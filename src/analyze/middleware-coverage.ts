import { parse, tokensToRegexp } from 'path-to-regexp';
import type { MatcherSource, MiddlewareFacts } from '../scan/middleware.ts';
import type { Signal, SignalKind } from '../scan/signals.ts';
import type { Effect } from '../types.ts';

/**
 * The regular expression Next compiles a `config.matcher` source into (Next 16,
 * build/analysis/get-page-static-info.js): an optional `/_next/data/<id>` prefix, an
 * optional `.json` suffix, basePath in front, then path-to-regexp 6.
 */
export function compileMatcher(source: string, basePath: string): RegExp {
  const isRoot = source === '/';
  let full = `/:nextData(_next/data/[^/]{1,})?${source}${isRoot ? '(/?index|/?index\\.json)?' : '{(\\.json)}?'}`;
  if (basePath) full = `${basePath}${full}`;
  return tokensToRegexp(parse(full));
}

/** Concrete paths standing for a route URL, so a matcher can be tried on them. */
function samplePaths(url: string): string[] {
  const filled = url.replace(/\[\[\.\.\.[^\]]+\]\]/g, '\u0000').replace(/\[(\.\.\.)?[^\]]+\]/g, 'x');
  return filled.includes('\u0000')
    ? [filled.replace(/\/\u0000/g, '') || '/', filled.replace(/\u0000/g, 'x')]
    : [filled];
}

export function matcherCovers(matchers: MatcherSource[] | null, url: string, basePath: string): { covered: boolean; by?: string; conditional?: boolean } {
  if (matchers === null) return { covered: true, by: '(no matcher: runs on every path)' };
  for (const matcher of matchers) {
    let regex: RegExp;
    try {
      regex = compileMatcher(matcher.source, basePath);
    } catch {
      return { covered: true, by: `${matcher.source} (not a valid matcher; assumed to cover)` };
    }
    if (samplePaths(url).some((p) => regex.test(p))) return { covered: true, by: matcher.source, conditional: matcher.conditional };
  }
  return { covered: false };
}

const KEEPS_ROUTE: Partial<Record<SignalKind, string>> = {
  'rate-limit': 'rate-limits',
  'api-key-header': 'checks an API key or Authorization header',
  signature: 'verifies signatures',
  cors: 'sets CORS headers',
  'cron-secret': 'checks CRON_SECRET',
  responds: 'answers requests itself',
  rewrite: 'rewrites requests',
  streaming: 'streams responses',
  'non-json-response': 'answers with its own bodies',
};

export interface MiddlewareWeight {
  effect: Effect;
  rule: string;
  /** How the proxy's work was weighed, in words for the report. */
  weighing: string;
}

/** Coverage by a proxy that only checks sessions and redirects is not a reason to keep a route; anything more is. */
export function weighMiddleware(facts: MiddlewareFacts): MiddlewareWeight {
  const readsSession = facts.signals.some((s) => s.kind === 'session-cookie' || s.kind === 'session-check');
  // A 401 or 403 after reading the session is the session check answering, not the proxy serving the route.
  const sessionGate = (s: Signal) => readsSession && /with status 40[13]$/.test(s.detail);
  const found = [...new Set(facts.signals.flatMap((s) => (KEEPS_ROUTE[s.kind] && !sessionGate(s) ? [KEEPS_ROUTE[s.kind]!] : [])))];
  if (!readsSession && facts.signals.some((s) => s.kind === 'redirect-internal')) found.push('redirects requests without checking a session');
  if (found.some((f) => f === 'rate-limits')) {
    return { effect: 'route', rule: 'middleware-rate-limit', weighing: `it ${found.join(', ')}; an action POSTs to the page path and would bypass it` };
  }
  if (found.length) {
    return { effect: 'route', rule: 'middleware', weighing: `it ${found.join(', ')}; an action POSTs to the page path and would bypass it` };
  }
  const session = readsSession || facts.signals.some((s) => s.kind === 'response-cookies');
  return {
    effect: 'neutral',
    rule: 'middleware-weighed',
    weighing: session
      ? 'it only checks or refreshes the session and redirects, which is not a sign of an outside caller; the action must check the session itself, because it POSTs to the page path'
      : 'it neither answers, rewrites nor rate-limits requests, so coverage is not a reason to keep the route',
  };
}
