import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AuditedApp } from '../audit.ts';
import { generateRoute, readActionSignature, replaceUpdateTag, uncheckedNotes } from '../rewrite/action-to-route.ts';
import { resolveModule } from '../analyze/resolve-module.ts';
import { detectStyle } from '../rewrite/edits.ts';
import { matchUrl } from '../analyze/match-url.ts';
import { parseSource } from '../scan/parse-source.ts';
import { APP_DIRS } from '../scan/route-url.ts';
import { importSpecifier } from './import-specifier.ts';
import type { FileChange, MigrationUnit } from './types.ts';

/**
 * Units that generate an API route for each action the audit decided `route`: the action
 * marked `@external`, named in the config, or showing signs of an outside caller.
 */
export function planToRoutes(audited: AuditedApp, read: (file: string) => string, selected: (url: string) => boolean): { units: MigrationUnit[]; changes: FileChange[] } {
  const { root, result, scan, config } = audited;
  const appDir = APP_DIRS.find((d) => existsSync(path.join(root, d))) ?? 'app';
  const units: MigrationUnit[] = [];
  const changes: FileChange[] = [];
  const generated = new Set<string>();
  const files = new Set(scan.fileList);

  const sameName = (name: string) => result.actions.filter((a) => a.decision === 'route' && a.name === name).length;
  for (const action of result.actions) {
    if (action.decision !== 'route' || !action.externalPath) continue;
    const url = result.basePath + action.externalPath;
    if (!selected(url)) continue;
    const routeFile = `${appDir}${action.externalPath === '/' ? '' : action.externalPath}/route.${/\.(ts|tsx)$/.test(action.file) ? 'ts' : 'js'}`;
    const unit: MigrationUnit = {
      id: `POST ${url} for ${sameName(action.name) > 1 ? `${action.file}#${action.name}` : action.name}`,
      direction: 'to-route',
      route: { file: routeFile, url, method: 'POST', line: 1 },
      action: { name: action.name, file: action.file },
      status: 'declined',
      problems: [],
      notes: [],
      callers: action.callers,
      files: [],
    };
    const decline = (file: string, line: number, reason: string) => {
      unit.problems.push({ file, line, reason });
      units.push(unit);
    };

    const serving = scan.routes.find((r) => matchUrl(url.replace(/\[[^\]]+\]/g, '{}'), r.url) === 'exact' || r.url === url);
    if (serving) {
      // Already generated (by an earlier run, or by hand): it imports the action it serves.
      const callsAction = scan.files.find((f) => f.file === serving.file)?.imports.some((i) => i.names.some((n) => n.imported === action.name));
      if (callsAction || read(serving.file).includes(action.name)) continue;
      decline(serving.file, 1, `${url} is already served by ${serving.file}; a second route is never generated`);
      continue;
    }
    if (generated.has(routeFile)) {
      decline(action.file, action.line, `another action named ${action.name} takes ${url} in this run; name one route in the config (\`actions\` with a \`path\`)`);
      continue;
    }
    if (existsSync(path.join(root, routeFile))) {
      decline(routeFile, 1, `${routeFile} exists already and is never overwritten`);
      continue;
    }
    if (action.form === 'inline') {
      decline(action.file, action.line, 'an inline action is not exported; move it into a \'use server\' module first');
      continue;
    }
    const source = read(action.file);
    const imported = (specifier: string) => {
      const target = resolveModule(action.file, specifier, files, scan.aliases);
      const parsed = target ? parseSource(target, read(target)) : undefined;
      return parsed && 'ast' in parsed ? parsed.ast.program : undefined;
    };
    const signature = readActionSignature(action.file, source, action.name, imported);
    if (!signature.ok) {
      decline(action.file, signature.line, signature.reason);
      continue;
    }
    const urlParams = [...action.externalPath.matchAll(/\[([^\].]+)\]/g)].map((m) => m[1]!);
    if (urlParams.length && signature.params[0]?.name !== 'params') {
      decline(action.file, signature.line, `${action.externalPath} has dynamic segments but the action's first parameter is not \`params\``);
      continue;
    }
    if (/\[\.\.\./.test(action.externalPath)) {
      decline(action.file, signature.line, 'catch-all segments in a generated route are not supported');
      continue;
    }

    const text = generateRoute({
      actionName: action.name,
      importFrom: importSpecifier(routeFile, action.file, scan.aliases),
      url,
      urlParams,
      params: signature.params,
      routeFile,
      ...(config.externalAuth ? { auth: config.externalAuth } : {}),
      style: detectStyle(source),
    });
    const unitChanges: FileChange[] = [{ file: routeFile, before: null, after: text, units: [unit.id] }];
    if (signature.updateTagCalls) {
      const edited = replaceUpdateTag(action.file, source, signature.start, signature.end);
      if (edited) {
        unitChanges.push({ file: action.file, before: source, after: edited, units: [unit.id] });
        unit.notes.push(`updateTag() throws outside actions, so ${action.name} now calls revalidateTag(tag, 'max'): the app's own callers see the update on a later request instead of at once`);
      }
    }
    const broken = unitChanges.map((c) => ({ c, parsed: parseSource(c.file, c.after!) })).find((x) => 'error' in x.parsed);
    if (broken && 'error' in broken.parsed) {
      decline(broken.c.file, broken.parsed.error.line, `the generated file would not parse: ${broken.parsed.error.message}`);
      continue;
    }
    if (config.externalAuth) {
      unit.notes.push(`checks the ${config.externalAuth.header} header against $${config.externalAuth.env} in constant time (401 otherwise)`);
    } else {
      unit.unauthenticated = true;
      unit.notes.push('UNAUTHENTICATED: no externalAuth in the config, so the route checks no credentials (the action was already a public endpoint)');
    }
    if (signature.readsCookies) {
      unit.notes.push(`${action.name} reads cookies(), for a session an outside caller will not have`);
    }
    unit.notes.push('answers 415 for a wrong content type, 400 for a malformed or missing body, 500 with a generic message for a thrown error');
    unit.notes.push(...uncheckedNotes(signature.params).map((n) => `not checked by the route: ${n}`));
    unit.status = 'planned';
    unit.files = unitChanges.map((c) => c.file);
    generated.add(routeFile);
    units.push(unit);
    changes.push(...unitChanges);
  }
  return { units, changes };
}
