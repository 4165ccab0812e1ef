/**
 * Points every planned caller in one file at its server action, and imports the actions.
 * jscodeshift entry: `npx jscodeshift -t transforms/callers-to-action.ts <files> --app=<app dir>`
 * computes the plan for the app when none is passed in.
 */
import { planned } from './lib/planned-file.ts';
import type { API, FileInfo, Options } from 'jscodeshift';
import type { File } from '@babel/types';
import { applyEdits, detectStyle, importStatement, lineRemoval, type TextEdit } from './lib/edits.ts';
import { parseModule } from '../src/scan/parse-source.ts';
import type { CallRewrite, RewriteFailure } from './lib/call-rewrite.ts';
import { rewriteFetchCalls } from './fetch-to-action.ts';
import { rewriteFormActions } from './form-to-action.ts';
import { AXIOS_HELPER, rewriteAxiosCalls } from './axios-to-action.ts';

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

/**
 * jscodeshift entry: `npx jscodeshift -t transforms/callers-to-action.ts --run-in-band <app dir>`.
 * Gives each caller file of a planned unit its new text, and writes the rest of the unit
 * (route file, action module) too, unless --dry: a unit lands whole or not at all.
 */
export default async function transformer(file: FileInfo, _api: API, options: Options): Promise<string | undefined> {
  return planned(file, options, (unit, relative) => unit.direction === 'to-action' && unit.route.file !== relative && unit.files.includes(relative));
}
