import type { AppScan } from '../scan/scan-app.ts';
import type { FileFacts, HttpCall } from '../scan/file-facts.ts';
import { joinAxiosUrl } from '../scan/file-facts.ts';
import { isOutsideApp } from '../scan/discover.ts';
import { shapeUrl } from '../scan/url-expression.ts';
import type { Caller } from '../types.ts';
import { resolveModule } from './resolve-module.ts';
import { RouteIndex } from './match-url.ts';

export interface LinkedCallers {
  /** Key: `${route file}#${METHOD}`. */
  routeCallers: Map<string, Caller[]>;
  /** Key: `${action file}#${name}`. */
  actionCallers: Map<string, Caller[]>;
  unresolvedCalls: Caller[];
}

export function routeKey(file: string, method: string): string {
  return `${file}#${method}`;
}

function hostOf(host: string): string {
  return host.replace(/:\d+$/, '');
}

/** Follows an axios instance imported from another module to its baseURL. */
function axiosBaseOf(call: HttpCall, facts: FileFacts, byFile: Map<string, FileFacts>, scan: AppScan, files: ReadonlySet<string>): string | undefined {
  if (!call.axiosInstance) return '';
  for (const imp of facts.imports) {
    const name = imp.names.find((n) => n.local === call.axiosInstance);
    if (!name) continue;
    const target = resolveModule(facts.file, imp.source, files, scan.aliases);
    const module = target ? byFile.get(target) : undefined;
    if (module && Object.hasOwn(module.axiosExports, name.imported)) return module.axiosExports[name.imported];
  }
  return undefined;
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
  };
}

/**
 * Connects every HTTP call to the route it reaches and every use of an action to the action.
 * Calls to other hosts are dropped: they are not callers of ours.
 */
export function linkCallers(scan: AppScan): LinkedCallers {
  const routeCallers = new Map<string, Caller[]>();
  const actionCallers = new Map<string, Caller[]>();
  const unresolvedCalls: Caller[] = [];
  const files = new Set(scan.fileList);
  const byFile = new Map(scan.files.map((f) => [f.file, f]));
  const ownHosts = new Set(scan.ownHosts.map(hostOf));
  const targets = new RouteIndex(scan.routes.map((r) => ({ file: r.file, url: r.url })));
  const routeByFile = new Map(scan.routes.map((r) => [r.file, r]));

  const addRouteCaller = (facts: FileFacts, call: HttpCall, mayBeRelative: boolean, alwaysOutside: boolean) => {
    let text = call.urlText;
    if (text !== null && call.axiosInstance) {
      const base = axiosBaseOf(call, facts, byFile, scan, files);
      if (base === undefined) return;
      text = joinAxiosUrl(base, text);
    }
    const shape = text === null ? undefined : shapeUrl(text);
    if (!shape) {
      if (call.method !== 'GET' && !call.axiosInstance) unresolvedCalls.push(callerOf(facts, call, text ?? undefined, alwaysOutside));
      return;
    }
    if (shape.origin === 'absolute' && !ownHosts.has(hostOf(shape.host!))) return;
    if (shape.origin !== 'absolute' && !mayBeRelative) return;
    const outside = alwaysOutside || shape.origin === 'absolute' || isOutsideApp(facts.file);
    let matches = targets.lookup(shape.path);
    // `${base}/api/x`: the unknown base may hold basePath. A plain '/api/x' does not get it: fetch never adds basePath.
    if (!matches.length && scan.basePath && shape.origin === 'dynamic-origin') matches = targets.lookup(scan.basePath + shape.path);
    for (const { route, match } of matches) {
      const routeScan = routeByFile.get(route.file)!;
      for (const m of routeScan.methods) {
        if (call.method !== null && call.method !== m.method && !(call.method === 'GET' && m.method === 'HEAD')) continue;
        const caller = callerOf(facts, call, shape.written, outside);
        if (match === 'loose' || call.method === null) caller.uncertain = true;
        const key = routeKey(route.file, m.method);
        routeCallers.set(key, [...(routeCallers.get(key) ?? []), caller]);
      }
    }
  };

  for (const facts of scan.files) for (const call of facts.calls) addRouteCaller(facts, call, true, false);
  for (const sibling of scan.siblings) {
    // A relative URL in another Next app means that app's own route, not ours.
    for (const facts of sibling.files) for (const call of facts.calls) addRouteCaller(facts, call, !sibling.isNextApp, true);
  }

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
  return { routeCallers, actionCallers, unresolvedCalls };
}
