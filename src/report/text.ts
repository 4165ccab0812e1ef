import type { ActionEntry, AuditResult, Reason, RouteEntry } from '../types.ts';
import { formatParseError } from './parse-error.ts';

const MARK: Record<Reason['effect'], string> = { route: 'route ', action: 'action', neutral: '  ·   ' };

function reasonLines(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => `      ${MARK[r.effect]}  ${r.file}:${r.line}  ${r.message}  [${r.rule}]`);
}

function routeBlock(route: RouteEntry): string[] {
  return [`  ${route.method} ${route.url}  (${route.file}:${route.line})`, ...reasonLines(route.reasons)];
}

function actionBlock(action: ActionEntry): string[] {
  const where = action.form === 'inline' ? 'inline action' : 'action';
  const path = action.externalPath ? `  → ${action.externalPath}` : '';
  return [`  ${action.name}  (${where}, ${action.file}:${action.line})${path}`, ...reasonLines(action.reasons)];
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, ...lines] : [];
}

/** The human report: grouped by decision, each entry with the evidence it rests on. */
export function renderText(result: AuditResult, label: string): string {
  const post = result.routes.filter((r) => r.method === 'POST');
  const toAction = post.filter((r) => r.decision === 'action');
  const keepRoute = post.filter((r) => r.decision === 'route');
  const otherMethods = result.routes.filter((r) => r.method !== 'POST');
  const actionsToRoute = result.actions.filter((a) => a.decision === 'route');
  const actionsStay = result.actions.filter((a) => a.decision === 'action');

  const lines = [
    `route-actions audit: ${label}${result.basePath ? ` (basePath ${result.basePath})` : ''}`,
    ...section(`POST handlers that should be Server Actions (${toAction.length})`, toAction.flatMap(routeBlock)),
    ...section(`POST handlers that stay API routes (${keepRoute.length})`, keepRoute.flatMap(routeBlock)),
    ...section(`Server actions that external callers need as API routes (${actionsToRoute.length})`, actionsToRoute.flatMap(actionBlock)),
    ...section(`Server actions that stay actions (${actionsStay.length})`, actionsStay.flatMap(actionBlock)),
    ...section(
      `Other handlers, kept as routes (${otherMethods.length})`,
      otherMethods.map((r) => `  ${r.method} ${r.url}  (${r.file}:${r.line}), ${r.callers.length} caller${r.callers.length === 1 ? '' : 's'}`),
    ),
    ...section(
      `Proxy / middleware (${result.middleware.length})`,
      result.middleware.map((m) => `  ${m.file}: matcher ${m.matchers ? m.matchers.join(', ') : '(none: every path)'}; covers ${m.covers.join(', ') || 'no route'}; ${m.weighing}`),
    ),
    ...section(
      `Requests whose URL could not be read, so they match no route (${result.unresolvedCalls.length})`,
      result.unresolvedCalls.map((c) => `  ${c.file}:${c.line}  ${c.kind}${c.method ? ` ${c.method}` : ''}${c.url ? ` ${c.url}` : ''}`),
    ),
    ...section(`Files that could not be parsed, left out (${result.errors.length})`, result.errors.map((e) => `  ${formatParseError(e)}`)),
    '',
    `Summary: ${toAction.length} POST handler${toAction.length === 1 ? '' : 's'} → action, ${keepRoute.length} stay route${keepRoute.length === 1 ? '' : 's'}; ` +
      `${actionsToRoute.length} action${actionsToRoute.length === 1 ? '' : 's'} → route, ${actionsStay.length} stay action${actionsStay.length === 1 ? '' : 's'}; ` +
      `${otherMethods.length} other handler${otherMethods.length === 1 ? '' : 's'}; ${result.errors.length} parse error${result.errors.length === 1 ? '' : 's'}`,
  ];
  return `${lines.join('\n')}\n`;
}
