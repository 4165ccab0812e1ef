import type { AppScan } from '../scan/scan-app.ts';
import type { FileFacts, HttpCall } from '../scan/file-facts.ts';
import { joinAxiosUrl } from '../scan/file-facts.ts';
import { isOutsideApp } from '../scan/discover.ts';
import { DYNAMIC, IMPORTED_PART, shapeUrl } from '../scan/url-expression.ts';
import { requestThrough } from '../scan/fetch-wrappers.ts';
import type { WrapperFact } from '../scan/facts.ts';
import type { Caller } from '../types.ts';
import { resolveModule } from './resolve-module.ts';
import { RouteIndex } from './match-url.ts';

/** A request whose URL can't be read, and the routes it could reach: those whose path appears in a string no recognised call uses. */
export interface UnreadableReach {
  call: Caller;
  /** Key: `${route file}#${METHOD}` → where the route's path appears. */
  reaches: Map<string, { file: string; line: number; text: string }>;
}

export interface LinkedCallers {
  /** Key: `${route file}#${METHOD}`. */
  routeCallers: Map<string, Caller[]>;
  /** Key: `${action file}#${name}`. */
  actionCallers: Map<string, Caller[]>;
  unresolvedCalls: UnreadableReach[];
  /** Unreadable requests the config marks as not ours (`ignoreCalls`). */
  ignoredCalls: Caller[];
}

export function routeKey(file: string, method: string): string {
  return `${file}#${method}`;
}

function hostOf(host: string): string {
  return host.replace(/:\d+$/, '');
}

/** The app module a name `facts` imports comes from, with the name that module exports it by. */
function importedBinding(facts: FileFacts, local: string, byFile: Map<string, FileFacts>, files: ReadonlySet<string>, scan: AppScan): { module: FileFacts; imported: string } | undefined {
  for (const imp of facts.imports) {
    const name = imp.names.find((n) => n.local === local);
    if (!name) continue;
    const target = resolveModule(facts.file, imp.source, files, scan.aliases);
    const module = target ? byFile.get(target) : undefined;
    return module ? { module, imported: name.imported } : undefined;
  }
  return undefined;
}

/** Follows an axios instance imported from another module to its baseURL. */
function axiosBaseOf(call: HttpCall, facts: FileFacts, byFile: Map<string, FileFacts>, scan: AppScan, files: ReadonlySet<string>): string | undefined {
  if (!call.axiosInstance) return '';
  const binding = importedBinding(facts, call.axiosInstance, byFile, files, scan);
  return binding && Object.hasOwn(binding.module.axiosExports, binding.imported) ? binding.module.axiosExports[binding.imported] : undefined;
}

function callerOf(facts: FileFacts, call: HttpCall, url: string | undefined, outside: boolean): Caller {
  return {
    file: facts.file,
    line: call.line,
    kind: call.kind,
    method: call.method,
    ...(url !== undefined ? { url } : {}),
    ...(call.via ? { via: call.via } : {}),
    ...(outside ? { outside: true } : {}),
    ...(call.passThrough ? { passThrough: call.passThrough } : {}),
  };
}

/**
 * Connects every HTTP call to the route it reaches and every use of an action to the action.
 * Calls to other hosts are dropped: they are not callers of ours.
 */
export function linkCallers(scan: AppScan, ignoreCall: (file: string, line: number) => boolean = () => false): LinkedCallers {
  const routeCallers = new Map<string, Caller[]>();
  const actionCallers = new Map<string, Caller[]>();
  /** Unreadable requests, each with the files of its own package: only strings there can feed it. */
  const unresolved: { call: Caller; pkg: readonly FileFacts[] }[] = [];
  const ignoredCalls: Caller[] = [];
  const files = new Set(scan.fileList);
  const byFile = new Map(scan.files.map((f) => [f.file, f]));
  const ownHosts = new Set(scan.ownHosts.map(hostOf));
  const targets = new RouteIndex(scan.routes.map((r) => ({ file: r.file, url: r.url })));
  const routeByFile = new Map(scan.routes.map((r) => [r.file, r]));
  const clientFiles = clientModules(scan, byFile, files);
  /** `file\0text` of every URL a recognised call used, and `file#name` of every URL constant one read. */
  const accounted = new Set<string>();
  const imported = (facts: FileFacts, text: string) => resolveImportedParts(text, facts, byFile, files, scan, accounted);

  const addRouteCaller = (facts: FileFacts, call: HttpCall, mayBeRelative: boolean, alwaysOutside: boolean, pkg: readonly FileFacts[]) => {
    let text = call.urlText === null ? null : imported(facts, call.urlText);
    if (text !== null && call.axiosInstance) {
      const base = axiosBaseOf(call, facts, byFile, scan, files);
      if (base === undefined) return;
      text = joinAxiosUrl(base, text);
    }
    let shape = text === null ? undefined : shapeUrl(text);
    // `${base}/${path}`: a URL whose first segment is itself unknown could be any request.
    if (shape && shape.origin !== 'absolute' && firstSegmentIsDynamic(shape.path)) shape = undefined;
    if (!shape) {
      if (call.method === 'GET' || call.axiosInstance) return;
      const caller = callerOf(facts, call, text ?? undefined, alwaysOutside);
      if (ignoreCall(facts.file, call.line)) ignoredCalls.push(caller);
      else unresolved.push({ call: caller, pkg });
      return;
    }
    // An API client call (`this.delete(path)`, which may be a Set's) is no sure request, so an unreadable call may still reach that path.
    if (call.kind !== 'client') {
      accounted.add(`${facts.file}\0${shape.written}`);
      if (call.urlText !== null) accounted.add(`${facts.file}\0${call.urlText}`);
    }
    if (shape.origin === 'absolute' && !ownHosts.has(hostOf(shape.host!))) return;
    if (shape.origin !== 'absolute' && !mayBeRelative) return;
    const outside = alwaysOutside || shape.origin === 'absolute' || isOutsideApp(facts.file) || (shape.origin === 'dynamic-origin' && isSelfCall(call, facts, clientFiles));
    let matches = targets.lookup(shape.path);
    // `${base}/api/x`: the unknown base may hold basePath. A plain '/api/x' does not get it: fetch never adds basePath.
    if (!matches.length && scan.basePath && shape.origin === 'dynamic-origin') matches = targets.lookup(scan.basePath + shape.path);
    // An API client's base URL is unknown: `this.post('/auth/login')` may go to `/api/auth/login`.
    if (!matches.length && call.kind === 'client' && !shape.path.startsWith('/api/')) matches = targets.lookup(`/api${shape.path}`);
    for (const { route, match } of matches) {
      const routeScan = routeByFile.get(route.file)!;
      for (const m of routeScan.methods) {
        if (call.method !== null && call.method !== m.method && !(call.method === 'GET' && m.method === 'HEAD')) continue;
        const caller = callerOf(facts, call, shape.written, outside);
        if (match === 'loose' || call.method === null || call.kind === 'client') caller.uncertain = true;
        if (match === 'loose') caller.picksRoute = true;
        const key = routeKey(route.file, m.method);
        routeCallers.set(key, [...(routeCallers.get(key) ?? []), caller]);
      }
    }
  };

  const wrapperCalls = (facts: FileFacts) => facts.invocations.flatMap((inv): HttpCall[] => {
    const found = wrapperFor(facts, inv.callee, byFile, files, scan);
    if (!found) return [];
    const { wrapper, file } = found;
    const request = requestThrough(wrapper, inv);
    const passThrough = wrapper.passThrough && { callee: inv.callee, file, line: wrapper.line, headers: wrapper.passThrough.headers };
    return [{ line: inv.line, kind: 'wrapper', method: request.method, urlText: request.urlText, ...(inv.via ? { via: inv.via } : {}), ...(passThrough ? { passThrough } : {}) }];
  });
  for (const facts of scan.files) for (const call of [...facts.calls, ...wrapperCalls(facts)]) addRouteCaller(facts, call, true, false, scan.files);
  for (const sibling of scan.siblings) {
    // A relative URL in another Next app means that app's own route, not ours.
    for (const facts of sibling.files) for (const call of facts.calls) addRouteCaller(facts, call, !sibling.isNextApp, true, sibling.files);
  }
  const byPackage = new Map<readonly FileFacts[], UnreadableReach['reaches']>();
  const unresolvedCalls = unresolved.map(({ call, pkg }) => {
    if (!byPackage.has(pkg)) byPackage.set(pkg, reachableByMention(pkg, targets, routeByFile, accounted, imported));
    return { call, reaches: new Map([...byPackage.get(pkg)!].filter(([key]) => call.method === null || key.endsWith(`#${call.method}`))) };
  });

  const actionsByFile = new Map(scan.files.filter((f) => f.actions.length).map((f) => [f.file, f]));
  /** Follows barrels (`export { x } from './actions'`) to the module that declares the action. */
  const resolveAction = (file: string, name: string, depth = 0): { file: string; name: string } | undefined => {
    const module = byFile.get(file);
    if (!module || depth > 5) return undefined;
    if (module.directive === 'use server' && module.actions.some((a) => a.name === name)) return { file, name };
    for (const re of module.imports.filter((i) => i.kind === 'reexport')) {
      const target = resolveModule(file, re.source, files, scan.aliases);
      if (!target) continue;
      const entry = re.names.find((n) => n.local === name);
      if (entry) return resolveAction(target, entry.imported, depth + 1);
      if (re.names.some((n) => n.imported === '*' && n.local === '*')) {
        const found = resolveAction(target, name, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  const addActionCaller = (file: string, name: string, caller: Caller) => {
    const key = `${file}#${name}`;
    actionCallers.set(key, [...(actionCallers.get(key) ?? []), caller]);
  };

  for (const facts of scan.files) {
    for (const imp of facts.imports) {
      if (imp.kind !== 'import') continue;
      const target = resolveModule(facts.file, imp.source, files, scan.aliases);
      if (!target || !byFile.has(target)) continue;
      for (const { imported, local } of imp.names) {
        const outside = isOutsideApp(facts.file);
        if (imported === '*') {
          const module = actionsByFile.get(target);
          for (const action of module?.directive === 'use server' ? module.actions : []) {
            const uses = facts.uses.filter((u) => u.name === `${local}.${action.name}`);
            for (const u of uses) addActionCaller(target, action.name, { file: facts.file, line: u.line, kind: u.kind, ...(outside ? { outside } : {}) });
          }
          continue;
        }
        const action = resolveAction(target, imported);
        if (!action) continue;
        const uses = facts.uses.filter((u) => u.name === local);
        if (!uses.length) addActionCaller(action.file, action.name, { file: facts.file, line: imp.line, kind: 'import', ...(outside ? { outside } : {}) });
        for (const u of uses) addActionCaller(action.file, action.name, { file: facts.file, line: u.line, kind: u.kind, ...(outside ? { outside } : {}) });
      }
    }
    for (const action of facts.actions.filter((a) => a.form === 'inline')) {
      for (const u of facts.uses.filter((use) => use.name === action.name)) {
        addActionCaller(facts.file, action.name, { file: facts.file, line: u.line, kind: u.kind });
      }
    }
  }
  return { routeCallers, actionCallers, unresolvedCalls, ignoredCalls };
}

function firstSegmentIsDynamic(path: string): boolean {
  return (path.split('/')[1] ?? '').includes(DYNAMIC);
}

/** Files that run in the browser: 'use client' modules and everything they import. */
function clientModules(scan: AppScan, byFile: Map<string, FileFacts>, files: ReadonlySet<string>): Set<string> {
  const client = new Set(scan.files.filter((f) => f.directive === 'use client').map((f) => f.file));
  const queue = [...client];
  while (queue.length) {
    const facts = byFile.get(queue.pop()!);
    for (const imp of facts?.imports ?? []) {
      const target = resolveModule(facts!.file, imp.source, files, scan.aliases);
      if (target && !client.has(target)) {
        client.add(target);
        queue.push(target);
      }
    }
  }
  return client;
}

/**
 * `${origin}/api/x` run on the server is a call to the app's own deployment over HTTP, made to
 * get a separate invocation: an outside caller. The browser's location is never that, and a
 * server-only variable always is. A NEXT_PUBLIC_ origin is one when the file never runs in the
 * browser; an origin of unknown source is one unless the file is a 'use client' module itself.
 */
function isSelfCall(call: HttpCall, facts: FileFacts, clientFiles: ReadonlySet<string>): boolean {
  if (call.origin === 'location') return false;
  if (call.origin === 'server-env') return true;
  if (call.origin === 'public-env') return !clientFiles.has(facts.file);
  return facts.directive !== 'use client';
}

/** Replaces each `{@name}` in a URL with the constant the module it is imported from exports, or `{}`. */
function resolveImportedParts(text: string, facts: FileFacts, byFile: Map<string, FileFacts>, files: ReadonlySet<string>, scan: AppScan, used: Set<string>): string {
  if (!text.includes('{@')) return text;
  return text.replace(IMPORTED_PART, (_, part: string) => {
    const dot = part.indexOf('.');
    const local = dot < 0 ? part : part.slice(0, dot);
    const member = dot < 0 ? '' : part.slice(dot);
    const binding = importedBinding(facts, local, byFile, files, scan);
    const key = binding && `${binding.imported}${member}`;
    if (binding && key && Object.hasOwn(binding.module.urlConstants, key)) {
      used.add(`${binding.module.file}#${key}`);
      return binding.module.urlConstants[key]!;
    }
    return DYNAMIC;
  });
}

/** The wrapper `callee` names in `facts`: one of its own functions, or one it imports. */
function wrapperFor(facts: FileFacts, callee: string, byFile: Map<string, FileFacts>, files: ReadonlySet<string>, scan: AppScan): { wrapper: WrapperFact; file: string } | undefined {
  const local = facts.wrappers.find((w) => w.name === callee);
  if (local) return { wrapper: local, file: facts.file };
  const binding = importedBinding(facts, callee, byFile, files, scan);
  const wrapper = binding?.module.wrappers.find((w) => w.exported.includes(binding.imported));
  return wrapper && { wrapper, file: binding!.module.file };
}

/**
 * The routes an unreadable request could reach: a route is reachable when its path appears as
 * a string somewhere that no recognised call uses, since that string may be what the request
 * is given at run time. A route whose path appears nowhere else is out of its reach.
 */
function reachableByMention(
  pkg: readonly FileFacts[],
  targets: RouteIndex<{ file: string; url: string }>,
  routeByFile: Map<string, AppScan['routes'][number]>,
  accounted: ReadonlySet<string>,
  imported: (facts: FileFacts, text: string) => string,
): UnreadableReach['reaches'] {
  const reaches: UnreadableReach['reaches'] = new Map();
  for (const facts of pkg) {
    for (const mention of facts.mentions) {
      const text = imported(facts, mention.text);
      if (!mention.varies && (accounted.has(`${facts.file}\0${text}`) || accounted.has(`${facts.file}\0${mention.text}`))) continue;
      if (mention.exportedAs && accounted.has(`${facts.file}#${mention.exportedAs}`)) continue;
      const shape = shapeUrl(text);
      // `/${slug}` could name any path: only a string with a fixed first segment points at routes,
      // and a loose match (`/api/${x}` for /api/config) only with two fixed segments before its first dynamic one.
      if (!shape || firstSegmentIsDynamic(shape.path)) continue;
      const fixed = shape.path.split('/').slice(1).findIndex((s) => s.includes(DYNAMIC));
      for (const { route, match } of targets.lookup(shape.path)) {
        if (match === 'loose' && fixed >= 0 && fixed < 2) continue;
        for (const m of routeByFile.get(route.file)!.methods) {
          const key = routeKey(route.file, m.method);
          if (!reaches.has(key)) reaches.set(key, { file: facts.file, line: mention.line, text });
        }
      }
    }
  }
  return reaches;
}
