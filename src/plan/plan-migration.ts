import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditApp, type AuditOptions, type AuditedApp } from '../audit.ts';
import { urlGlobMatches } from '../config.ts';
import { convertRoute } from '../rewrite/route-to-action.ts';
import { resolveModule } from '../analyze/resolve-module.ts';
import { namesIn } from '../rewrite/moved-code.ts';
import { concurrentStart } from '../rewrite/concurrent-calls.ts';
import { bodyLimitBytes } from '../rewrite/upload-limit.ts';
import type { RouteParam } from '../rewrite/converted-action.ts';
import { rewriteCallers, type CallersOutcome } from '../rewrite/callers.ts';
import type { CallRewrite } from '../rewrite/call-rewrite.ts';
import { AXIOS_HELPER, axiosHelperSource } from '../rewrite/axios-callers.ts';
import { STATUS_TEXT_HELPER, statusTextHelperSource } from '../rewrite/status-text.ts';
import { APP_DIRS } from '../scan/route-url.ts';
import type { Caller } from '../types.ts';
import type { ModuleEntry } from './action-module.ts';
import { composeChanges, type Candidate, type RewriteResult } from './compose-changes.ts';
import { brokenCallerProblems } from './broken-callers.ts';
import { moduleStems, resumedModule } from './resume.ts';
import { importSpecifier } from './import-specifier.ts';
import { actionNameFor, moduleGroupFor } from './naming.ts';
import { planToRoutes } from './plan-routes.ts';
import { proxyCoversPages, proxyGate } from './proxy-refusal.ts';
import { convertReexportedRoute } from '../rewrite/reexported-handler.ts';
import { headerReaders, wrapperHeaderProblems } from './wrapper-headers.ts';
import { routeImporters } from './route-importers.ts';
import { planTypecheck } from '../verify/plan-typecheck.ts';
import type { TypecheckOptions } from '../verify/typecheck.ts';
import type { MigrationPlan, MigrationUnit, UnitProblem } from './types.ts';

/** A handler that reads the session itself keeps its protection when it becomes an action. */
const SESSION_CHECK = /\bcookies\(\)|\bauth\(|getServerSession|getSession|currentUser|getUser\(|\brequire[A-Z]\w*\(|\bsession\b/i;

function paramsOf(url: string): RouteParam[] {
  return url.split('/').flatMap((segment): RouteParam[] => {
    const m = /^\[(\[)?(\.\.\.)?([^\]]+)\]\]?$/.exec(segment);
    if (!m) return [];
    return [{ name: m[3]!, kind: m[1] ? 'optional-catch-all' : m[2] ? 'catch-all' : 'dynamic' }];
  });
}

/** A transform that throws declines its unit with the error, instead of stopping the whole run. */
function guarded<T>(run: () => T): T | { ok: false; reason: string; line: number } {
  try {
    return run();
  } catch (err) {
    return { ok: false, reason: `internal error, so left alone: ${(err as Error).message}`, line: 1 };
  }
}

function callerProblem(caller: Caller): string | undefined {
  if (caller.outside) return 'it is called from outside the app';
  if (caller.method === null) return 'the call picks its method at run time, so it may not be a POST to this route';
  if (caller.kind === 'client') return `it goes through an API client (\`${caller.url ?? '?'}\` on an object that is not fetch or axios), whose base URL and handling this tool does not follow`;
  if (caller.uncertain) return `its URL or method (${caller.url ?? '?'}) only loosely matches this route`;
  if (caller.kind === 'wrapper' && !caller.passThrough) return 'calls through a fetch wrapper are not rewritten unless it only adds headers to fetch and returns its response';
  if (caller.kind !== 'wrapper' && caller.kind !== 'fetch' && caller.kind !== 'form' && caller.kind !== 'axios') return `${caller.kind} callers are not rewritten`;
  return undefined;
}

/**
 * The whole migration as plain data: which routes become actions, the new text of every
 * file it touches, and for each route it leaves alone, why. Nothing is written here.
 */
export interface PlanOptions extends AuditOptions, TypecheckOptions {
  /** `--to`: only this direction. */
  to?: 'actions' | 'routes';
  /** `--only`: only units whose URL matches this glob. */
  only?: string;
}

export interface PlannedMigration {
  plan: MigrationPlan;
  audited: AuditedApp;
  /**
   * Each new action module and the converted routes it holds, in order: the jscodeshift
   * transform builds a module from the routes converted so far. Not part of the plain-data plan.
   */
  actionModules: Map<string, ModuleEntry[]>;
}

export async function planMigration(dir: string, options: PlanOptions = {}): Promise<PlannedMigration> {
  const audited = await auditApp(dir, options);
  const selected = (url: string) => !options.only || urlGlobMatches(options.only, url, audited.result.basePath);
  const { root, scan, config, result } = audited;
  const sources = new Map<string, string>();
  const read = (file: string) => {
    if (!sources.has(file)) sources.set(file, readFileSync(path.join(root, file), 'utf8'));
    return sources.get(file)!;
  };
  const appDir = APP_DIRS.find((d) => existsSync(path.join(root, d))) ?? 'app';
  const actionsDir = config.actionsDir ?? `${appDir}/actions`;
  const moduleEntries = new Map<string, string[]>(); // module file → action names taken
  // Listed once: each unit looks for a module of its own among some 20 names.
  const inActionsDir = new Set<string>(existsSync(path.join(root, actionsDir)) ? readdirSync(path.join(root, actionsDir)) : []);
  // The same rewrite of the same file comes up twice, checked alone and then composed.
  const rewritten = new Map<string, RewriteResult>();
  const rewrite = (file: string, rewrites: CallRewrite[]) => {
    const key = `${file}\0${JSON.stringify(rewrites)}`;
    if (!rewritten.has(key)) rewritten.set(key, guarded<CallersOutcome>(() => rewriteCallers(file, read(file), rewrites)));
    return rewritten.get(key)!;
  };
  const moduleForGroup = new Map<string, string>();
  const listed = new Set(scan.fileList);
  const units: MigrationUnit[] = [];
  const candidates: Candidate[] = [];

  const typescript = existsSync(path.join(root, 'tsconfig.json'));
  const axiosHelperFile = `${actionsDir}/as-axios-response.${typescript ? 'ts' : 'js'}`;
  const statusTextFile = `${actionsDir}/status-text.${typescript ? 'ts' : 'js'}`;
  const gate = proxyGate(scan);
  const exemption = gate && 'exemption' in gate ? gate.exemption : undefined;
  const readerOf = headerReaders(scan.fileList, read, new Set(exemption ? [exemption.file] : []));
  const toConvert = result.routes.filter((r) => r.method === 'POST' && r.decision === 'action' && options.to !== 'routes' && selected(r.url));
  const importers = routeImporters(new Set(toConvert.map((r) => r.file)), scan.namingRouteModules, new Set(scan.fileList), read, scan.aliases);
  const limitBytes = scan.bodySizeLimit && bodyLimitBytes(scan.bodySizeLimit.value);
  const bodySizeLimit = scan.bodySizeLimit && limitBytes ? { bytes: limitBytes, written: `${scan.bodySizeLimit.value} (${scan.bodySizeLimit.file}:${scan.bodySizeLimit.line})` } : undefined;
  for (const route of toConvert) {
    const unit: MigrationUnit = {
      id: `POST ${route.url}`,
      direction: 'to-action',
      route: { file: route.file, url: route.url, method: route.method, line: route.line },
      status: 'declined',
      problems: [],
      notes: [],
      callers: route.callers,
      files: [],
    };
    units.push(unit);
    const problems: UnitProblem[] = [];
    for (const caller of route.callers) {
      const problem = callerProblem(caller);
      if (problem) problems.push({ file: caller.file, line: caller.line, reason: `caller not rewritten with certainty: ${problem}` });
    }
    if (gate && 'refusal' in gate) problems.push(gate.refusal);
    problems.push(...wrapperHeaderProblems(route.callers, readerOf));
    for (const form of exemption ? route.callers.filter((c) => c.kind === 'form') : []) {
      problems.push({ file: form.file, line: form.line, reason: `caller not rewritten with certainty: a form posted before the page hydrates carries no Next-Action header, so the proxy's check (${exemption!.file}:${exemption!.line}) would refuse it` });
    }
    problems.push(...brokenCallerProblems(route.url.slice(result.basePath.length) || '/', result.errors, read));
    // Every blocker is listed at once: a declined unit's report is the whole list, not the first of several runs.
    unit.problems = problems;

    const group = moduleGroupFor(route.url, result.basePath);
    const reexport = scan.routes.find((r) => r.file === route.file)?.methods.find((m) => m.method === 'POST')?.reexport;
    const handlerFile = reexport && resolveModule(route.file, reexport.source, listed, scan.aliases);
    const convert = (reservedNames: string[]) =>
      guarded(() => {
        const request = { file: route.file, source: read(route.file), method: 'POST', actionName: actionNameFor(route.url, result.basePath), reservedNames, params: paramsOf(route.url), ...(bodySizeLimit ? { bodySizeLimit } : {}) };
        return reexport && handlerFile ? convertReexportedRoute(request, { file: handlerFile, source: read(handlerFile), name: reexport.imported }) : convertRoute(request);
      });
    const resumed = resumedModule(actionsDir, group, read, convert, inActionsDir);
    let moduleFile = resumed?.moduleFile ?? moduleForGroup.get(group);
    if (!moduleFile) {
      const ext = /\.(ts|tsx)$/.test(route.file) ? 'ts' : 'js';
      const taken = (stem: string) => ['ts', 'tsx', 'js', 'jsx', 'mjs'].some((e) => inActionsDir.has(`${stem}.${e}`) || listed.has(`${actionsDir}/${stem}.${e}`));
      const stem = moduleStems(group).find((s) => !taken(s));
      if (!stem) {
        unit.problems.push({ file: route.file, line: route.line, reason: `every candidate file name for the action module in ${actionsDir} exists already` });
        continue;
      }
      moduleFile = `${actionsDir}/${stem}.${ext}`;
      moduleForGroup.set(group, moduleFile);
    }
    const takenNames = moduleEntries.get(moduleFile) ?? [];
    const conversion = resumed?.conversion ?? convert([...takenNames, 'RouteResult', 'routeResult']);
    if (!conversion.ok) {
      unit.problems.push({ file: route.file, line: conversion.line, reason: conversion.reason });
      continue;
    }
    const action = conversion.action;
    unit.notes.push(...action.notes, ...(exemption ? [exemption.note] : []));
    const sessionProxy = route.reasons.find((r) => r.rule === 'middleware-weighed');
    if (sessionProxy && !proxyCoversPages(scan, sessionProxy.file) && !SESSION_CHECK.test([action.functionText, ...action.declarations].join('\n'))) {
      unit.problems.push({ file: sessionProxy.file, line: sessionProxy.line, reason: 'the proxy checks the session for this route and the handler has no session check of its own; as an action, which POSTs to the page path, it would lose that check' });
    }
    const urlWithoutBase = route.url.slice(result.basePath.length) || '/';
    // Any identifier of that name in the caller (an import, a local, a destructured `mutate: name`) could shadow the action.
    const localNameIn = (file: string) => {
      const names = [action.name, `${action.name}Action`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${action.name}Action${i}`)];
      // The file is parsed for its identifiers only when the name stands in it as a word (a string may hold it too).
      const used = new RegExp(`(^|[^\\w$])${action.name.replace(/\$/g, '\\$')}(?![\\w$])`).test(read(file)) ? namesIn(file, read(file)) : new Set<string>();
      return names.find((n) => !used.has(n))!;
    };
    const rewriteIn = (file: string, line: number, kind: CallRewrite['kind']): CallRewrite => ({
      line,
      kind,
      routeUrl: urlWithoutBase,
      basePath: result.basePath,
      params: paramsOf(route.url),
      inputs: action.inputs,
      onlyRedirects: action.onlyRedirects,
      actionName: action.name,
      localName: localNameIn(file),
      importFrom: importSpecifier(file, moduleFile, scan.aliases),
      ...(action.setsStatusText ? { routeSetsStatusText: true } : {}),
      ...(kind === 'axios' ? { axiosHelperFrom: importSpecifier(file, axiosHelperFile, scan.aliases) } : { statusTextFrom: importSpecifier(file, statusTextFile, scan.aliases) }),
    });
    const rewrites = route.callers.filter((caller) => !callerProblem(caller)).map((caller) => {
      const kind = caller.kind === 'wrapper' ? 'fetch' : (caller.kind as CallRewrite['kind']);
      const rewrite: CallRewrite = {
        ...rewriteIn(caller.file, caller.line, kind),
        ...(caller.passThrough ? { callee: caller.passThrough.callee } : {}),
        ...(caller.url !== undefined ? { callerUrl: caller.url } : {}),
        ...(caller.via ? { via: caller.via } : {}),
      };
      return { file: caller.file, rewrite };
    });
    // A unit test that imports the route's POST calls the action instead.
    for (const importer of importers.get(route.file) ?? []) {
      rewrites.push({ file: importer.file, rewrite: { ...rewriteIn(importer.file, importer.line, 'handler'), moduleAt: importer.at, routeKept: conversion.routeSource !== null, ...(action.readsRequestScope ? { readsRequestScope: true } : {}) } });
    }
    for (const file of new Set(rewrites.map((r) => r.file))) {
      const outcome = rewrite(file, rewrites.filter((r) => r.file === file).map((r) => r.rewrite));
      if ('reason' in outcome) unit.problems.push({ file, line: 1, reason: outcome.reason });
      else if (!outcome.ok) for (const f of outcome.failures) unit.problems.push({ file, line: f.line, reason: `caller not rewritten with certainty: ${f.reason}` });
    }
    if (unit.problems.length) continue;
    for (const { file, rewrite: r } of rewrites) {
      const together = concurrentStart(file, read(file), r.line);
      if (together) unit.notes.push(`${file}:${r.line} starts this call alongside others (${together}); actions from one client run one at a time, so these calls will now run one after another`);
    }
    moduleEntries.set(moduleFile, [...takenNames, action.name, ...action.topLevelNames]);
    unit.action = { name: action.name, file: moduleFile };
    candidates.push({ unit, route, moduleFile, action, routeSource: conversion.routeSource, rewrites, resumed: !!resumed });
  }

  const typecheck = planTypecheck(root, options);
  const changes = composeChanges(candidates, read, rewrite, root, [
    { file: axiosHelperFile, source: axiosHelperSource(typescript), name: AXIOS_HELPER },
    { file: statusTextFile, source: statusTextHelperSource(typescript), name: STATUS_TEXT_HELPER },
  ], typecheck, exemption);
  for (const c of candidates) {
    c.unit.status = c.unit.problems.length ? 'declined' : 'planned';
    if (c.unit.status === 'declined') delete c.unit.action;
    c.unit.files = changes.filter((ch) => ch.units.includes(c.unit.id)).map((ch) => ch.file);
  }
  const toRoutes = options.to === 'actions' ? { units: [], changes: [] } : planToRoutes(audited, read, selected);
  const touched = new Set(changes.map((c) => c.file));
  for (const unit of toRoutes.units.filter((u) => u.status === 'planned')) {
    const clash = unit.files.find((f) => touched.has(f));
    if (clash) {
      unit.status = 'declined';
      unit.problems.push({ file: clash, line: 1, reason: `${clash} also changes in the migration to actions; run migrate again after it` });
    }
  }
  const routeChanges = toRoutes.changes.filter((c) => toRoutes.units.some((u) => u.status === 'planned' && c.units.includes(u.id)));
  const actionModules = new Map<string, ModuleEntry[]>();
  for (const c of candidates.filter((x) => x.unit.status === 'planned')) {
    actionModules.set(c.moduleFile, [...(actionModules.get(c.moduleFile) ?? []), { routeFile: c.route.file, action: c.action }]);
  }
  return {
    actionModules,
    plan: {
      version: 1,
      basePath: result.basePath,
      units: [...units, ...toRoutes.units],
      changes: [...changes.filter((ch) => ch.units.length), ...routeChanges].sort((a, b) => a.file.localeCompare(b.file)),
      typecheck: typecheck.summary(units),
    },
    audited,
  };
}
