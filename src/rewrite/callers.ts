/** Points every planned caller in one file at its server action, and imports the actions. */
import type { File } from '@babel/types';
import { applyEdits, detectStyle, importStatement, lineRemoval, type TextEdit } from './edits.ts';
import { parseModule } from '../scan/parse-source.ts';
import type { CallRewrite, RewriteFailure } from './call-rewrite.ts';
import { rewriteFetchCalls } from './fetch-callers.ts';
import { rewriteFormActions } from './form-callers.ts';
import { AXIOS_HELPER, rewriteAxiosCalls } from './axios-callers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export type CallersOutcome = { ok: true; source: string } | { ok: false; failures: RewriteFailure[] };

function importEdit(ast: File, source: string, rewrites: CallRewrite[]): TextEdit {
  const program: AnyNode = ast.program;
  const style = detectStyle(source, program);
  const bySource = new Map<string, Set<string>>();
  for (const r of rewrites) {
    const name = r.localName === r.actionName ? r.actionName : `${r.actionName} as ${r.localName}`;
    bySource.set(r.importFrom, (bySource.get(r.importFrom) ?? new Set()).add(name));
    if (r.axiosHelperFrom) bySource.set(r.axiosHelperFrom, (bySource.get(r.axiosHelperFrom) ?? new Set()).add(AXIOS_HELPER));
  }
  const lines = [...bySource].map(([from, names]) => importStatement([...names].sort(), from, style));
  const imports = program.body.filter((s: AnyNode) => s.type === 'ImportDeclaration');
  const last = imports[imports.length - 1];
  const eol = style.eol;
  if (last) return { start: last.end, end: last.end, text: `${eol}${lines.join(eol)}` };
  const directive = program.directives?.[program.directives.length - 1];
  if (directive) return { start: directive.end, end: directive.end, text: `${eol}${eol}${lines.join(eol)}` };
  return { start: 0, end: 0, text: `${lines.join(eol)}${eol}${eol}` };
}

export function rewriteCallers(file: string, source: string, rewrites: CallRewrite[]): CallersOutcome {
  const ast = parseModule(file, source);
  const fetches = rewriteFetchCalls(ast, source, rewrites.filter((r) => r.kind === 'fetch'));
  const forms = rewriteFormActions(ast, source, rewrites.filter((r) => r.kind === 'form'));
  const axios = rewriteAxiosCalls(ast, source, rewrites.filter((r) => r.kind === 'axios'));
  const failures = [...fetches.failures, ...forms.failures, ...axios.failures];
  if (failures.length) return { ok: false, failures };
  const edits = [...fetches.edits, ...forms.edits, ...axios.edits, importEdit(ast, source, rewrites)];
  const rewritten = applyEdits(source, edits);
  return { ok: true, source: axios.edits.length ? withoutUnusedAxiosImport(ast, source, rewritten) : rewritten };
}

/**
 * Once every axios call in a file is an action call, its `import axios` has nothing left to
 * do. The name is looked for as a word in the rest of the text, so a mention in a comment or
 * a string keeps the import: the safe side.
 */
function withoutUnusedAxiosImport(ast: File, original: string, rewritten: string): string {
  const imports = (ast.program.body as AnyNode[]).filter((s: AnyNode) => s.type === 'ImportDeclaration' && s.source.value === 'axios' && s.specifiers?.length === 1);
  for (const statement of imports) {
    const name: string = statement.specifiers[0].local.name;
    const text = original.slice(statement.start, statement.end);
    const at = rewritten.indexOf(text);
    if (at < 0) continue;
    const rest = (rewritten.slice(0, at) + rewritten.slice(at + text.length)).replace(/^import .*$/gm, '');
    if (!new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\b`).test(rest)) return applyEdits(rewritten, [lineRemoval(rewritten, at, at + text.length)]);
  }
  return rewritten;
}
