/**
 * A route file that re-exports another module's handler (`export { POST } from
 * '@/app/api/crm/targets/enrich-bulk/route'`) converts from that module's code: the action is
 * made from a copy of the handler, the other module stays as it is for its own callers, and
 * the re-export goes from this file (the file too, when nothing but segment config is left).
 */
import { isTypeScript, parseModule } from '../scan/parse-source.ts';
import { applyEdits, lineRemoval, specifierRemoval } from './edits.ts';
import { isSegmentConfig, segmentConfig } from './moved-code.ts';
import { convertRoute } from './route-to-action.ts';
import type { RouteConversion, RouteConversionRequest } from './converted-action.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/** The route file without its re-export of `method`, or why it can't lose it. */
function withoutReexport(file: string, source: string, method: string): { ok: true; after: string | null; notes: string[] } | { ok: false; reason: string; line: number } {
  const ast = parseModule(file, source);
  const body = ast.program.body as AnyNode[];
  const statement = body.find((s) => s.type === 'ExportNamedDeclaration' && s.source && s.specifiers.some((x: AnyNode) => x.exported?.name === method));
  const config = segmentConfig(body, source);
  if ('reason' in config) return { ok: false, ...config };
  if (statement.specifiers.length > 1) {
    const at = statement.specifiers.findIndex((x: AnyNode) => x.exported?.name === method);
    return { ok: true, after: applyEdits(source, [specifierRemoval(statement.specifiers, at)]), notes: [] };
  }
  // Nothing but segment config left: the file goes, and the report says what of it does not carry over.
  if (body.every((s) => s === statement || (s.type === 'ExportNamedDeclaration' && isSegmentConfig(s)))) return { ok: true, after: null, notes: config.notes };
  return { ok: true, after: applyEdits(source, [lineRemoval(source, statement.start, statement.end)]), notes: [] };
}

/** Converts the handler `handler.file` exports as `handler.name`, for the route file that re-exports it. */
export function convertReexportedRoute(request: RouteConversionRequest, handler: { file: string; source: string; name: string }): RouteConversion {
  if (isTypeScript(handler.file) !== isTypeScript(request.file)) return { ok: false, reason: `${request.method} is re-exported from ${handler.file}, written in the other language`, line: 1 };
  const copied = convertRoute({ ...request, file: handler.file, source: handler.source, method: handler.name });
  if (!copied.ok) return { ...copied, reason: `${request.method} is re-exported from ${handler.file}: ${copied.reason}` };
  const left = withoutReexport(request.file, request.source, request.method);
  if (!left.ok) return left;
  const notes = [`the handler's code is copied from ${handler.file}`, ...left.notes];
  return { ok: true, routeSource: left.after, action: { ...copied.action, copiedFrom: handler.file, notes: [...copied.action.notes, ...notes] } };
}
