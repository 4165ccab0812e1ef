import path from 'node:path';
import { isIgnoredCall, loadConfig, urlGlobMatches, type Config } from './config.ts';
import { decideAction, decideRoute } from './analyze/decide.ts';
import { linkCallers, routeKey } from './analyze/link-callers.ts';
import { matcherCovers, weighMiddleware } from './analyze/middleware-coverage.ts';
import { assertAppRoot, scanApp, type AppScan } from './scan/scan-app.ts';
import type { AuditResult, Caller } from './types.ts';

export interface AuditOptions {
  /** `--config FILE`; defaults to route-actions.config.json in the app root. */
  config?: string;
  /** Called as files are scanned, for a progress line. */
  onProgress?: (scanned: number, total: number) => void;
  /** The per-file scan cache (default on; `--no-cache` turns it off). */
  cache?: boolean;
  /** Worker threads for parsing (default: by the amount of work and the cores). */
  workers?: number;
}

function byPosition(a: Caller, b: Caller): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}

/** Config entries that match nothing: most often a typo, which would otherwise change no decision silently. */
function unmatchedConfig(config: Config, basePath: string, routes: readonly { url: string }[], actions: readonly { file: string; name: string }[]): string[] {
  const notices: string[] = [];
  for (const glob of Object.keys(config.routes)) {
    if (!routes.some((r) => urlGlobMatches(glob, r.url, basePath))) notices.push(`${config.file}: routes "${glob}" matches no route URL`);
  }
  for (const key of Object.keys(config.actions)) {
    if (!actions.some((a) => key === a.name || key === `${a.file}#${a.name}`)) notices.push(`${config.file}: actions "${key}" names no action`);
  }
  return notices;
}

/** Scans the app at `dir` and decides every POST handler and every action by the policy. */
export async function runAudit(dir: string, options: AuditOptions = {}): Promise<AuditResult> {
  return (await auditApp(dir, options)).result;
}

export interface AuditedApp {
  root: string;
  config: Config;
  scan: AppScan;
  result: AuditResult;
}

/** The audit with what it read, for the migration planner. */
export async function auditApp(dir: string, options: AuditOptions = {}): Promise<AuditedApp> {
  const root = path.resolve(dir);
  assertAppRoot(root, dir);
  const config = loadConfig(root, options.config);
  const scan = await scanApp(root, config, { cache: options.cache, workers: options.workers, onProgress: options.onProgress });
  const linked = linkCallers(scan, (file, line) => isIgnoredCall(config, file, line));
  const reachedBy = (key: string) => linked.unresolvedCalls.flatMap(({ call, reaches }) => (reaches.has(key) ? [{ call, mention: reaches.get(key)! }] : []));

  const routes = scan.routes.flatMap((route) =>
    route.methods.map((method) => {
      const key = routeKey(route.file, method.method);
      return decideRoute(scan, config, route, method, (linked.routeCallers.get(key) ?? []).sort(byPosition), reachedBy(key));
    }),
  );
  const urlOf = new Map(scan.routes.map((r) => [r.file, r.url]));
  const actions = scan.files.flatMap((facts) =>
    facts.actions.map((action) => decideAction(config, facts.file, action, (linked.actionCallers.get(`${facts.file}#${action.name}`) ?? []).sort(byPosition))),
  );
  const middleware = scan.middleware.map((mw) => ({
    file: mw.file,
    matchers: mw.matchers?.map((m) => m.source) ?? null,
    covers: scan.routes.filter((r) => mw.unreadable || matcherCovers(mw.matchers, r.url, scan.basePath).covered).map((r) => r.url),
    weighing: weighMiddleware(mw).weighing,
  }));
  const errors = [...scan.errors];
  if (scan.basePathUnreadable) errors.push({ file: 'next.config', line: 1, column: 1, message: 'basePath is not a string literal; URLs are shown without it' });

  const result: AuditResult = {
    basePath: scan.basePath,
    routes: routes.sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method)),
    actions: actions.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    middleware,
    unresolvedCalls: linked.unresolvedCalls
      .map(({ call, reaches }) => ({
        ...call,
        reaches: [...reaches].map(([key, at]) => {
          const [file, method] = key.split('#') as [string, string];
          return { url: urlOf.get(file)!, method, file: at.file, line: at.line };
        }),
      }))
      .sort(byPosition),
    ignoredCalls: linked.ignoredCalls.sort(byPosition),
    notices: unmatchedConfig(config, scan.basePath, routes, actions),
    errors,
  };
  return { root, config, scan, result };
}
