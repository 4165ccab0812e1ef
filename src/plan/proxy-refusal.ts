import { matcherCovers } from '../analyze/middleware-coverage.ts';
import type { AppScan } from '../scan/scan-app.ts';
import type { UnitProblem } from './types.ts';

/** Paths standing for the app's pages, where action calls are POSTed. */
const PAGE_PATHS = ['/', '/page'];

/**
 * A proxy that covers the pages and refuses requests lacking a header of the app's own
 * (a CSRF token, an API key) would refuse every action call too: the call is a POST to the
 * page path carrying only the headers the browser adds. Every unit is declined for it.
 */
export function proxyRefusesActionCalls(scan: Pick<AppScan, 'middleware' | 'basePath'>): UnitProblem | undefined {
  for (const mw of scan.middleware) {
    const gate = mw.headerGates[0];
    if (!gate || !proxyCoversPages(scan, mw.file)) continue;
    return {
      file: mw.file,
      line: gate.line,
      reason: `the proxy answers ${gate.status} to requests on page paths without the ${gate.header} header; an action call is a POST to the page path without it, so it would be refused (exempt action calls in the proxy, then migrate again)`,
    };
  }
  return undefined;
}

/** Whether the proxy in `file` runs for page paths too, so it runs for action calls as it did for the route. */
export function proxyCoversPages(scan: Pick<AppScan, 'middleware' | 'basePath'>, file: string): boolean {
  const mw = scan.middleware.find((m) => m.file === file);
  return !!mw && PAGE_PATHS.some((p) => matcherCovers(mw.matchers, p, scan.basePath).covered);
}
