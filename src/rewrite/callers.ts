/** Points every planned caller in one file at its server action, and imports the actions. */
import type { File } from '@babel/types';
import { applyEdits, detectStyle, importStatement, lineRemoval, type TextEdit } from './edits.ts';
import { parseModule } from '../scan/parse-source.ts';
import type { CallRewrite, RewriteFailure } from './call-rewrite.ts';
import { rewriteFetchCalls } from './fetch-callers.ts';
import { rewriteFormActions } from './form-callers.ts';
import { rewriteHandlerCalls } from './handler-callers.ts';
import { AXIOS_HELPER, rewriteAxiosCalls } from './axios-callers.ts';
import { STATUS_TEXT_HELPER } from './status-text.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export type CallersOutcome = { ok: true; source: string } | { ok: false; failures: RewriteFailure[] };

function importEdit(ast: File, source: string, rewrites: CallRewrite[], usesStatusText: boolean): TextEdit[] {
  const program: AnyNode = ast.program;
  const style = detectStyle(source, program);
  const bySource = new Map<string, Set<string>>();
  for (const r of rewrites) {
    const name = r.localName === r.actionName ? r.actionName : `${r.actionName} as ${r.localName}`;
    // A handler call's file imported POST: that import became the action's (handler-callers.ts).
    if (r.kind !== 'handler') bySource.set(r.importFrom, (bySource.get(r.importFrom) ?? new Set()).add(name));
    if (r.axiosHelperFrom) bySource.set(r.axiosHelperFrom, (bySource.get(r.axiosHelperFrom) ?? new Set()).add(AXIOS_HELPER));
    if (usesStatusText && r.statusTextFrom) bySource.set(r.statusTextFrom, (bySource.get(r.statusTextFrom) ?? new Set()).add(STATUS_TEXT_HELPER));
  }
  const lines = [...bySource].map(([from, names]) => importStatement([...names].sort(), from, style));
  if (!lines.length) return [];
  const imports = program.body.filter((s: AnyNode) => s.type === 'ImportDeclaration');
  const last = imports[imports.length - 1];
  const eol = style.eol;
  if (last) return [{ start: last.end, end: last.end, text: `${eol}${lines.join(eol)}` }];
  const directive = program.directives?.[program.directives.length - 1];
  if (directive) return [{ start: directive.end, end: directive.end, text: `${eol}${eol}${lines.join(eol)}` }];
  return [{ start: 0, end: 0, text: `${lines.join(eol)}${eol}${eol}` }];
}

export function rewriteCallers(file: string, source: string, rewrites: CallRewrite[]): CallersOutcome {
  const ast = parseModule(file, source);
  const fetches = rewriteFetchCalls(ast, source, rewrites.filter((r) => r.kind === 'fetch'));
  const forms = rewriteFormActions(ast, source, rewrites.filter((r) => r.kind === 'form'));
  const axios = rewriteAxiosCalls(ast, source, rewrites.filter((r) => r.kind === 'axios'));
  const handlers = rewriteHandlerCalls(ast, source, rewrites.filter((r) => r.kind === 'handler'));
  const failures = [...fetches.failures, ...forms.failures, ...axios.failures, ...handlers.failures];
  if (failures.length) return { ok: false, failures };
  const usesStatusText = [...fetches.edits, ...handlers.edits].some((e) => e.text.includes(`${STATUS_TEXT_HELPER}(`));
  if (usesStatusText && new RegExp(`\\b${STATUS_TEXT_HELPER}\\b`).test(source)) {
    return { ok: false, failures: rewrites.map((r) => ({ rewrite: r, line: r.line, reason: `the file already has a ${STATUS_TEXT_HELPER}, the name the helper for res.statusText takes` })) };
  }
  const edits = [...fetches.edits, ...forms.edits, ...axios.edits, ...handlers.edits, ...importEdit(ast, source, rewrites, usesStatusText)];
  const rewritten = applyEdits(source, edits);
  const replaced = new Set(rewrites.flatMap((r) => (r.kind === 'axios' ? ['axios'] : r.kind === 'handler' ? ['NextRequest'] : r.callee ? [r.callee] : [])));
  return { ok: true, source: replaced.size ? withoutUnusedImports(ast, source, rewritten, replaced) : rewritten };
}

/**
 * Once every axios call (or every call of a fetch wrapper) in a file is an action call, its
 * import has nothing left to do. The name is looked for as a word in the rest of the text, so
 * a mention in a comment or a string keeps the import: the safe side.
 */
function withoutUnusedImports(ast: File, original: string, text: string, replaced: ReadonlySet<string>): string {
  let rewritten = text;
  const imports = (ast.program.body as AnyNode[]).filter((s: AnyNode) => s.type === 'ImportDeclaration' && s.specifiers?.length === 1 && (s.source.value === 'axios' ? replaced.has('axios') : replaced.has(s.specifiers[0].local.name)));
  for (const statement of imports) {
    const name: string = statement.specifiers[0].local.name;
    const written = original.slice(statement.start, statement.end);
    const at = rewritten.indexOf(written);
    if (at < 0) continue;
    const rest = (rewritten.slice(0, at) + rewritten.slice(at + written.length)).replace(/^import .*$/gm, '');
    if (!new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\b`).test(rest)) rewritten = applyEdits(rewritten, [lineRemoval(rewritten, at, at + written.length)]);
  }
  return rewritten;
}
