import { DYNAMIC } from '../scan/url-expression.ts';

export type UrlMatch = 'exact' | 'loose';

type RouteSegment = { kind: 'static'; text: string } | { kind: 'dynamic' } | { kind: 'catch-all' } | { kind: 'optional-catch-all' };

function routeSegments(url: string): RouteSegment[] {
  return url.split('/').filter(Boolean).map((s): RouteSegment => {
    if (/^\[\[\.\.\..+\]\]$/.test(s)) return { kind: 'optional-catch-all' };
    if (/^\[\.\.\..+\]$/.test(s)) return { kind: 'catch-all' };
    if (/^\[.+\]$/.test(s)) return { kind: 'dynamic' };
    return { kind: 'static', text: s };
  });
}

function segmentPattern(segment: string): RegExp {
  const parts = segment.split(DYNAMIC).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

/**
 * Whether a caller's path (with `{}` for dynamic parts) reaches a route URL (with `[id]`,
 * `[...slug]`, `[[...slug]]`). `loose` means only a dynamic part stood where the route has a fixed one.
 */
export function matchUrl(callerPath: string, routeUrl: string): UrlMatch | undefined {
  const caller = callerPath.split('/').filter(Boolean);
  const route = routeSegments(routeUrl);
  let loose = false;
  for (let i = 0; i < route.length; i++) {
    const r = route[i]!;
    const c = caller[i];
    if (r.kind === 'optional-catch-all') return loose ? 'loose' : 'exact';
    if (c === undefined) return undefined;
    // `/api/${rest}` may stand for several segments.
    if (c === DYNAMIC && i === caller.length - 1 && i < route.length - 1) return 'loose';
    if (r.kind === 'catch-all') return loose ? 'loose' : 'exact';
    if (r.kind === 'dynamic') continue;
    if (c === r.text) continue;
    if (c.includes(DYNAMIC) && segmentPattern(c).test(r.text)) {
      loose = true;
      continue;
    }
    return undefined;
  }
  if (caller.length > route.length) return undefined;
  return loose ? 'loose' : 'exact';
}

/** Next prefers static segments over dynamic ones, and dynamic over catch-all: a higher rank wins. */
export function specificity(routeUrl: string): number[] {
  return routeSegments(routeUrl).map((s) => (s.kind === 'static' ? 3 : s.kind === 'dynamic' ? 2 : s.kind === 'catch-all' ? 1 : 0));
}

export function compareSpecificity(a: string, b: string): number {
  const sa = specificity(a);
  const sb = specificity(b);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const diff = (sb[i] ?? -1) - (sa[i] ?? -1);
    if (diff) return diff;
  }
  return 0;
}

/** The routes a caller path reaches: the one Next would pick among exact matches, or every loose match. */
export function routesForPath<T extends { url: string }>(callerPath: string, routes: readonly T[]): { route: T; match: UrlMatch }[] {
  return new RouteIndex(routes).lookup(callerPath);
}

/**
 * Routes grouped by their first two segments, so a lookup tries only the routes that can
 * match: those under the caller's own prefix, and those with a dynamic part in it.
 */
export class RouteIndex<T extends { url: string }> {
  private readonly byPrefix = new Map<string, T[]>();
  private readonly open: T[] = [];
  private readonly all: readonly T[];

  constructor(routes: readonly T[]) {
    this.all = routes;
    for (const route of routes) {
      const [a, b] = route.url.split('/').filter(Boolean);
      if (a === undefined || b === undefined || a.startsWith('[') || b.startsWith('[')) this.open.push(route);
      else this.byPrefix.set(`${a}/${b}`, [...(this.byPrefix.get(`${a}/${b}`) ?? []), route]);
    }
  }

  lookup(callerPath: string): { route: T; match: UrlMatch }[] {
    const [a = '', b = ''] = callerPath.split('/').filter(Boolean);
    const candidates = a.includes(DYNAMIC) || b.includes(DYNAMIC) ? this.all : [...(this.byPrefix.get(`${a}/${b}`) ?? []), ...this.open];
    return pick(callerPath, candidates);
  }
}

function pick<T extends { url: string }>(callerPath: string, routes: readonly T[]): { route: T; match: UrlMatch }[] {
  const matches = routes.flatMap((route) => {
    const match = matchUrl(callerPath, route.url);
    return match ? [{ route, match }] : [];
  });
  const exact = matches.filter((m) => m.match === 'exact');
  if (exact.length) {
    const best = [...new Set(exact.map((m) => m.route.url))].sort(compareSpecificity)[0];
    return exact.filter((m) => m.route.url === best);
  }
  return matches;
}
