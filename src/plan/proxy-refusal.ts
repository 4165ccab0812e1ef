import { matcherCovers } from '../analyze/middleware-coverage.ts';
import { applyEdits, detectStyle } from '../rewrite/edits.ts';
import type { AppScan } from '../scan/scan-app.ts';
import type { UnitProblem } from './types.ts';

/** Paths standing for the app's pages, where action calls are POSTed. */
const PAGE_PATHS = ['/', '/page'];

/** The proxy's header check, changed so that action calls pass it, and what the report says of it. */
export interface ActionCallExemption {
  file: string;
  line: number;
  after: (before: string) => string;
  note: string;
}

/**
 * A proxy that covers the pages and refuses requests lacking a header of the app's own (a
 * CSRF token) would refuse every action call: the call is a POST to the page path carrying
 * only the headers the browser adds. Action calls carry `Next-Action`, and Next checks their
 * `Origin` against the host itself, which is what a CSRF token guards; a page on another
 * origin cannot send that header without a CORS preflight the app does not answer. So the
 * check is changed to let POSTs carrying it through. When the check can't be changed (it is
 * not in the proxy function itself, or it runs for page loads too), every unit is declined.
 */
export function proxyGate(scan: Pick<AppScan, 'middleware' | 'basePath'>): { exemption: ActionCallExemption } | { refusal: UnitProblem } | undefined {
  for (const mw of scan.middleware) {
    const gates = mw.headerGates;
    if (!gates.length || !proxyCoversPages(scan, mw.file)) continue;
    const first = gates[0]!;
    if (gates.some((g) => !g.request)) {
      return {
        refusal: {
          file: mw.file,
          line: first.line,
          reason: `the proxy answers ${first.status} to requests on page paths without the ${first.header} header; an action call is a POST to the page path without it, so it would be refused (exempt action calls in the proxy, then migrate again)`,
        },
      };
    }
    return {
      exemption: {
        file: mw.file,
        line: first.line,
        after: (before) => {
          const q = detectStyle(before).quote;
          // One `if` may hold more than one refusal; its test changes once.
          const ifs = [...new Map(gates.map((g) => [g.test.start, g])).values()];
          return applyEdits(before, ifs.map(({ request, test }) => {
            const tested = before.slice(test.start, test.end);
            return { start: test.start, end: test.end, text: `!(${request}.method === ${q}POST${q} && ${request}.headers.has(${q}next-action${q})) && ${test.compound ? `(${tested})` : tested}` };
          }));
        },
        note: `${mw.file}:${first.line}: the proxy's ${[...new Set(gates.map((g) => g.header))].join(' and ')} check now lets action calls (POSTs with a Next-Action header) through, or it would answer them ${first.status}; Next checks an action call's Origin against the host itself (serverActions.allowedOrigins lists other hosts)`,
      },
    };
  }
  return undefined;
}

/** Whether the proxy in `file` runs for page paths too, so it runs for action calls as it did for the route. */
export function proxyCoversPages(scan: Pick<AppScan, 'middleware' | 'basePath'>, file: string): boolean {
  const mw = scan.middleware.find((m) => m.file === file);
  return !!mw && PAGE_PATHS.some((p) => matcherCovers(mw.matchers, p, scan.basePath).covered);
}
