import { urlGlobMatches, type Config } from '../config.ts';
import type { ActionFact } from '../scan/file-facts.ts';
import type { AppScan, RouteFileScan } from '../scan/scan-app.ts';
import type { RouteMethodFacts } from '../scan/route-module.ts';
import { KEEP_ROUTE_SIGNALS, type Signal } from '../scan/signals.ts';
import { documentedAt } from '../scan/docs.ts';
import type { ActionEntry, Caller, Decision, Reason, RouteEntry } from '../types.ts';
import { matcherCovers, weighMiddleware } from './middleware-coverage.ts';
import { matchUrl } from './match-url.ts';

/** `[...nextauth]`, and callback paths identity providers send browsers to. A path that only contains `oauth` is not one. */
const AUTH_FRAMEWORK_PATH = /\/\[\.\.\.nextauth\]|\/callback(s)?(\/|$)/;

function decisionOf(reasons: readonly Reason[]): Decision {
  return reasons.some((r) => r.effect === 'route') ? 'route' : 'action';
}

function describeCallers(callers: readonly Caller[]): string {
  const counts = new Map<string, number>();
  for (const c of callers) {
    const label = c.via ?? (c.kind === 'form' || c.kind === 'form-action' ? 'form submission' : c.kind);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n} ${label}`).join(', ');
}

/** One reason per kind of signal, at its first line, with the other lines named: five text responses are one reason. */
function signalReasons(file: string, signals: readonly Signal[]): Reason[] {
  const byRule = new Map<string, { first: Signal; lines: number[]; details: string[] }>();
  for (const signal of signals) {
    const keep = KEEP_ROUTE_SIGNALS[signal.kind];
    if (!keep) continue;
    const seen = byRule.get(keep.rule);
    if (!seen) byRule.set(keep.rule, { first: signal, lines: [signal.line], details: [signal.detail] });
    else {
      if (!seen.lines.includes(signal.line)) seen.lines.push(signal.line);
      if (!seen.details.includes(signal.detail)) seen.details.push(signal.detail);
    }
  }
  return [...byRule].map(([rule, { first, lines, details }]) => ({
    file,
    line: first.line,
    rule,
    effect: 'route',
    message: `${KEEP_ROUTE_SIGNALS[first.kind]!.why}: ${details.join('; ')}${lines.length > 1 ? ` (lines ${lines.join(', ')})` : ''}`,
  }));
}

function callerReasons(callers: readonly Caller[]): Reason[] {
  return callers.map((c): Reason => {
    const what = `${c.kind}${c.method ? ` ${c.method}` : ''}${c.url ? ` ${c.url}` : ''}${c.via ? ` in a ${c.via}` : ''}`;
    if (c.outside) {
      return { rule: 'external-caller', file: c.file, line: c.line, effect: 'route', message: `called from outside the app (${what})` };
    }
    if (c.picksRoute) {
      return { rule: 'dynamic-caller', file: c.file, line: c.line, effect: 'route', message: `the app's ${what} picks among routes at run time, so it cannot become a call to one action` };
    }
    const how = c.kind === 'form' || c.kind === 'form-action' ? 'form submission from the app' : 'called by the app';
    return { rule: 'internal-caller', file: c.file, line: c.line, effect: 'action', message: `${how} (${what})${c.uncertain ? '; the URL or method only loosely matches' : ''}` };
  });
}

/** The decision for one exported method of a route file, with every reason it rests on. */
/** An unreadable request that could reach a route, and the string that makes it so. */
export interface ReachedBy {
  call: Caller;
  mention: { file: string; line: number; text: string };
}

export function decideRoute(scan: AppScan, config: Config, route: RouteFileScan, method: RouteMethodFacts, callers: Caller[], reachedBy: ReachedBy[] = []): RouteEntry {
  const reasons: Reason[] = [];
  const at = { file: route.file, line: method.line };

  const forced = Object.entries(config.routes).find(([glob]) => urlGlobMatches(glob, route.url, scan.basePath));
  if (forced && config.file) {
    const reason: Reason = { rule: 'config', file: config.file, line: config.lines[`routes:${forced[0]}`] ?? 1, effect: forced[1], message: `${config.file} forces "${forced[1]}" for ${forced[0]}` };
    return { ...at, url: route.url, method: method.method, decision: forced[1], reasons: [reason], callers };
  }

  if (method.method !== 'POST') {
    reasons.push({ ...at, rule: 'not-post', effect: 'route', message: `${method.method} handlers serve HTTP reads and verbs; only POST handlers become actions` });
  }
  if (method.reexport && !method.reexport.read) {
    reasons.push({ ...at, rule: 'unreadable-handler', effect: 'route', message: `the handler is re-exported from ${method.reexport.source}, which could not be read` });
  }
  if (method.library) {
    reasons.push({ ...at, rule: 'library-handler', effect: 'route', message: `the handler is ${method.library}, a library's own route handler: the library's clients (auth flows, uploads, jobs) call it` });
  }
  reasons.push(...signalReasons(route.file, method.signals));
  const options = scan.routes.find((r) => r.file === route.file)?.methods.find((m) => m.method === 'OPTIONS');
  if (options && method.method !== 'OPTIONS') {
    reasons.push({ file: route.file, line: options.line, rule: 'external-cors', effect: 'route', message: 'the route answers OPTIONS preflights, so pages on other origins call it' });
  }
  if (AUTH_FRAMEWORK_PATH.test(route.url)) {
    reasons.push({ ...at, rule: 'external-auth-framework', effect: 'route', message: 'an auth-framework or OAuth callback route: identity providers redirect browsers to it' });
  }
  for (const cors of scan.configCors) {
    const coverage = cors.source === null ? { covered: true } : matcherCovers([{ source: cors.source, conditional: false }], route.url, scan.basePath);
    if (!coverage.covered) continue;
    const by = cors.source === null ? 'a headers() entry whose source this tool cannot read (assumed to cover it)' : `headers() source ${cors.source}`;
    reasons.push({ file: cors.file, line: cors.line, rule: 'external-cors', effect: 'route', message: `${cors.file} sets CORS headers on ${route.url} by ${by}, so pages on other origins call it` });
  }
  const documented = documentedAt(route.url, method.method, scan.docs);
  if (documented) {
    reasons.push({ file: documented.file, line: documented.line, rule: 'external-documented', effect: 'route', message: `the docs document ${method.method} ${route.url} for other programs ("${documented.text}")` });
  }
  for (const cron of scan.crons) {
    if (matchUrl(cron.path, route.url) === 'exact') {
      reasons.push({ file: 'vercel.json', line: cron.line, rule: 'external-cron', effect: 'route', message: `vercel.json schedules a cron job on ${cron.path}` });
    }
  }
  for (const mw of scan.middleware) {
    const coverage = matcherCovers(mw.matchers, route.url, scan.basePath);
    if (!coverage.covered && !mw.unreadable) continue;
    const weight = weighMiddleware(mw);
    const by = mw.unreadable ? 'a matcher this tool cannot read (assumed to cover it)' : `matcher ${coverage.by}${coverage.conditional ? ' (with has/missing conditions, assumed to match)' : ''}`;
    reasons.push({ file: mw.file, line: mw.line, rule: weight.rule, effect: weight.effect, message: `${mw.file} covers ${route.url} by ${by}; weighed: ${weight.weighing}` });
  }

  reasons.push(...callerReasons(callers));
  if (reachedBy.length) {
    const [{ call, mention }] = reachedBy as [ReachedBy];
    const more = reachedBy.length > 1 ? ` (and ${reachedBy.length - 1} more such request${reachedBy.length > 2 ? 's' : ''}; the audit lists them all under unreadable requests)` : '';
    reasons.push({
      file: call.file,
      line: call.line,
      rule: 'unreadable-caller',
      effect: 'route',
      message: `a ${call.kind} request here has a URL this tool cannot read${more}, and ${route.url}'s path appears at ${mention.file}:${mention.line} (${mention.text}) where no recognised call uses it, so the request may be a call to it`,
    });
  }
  if (!callers.length && !reachedBy.length) {
    reasons.push({ ...at, rule: 'no-callers', effect: 'route', message: `no call in the repo reaches ${method.method} ${route.url}, so its callers are outside it` });
  }
  const decision = decisionOf(reasons);
  if (decision === 'action') {
    reasons.push({ ...at, rule: 'policy', effect: 'action', message: `every caller is the app's own UI (${describeCallers(callers)}) and the handler needs nothing only HTTP gives: a Server Action` });
  }
  return { ...at, url: route.url, method: method.method, decision, reasons, callers };
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();
}

/** Unit tests: they import an action to call it directly. */
const TEST_FILE = /(^|\/)__tests__\/|\.(test|spec)\.[cm]?[jt]sx?$/;

/** The decision for one server action: `route` when something outside the app needs it over HTTP. */
export function decideAction(config: Config, file: string, action: ActionFact, callers: Caller[]): ActionEntry {
  const reasons: Reason[] = [];
  const at = { file, line: action.line };
  const override = config.actions[`${file}#${action.name}`] ?? config.actions[action.name];
  let externalPath: string | undefined;
  if (override && config.file) {
    const key = config.actions[`${file}#${action.name}`] ? `${file}#${action.name}` : action.name;
    reasons.push({ file: config.file, line: config.lines[`actions:${key}`] ?? 1, rule: 'config', effect: override.decision, message: `${config.file} marks ${action.name} "${override.decision}"` });
    if (override.decision === 'route') externalPath = override.path ?? `/api/${kebab(action.name)}`;
    return { ...at, name: action.name, form: action.form, decision: override.decision, ...(externalPath ? { externalPath } : {}), reasons, callers };
  }
  if (action.external) {
    externalPath = action.external.path ?? `/api/${kebab(action.name)}`;
    reasons.push({ file, line: action.external.line, rule: 'external-tag', effect: 'route', message: `tagged @external: outside callers need it at ${externalPath}` });
  }
  reasons.push(...signalReasons(file, action.signals));
  for (const c of callers) {
    if (TEST_FILE.test(c.file)) reasons.push({ file: c.file, line: c.line, rule: 'test-import', effect: 'neutral', message: 'imported by a test, which calls the function in its own process, not over HTTP' });
    else if (c.outside) reasons.push({ file: c.file, line: c.line, rule: 'external-caller', effect: 'route', message: `imported outside the app (${c.kind}); only HTTP reaches it from there` });
    else reasons.push({ file: c.file, line: c.line, rule: 'internal-caller', effect: 'action', message: c.kind === 'form-action' ? 'used as a form action by the app' : c.kind === 'call' ? 'called by the app' : 'imported by the app' });
  }
  if (!callers.length) {
    reasons.push({ ...at, rule: 'no-callers', effect: 'neutral', message: 'nothing in the repo uses it; Next leaves unused actions out of the build, so no outside caller can reach it either' });
  }
  const decision = decisionOf(reasons);
  if (decision === 'route' && !externalPath) externalPath = `/api/${kebab(action.name)}`;
  return { ...at, name: action.name, form: action.form, decision, ...(externalPath ? { externalPath } : {}), reasons, callers };
}
