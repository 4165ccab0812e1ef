import type { MigrationPlan } from '../plan/types.ts';
import type { ActionEntry, AuditResult, Reason, RouteEntry } from '../types.ts';
import { formatParseError } from './parse-error.ts';
import { typecheckLine } from './typecheck-line.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const MARK: Record<Reason['effect'], string> = { route: 'route ', action: 'action', neutral: '  ·   ' };

function reasonLines(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => `      ${MARK[r.effect]}  ${r.file}:${r.line}  ${r.message}  [${r.rule}]`);
}

function routeBlock(route: RouteEntry, plan?: MigrationPlan): string[] {
  const unit = route.decision === 'action' ? plan?.units.find((u) => u.direction === 'to-action' && u.route.file === route.file && u.route.method === route.method) : undefined;
  const blockers = unit?.status === 'declined' ? unit.problems : [];
  return [
    `  ${route.method} ${route.url}  (${route.file}:${route.line})${blockers.length ? `: action, not migrated automatically (${blockers.length} blocker${blockers.length === 1 ? '' : 's'})` : ''}`,
    ...reasonLines(route.reasons),
    ...blockers.map((p) => `      blocks  ${p.file}:${p.line}  ${p.reason}`),
  ];
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
export function renderText(result: AuditResult, label: string, plan?: MigrationPlan): string {
  const post = result.routes.filter((r) => r.method === 'POST');
  const toAction = post.filter((r) => r.decision === 'action');
  const keepRoute = post.filter((r) => r.decision === 'route');
  const otherMethods = result.routes.filter((r) => r.method !== 'POST');
  const actionsToRoute = result.actions.filter((a) => a.decision === 'route');
  const actionsStay = result.actions.filter((a) => a.decision === 'action');

  const lines = [
    `route-actions audit: ${label}${result.basePath ? ` (basePath ${result.basePath})` : ''}`,
    ...section(`POST handlers that should be Server Actions (${toAction.length}${plan ? `; \`migrate\` converts ${plan.units.filter((u) => u.direction === 'to-action' && u.status === 'planned').length}` : ''})`, toAction.flatMap((r) => routeBlock(r, plan))),
    ...section(`POST handlers that stay API routes (${keepRoute.length})`, keepRoute.flatMap((r) => routeBlock(r))),
    ...section(`Server actions that external callers need as API routes (${actionsToRoute.length})`, actionsToRoute.flatMap(actionBlock)),
    ...section(`Server actions that stay actions (${actionsStay.length})`, actionsStay.flatMap(actionBlock)),
    ...section(
      `Other handlers, kept as routes (${otherMethods.length})`,
      // Reads are routes by nature; a PUT, PATCH or DELETE shows what it rests on, as a POST does.
      otherMethods.flatMap((r) =>
        READS.has(r.method) ? [`  ${r.method} ${r.url}  (${r.file}:${r.line}), ${r.callers.length} caller${r.callers.length === 1 ? '' : 's'}`] : routeBlock(r),
      ),
    ),
    ...section(
      `Proxy / middleware (${result.middleware.length})`,
      result.middleware.map((m) => `  ${m.file}: matcher ${m.matchers ? m.matchers.join(', ') : '(none: every path)'}; covers ${m.covers.join(', ') || 'no route'}; ${m.weighing}`),
    ),
    ...section(
      `Requests whose URL could not be read (${result.unresolvedCalls.length}); each may reach the routes whose paths appear where no recognised call uses them`,
      result.unresolvedCalls.map(
        (c) =>
          `  ${c.file}:${c.line}  ${c.kind}${c.method ? ` ${c.method}` : ''}${c.url ? ` ${c.url}` : ''}: ` +
          (c.reaches.length ? `may reach ${c.reaches.map((r) => `${r.method} ${r.url} (path at ${r.file}:${r.line})`).join(', ')}` : 'reaches no route: no route path appears anywhere it could come from'),
      ),
    ),
    ...section(
      `Requests the config marks as not calls to this app (ignoreCalls) (${result.ignoredCalls.length})`,
      result.ignoredCalls.map((c) => `  ${c.file}:${c.line}  ${c.kind}${c.method ? ` ${c.method}` : ''}`),
    ),
    ...section(`Files that could not be parsed, left out (${result.errors.length})`, result.errors.map((e) => `  ${formatParseError(e)}`)),
    ...(plan?.typecheck ? ['', `Migration dry run: ${typecheckLine(plan.typecheck)}.`] : []),
    '',
    `Summary: ${toAction.length} POST handler${toAction.length === 1 ? '' : 's'} → action, ${keepRoute.length} stay route${keepRoute.length === 1 ? '' : 's'}; ` +
      `${actionsToRoute.length} action${actionsToRoute.length === 1 ? '' : 's'} → route, ${actionsStay.length} stay action${actionsStay.length === 1 ? '' : 's'}; ` +
      `${otherMethods.length} other handler${otherMethods.length === 1 ? '' : 's'}; ${result.errors.length} parse error${result.errors.length === 1 ? '' : 's'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The reason a decision rests on most: the first that pushes it its way, else the policy line. */
function mainReason(entry: RouteEntry | ActionEntry): Reason | undefined {
  return entry.reasons.find((r) => r.effect === entry.decision && r.rule !== 'internal-caller') ?? entry.reasons.find((r) => r.effect === entry.decision);
}

/** One line per POST handler and action: its decision and the reason it rests on most, with file:line. */
export function renderBrief(result: AuditResult, label: string): string {
  const line = (what: string, entry: RouteEntry | ActionEntry) => {
    const reason = mainReason(entry);
    return `  ${what.padEnd(36)} → ${entry.decision.padEnd(6)}  ${reason ? `${reason.message}  (${reason.file}:${reason.line})` : ''}`;
  };
  const lines = [
    `route-actions audit: ${label}`,
    ...result.routes.filter((r) => r.method === 'POST').map((r) => line(`POST ${r.url}`, r)),
    ...result.actions.map((a) => line(`action ${a.name}`, a)),
  ];
  return `${lines.join('\n')}\n`;
}
