/**
 * Rewrites a file that imports the route's POST and calls it itself, as a unit test does:
 * `await POST(makeReq({ name }), { params: Promise.resolve({ id: 't1' }) })` becomes
 * `await createContact({ id: 't1' }, { name })`. The request's JSON body and the params
 * become the action's arguments, and the response is read as the action result, the way
 * fetch callers' responses are. Requests built by a local helper (`makeReq(body)`) are
 * followed into it; the helper and request variables left unused go.
 */
import type { File } from '@babel/types';
import { detectStyle, importStatement, lineRemoval, specifierRemoval, type TextEdit } from './edits.ts';
import { enclosingFunction, lineOf } from './route-handler.ts';
import { findPaths, programPath, type NodePath } from './node-path.ts';
import type { CallRewrite, RewriteOutcome } from './call-rewrite.ts';
import { memberPath, propertyKey, unwrap } from '../scan/ast.ts';
import { responseEdits } from './fetch-callers.ts';
import { dynamicRouteImports, type HandlerCall } from './dynamic-route-imports.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

const REQUEST_CLASSES = new Set(['Request', 'NextRequest']);
const REQUEST_SCOPE_UNMOCKED = 'the action reads headers() or cookies() from next/headers, which throw outside a request, and this file does not mock next/headers';

type Failure = { reason: string; line?: number };
const isFailure = (x: unknown): x is Failure => typeof x === 'object' && x !== null && 'reason' in x;

/** `new NextRequest(url, init)`: the body the route read, as code, or none. */
function bodyOfRequest(request: AnyNode, text: (node: AnyNode) => string): { body?: string } | Failure {
  const init = request.arguments[1];
  if (!init) return {};
  if (init.type !== 'ObjectExpression') return { reason: 'the request options are not an object literal' };
  for (const p of init.properties) {
    if (p.type !== 'ObjectProperty' || p.computed) return { reason: 'the request options have a spread or computed key' };
  }
  const headers = init.properties.find((p: AnyNode) => propertyKey(p) === 'headers')?.value;
  if (headers && (headers.type !== 'ObjectExpression' || headers.properties.some((h: AnyNode) => !/^(content-type|accept)$/i.test(propertyKey(h) ?? '')))) {
    return { reason: 'the request sends headers of its own, which an action call does not carry' };
  }
  const method = init.properties.find((p: AnyNode) => propertyKey(p) === 'method')?.value;
  if (method && !(method.type === 'StringLiteral' && method.value.toUpperCase() === 'POST')) return { reason: 'the request is not a POST written as such' };
  const body = init.properties.find((p: AnyNode) => propertyKey(p) === 'body')?.value;
  if (!body) return {};
  if (body.type === 'CallExpression' && memberPath(body.callee) === 'JSON.stringify' && body.arguments.length === 1) return { body: text(body.arguments[0]) };
  return { reason: 'the request body is not JSON.stringify(…)' };
}

/** A top-level `function makeReq(body) { return new NextRequest(…) }` or arrow of the same. */
function requestHelper(ast: File, name: string): AnyNode | undefined {
  for (const s of ast.program.body as AnyNode[]) {
    const fn = s.type === 'FunctionDeclaration' && s.id?.name === name ? s
      : s.type === 'VariableDeclaration' && s.declarations.length === 1 && s.declarations[0].id.name === name && /Function/.test(s.declarations[0].init?.type ?? '') ? s.declarations[0].init
      : undefined;
    if (!fn) continue;
    const written = fn.body.type === 'BlockStatement' ? (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : undefined) : fn.body;
    // `new Request(…) as unknown as NextRequest` is the same request.
    const returned = written && unwrap(written);
    return returned?.type === 'NewExpression' && REQUEST_CLASSES.has(returned.callee.name) ? { fn, statement: s, request: returned } : undefined;
  }
  return undefined;
}

/** `removable`: the statement that builds the request, and how many times its name appears where it is declared. */
type RequestRead = { body?: string; removable?: { statement: AnyNode; uses: number } };

/** The body a request argument carries: built inline, held in a variable, or made by a local helper. */
function requestBody(ast: File, source: string, written: AnyNode, call: NodePath): RequestRead | Failure {
  const text = (node: AnyNode) => source.slice(node.start, node.end);
  const arg = written && unwrap(written);
  if (arg?.type === 'NewExpression' && REQUEST_CLASSES.has(arg.callee.name)) return bodyOfRequest(arg, text);
  if (arg?.type === 'Identifier') {
    const scope = enclosingFunction(call) ?? ast.program;
    const declarations = findPaths({ node: scope, parent: null }, (n) => n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === arg.name);
    const init = declarations[0]?.node.init && unwrap(declarations[0].node.init);
    if (declarations.length !== 1 || init?.type !== 'NewExpression' || !REQUEST_CLASSES.has(init.callee.name)) return { reason: `the request ${arg.name} is not one new Request(…) in the same function` };
    const read = bodyOfRequest(init, text);
    const statement = declarations[0]!.parent!.node;
    const uses = findPaths({ node: scope, parent: null }, (n) => n.type === 'Identifier' && n.name === arg.name).length;
    // Used anywhere but here (`request.headers.set(…)`), the request carries more than its body.
    if (uses !== 2) return { reason: `the request ${arg.name} is used beyond this call` };
    return isFailure(read) ? read : { ...read, ...(statement.declarations.length === 1 ? { removable: { statement, uses } } : {}) };
  }
  if (arg?.type === 'CallExpression' && arg.callee.type === 'Identifier') {
    const helper = requestHelper(ast, arg.callee.name);
    if (!helper) return { reason: `${arg.callee.name}(…) is not a local function returning new Request(…)` };
    const params: AnyNode[] = helper.fn.params;
    const read = bodyOfRequest(helper.request, (node) => {
      // The helper's parameter stands for what the call passes, or its default.
      const at = params.findIndex((p) => (p.type === 'AssignmentPattern' ? p.left : p).name === node.name);
      if (node.type !== 'Identifier' || at < 0) return '\0';
      const given = arg.arguments[at];
      if (given) return given.type === 'SpreadElement' ? '\0' : text(given);
      return params[at].type === 'AssignmentPattern' ? text(params[at].right) : 'undefined';
    });
    if (isFailure(read)) return read;
    if (read.body?.includes('\0')) return { reason: `${arg.callee.name}(…) builds its body from more than its parameters` };
    const uses = findPaths(programPath(ast), (n) => n.type === 'Identifier' && n.name === arg.callee.name).length;
    return { ...read, removable: { statement: helper.statement, uses } };
  }
  return { reason: 'the request passed to the handler is not built in this file' };
}

/** `{ params: Promise.resolve({ id: 't1' }) }` or `{ params: { id: 't1' } }` → `{ id: 't1' }`; undefined for any other form. */
function paramsOf(ctx: AnyNode, source: string): string | undefined {
  const value = ctx?.type === 'ObjectExpression' ? ctx.properties.find((p: AnyNode) => propertyKey(p) === 'params')?.value : undefined;
  if (!value) return undefined;
  const inner = value.type === 'CallExpression' && memberPath(value.callee) === 'Promise.resolve' && value.arguments.length === 1 ? value.arguments[0] : value;
  // A name may hold a promise of the params, which the action would take as the params themselves.
  return inner.type === 'ObjectExpression' ? source.slice(inner.start, inner.end) : undefined;
}

/**
 * One `await POST(request, { params })` as a call of the action, with the edits to the code
 * that reads its response; or why it can't be.
 */
function rewriteCall(ast: File, source: string, rewrite: CallRewrite, { ref, callee }: HandlerCall): { edits: TextEdit[]; request: RequestRead } | Failure {
  const call = ref.parent!.node;
  const awaited = ref.parent!.parent?.node;
  const holder = ref.parent!.parent?.parent?.node;
  if (call.type !== 'CallExpression' || call.callee !== ref.node || awaited?.type !== 'AwaitExpression') return { reason: `${source.slice(ref.node.start, ref.node.end)} is used other than in \`await ${source.slice(ref.node.start, ref.node.end)}(…)\``, line: lineOf(ref.node) };
  const request = requestBody(ast, source, call.arguments[0], ref.parent!);
  if (isFailure(request)) return { reason: request.reason, line: lineOf(call) };
  const params = paramsOf(call.arguments[1], source);
  const wants = rewrite.inputs.find((i) => i === 'json' || i === 'form-data');
  if (rewrite.inputs.includes('query') || wants === 'form-data') return { reason: 'the route reads a query string or form data, which a handler call is not rewritten for', line: lineOf(call) };
  if (rewrite.inputs.includes('params') && !params) return { reason: 'the call passes no params written as an object', line: lineOf(call) };
  if (wants && request.body === undefined) return { reason: 'the request sends no body but the route reads one', line: lineOf(call) };
  const args = rewrite.inputs.map((input) => (input === 'params' ? params : request.body));
  const edits: TextEdit[] = [{ start: call.start, end: call.end, text: `${callee}(${args.join(', ')})` }];
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
    const reads = responseEdits(enclosingFunction(ref.parent!.parent!) ?? ast, holder.id.name, holder.id, rewrite.routeSetsStatusText);
    if (!reads.ok) return { reason: reads.reason, line: reads.line };
    edits.push(...reads.edits);
  } else if (holder?.type !== 'ExpressionStatement') {
    return { reason: 'the response is not stored in a variable', line: lineOf(call) };
  }
  return { edits, request };
}

/** Every call of the handler as an action call, with the request helpers and variables only they used removed. */
function rewriteCalls(ast: File, source: string, rewrite: CallRewrite, calls: HandlerCall[]): TextEdit[] | Failure {
  const edits: TextEdit[] = [];
  const removable = new Map<AnyNode, { uses: number; calls: number }>(); // statement → its name's uses, and the calls rewritten
  for (const call of calls) {
    const one = rewriteCall(ast, source, rewrite, call);
    if (isFailure(one)) return one;
    edits.push(...one.edits);
    if (one.request.removable) {
      const { statement, uses } = one.request.removable;
      removable.set(statement, { uses, calls: (removable.get(statement)?.calls ?? 0) + 1 });
    }
  }
  for (const [statement, { uses, calls: rewritten }] of removable) {
    if (uses === rewritten + 1) edits.push(lineRemoval(source, statement.start, statement.end));
  }
  return edits;
}

export function rewriteHandlerCalls(ast: File, source: string, rewrites: CallRewrite[]): RewriteOutcome {
  const edits: TextEdit[] = [];
  const failures: RewriteOutcome['failures'] = [];
  const style = detectStyle(source, ast.program);
  const failWith = (rewrite: CallRewrite) => (reason: string, line = rewrite.line) => failures.push({ rewrite, line, reason: `${reason}, so this file's calls of POST can't become action calls` });
  const mocksRequestScope = /\.mock\(\s*['"]next\/headers['"]/.test(source);
  // Where the file names the route module other than in a static import: `import()`, `typeof import()`, `vi.mock()`…
  const loaded: CallRewrite[] = [];
  for (const rewrite of rewrites) {
    const fail = failWith(rewrite);
    const declaration = (ast.program.body as AnyNode[]).find((s) => s.type === 'ImportDeclaration' && s.loc.start.line <= rewrite.line && rewrite.line <= s.loc.end.line);
    const specifier = declaration?.specifiers.find((s: AnyNode) => s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === 'POST');
    if (!specifier) {
      const reexport = (ast.program.body as AnyNode[]).some((s) => /^Export(Named|All)Declaration$/.test(s.type) && s.source && s.loc.start.line <= rewrite.line && rewrite.line <= s.loc.end.line);
      if (reexport) failures.push({ rewrite, line: rewrite.line, reason: 'it re-exports the route file (another route answers with the same handler), so the handler must stay where it is' });
      else if (declaration) fail('it imports the route module but not its POST by name');
      else loaded.push(rewrite);
      continue;
    }
    if (declaration.specifiers.length > 1 && !rewrite.routeKept) {
      fail('it imports more than POST from a route file that goes');
      continue;
    }
    if (rewrite.readsRequestScope && !mocksRequestScope) {
      fail(REQUEST_SCOPE_UNMOCKED);
      continue;
    }
    const local: string = specifier.local.name;
    const references = findPaths(programPath(ast), (n) => n.type === 'Identifier' && n.name === local && n !== specifier.local && n !== specifier.imported);
    const mine = rewriteCalls(ast, source, rewrite, references.map((ref) => ({ ref, callee: rewrite.localName })));
    if (isFailure(mine)) {
      fail(mine.reason, mine.line);
      continue;
    }
    // The import of POST becomes the import of the action, in place when POST was all it took.
    const name = rewrite.localName === rewrite.actionName ? rewrite.actionName : `${rewrite.actionName} as ${rewrite.localName}`;
    if (declaration.specifiers.length === 1) {
      const quote = source[declaration.source.start];
      mine.push({ start: specifier.start, end: specifier.end, text: name }, { start: declaration.source.start, end: declaration.source.end, text: `${quote}${rewrite.importFrom}${quote}` });
    } else {
      mine.push(specifierRemoval(declaration.specifiers, declaration.specifiers.indexOf(specifier)));
      mine.push({ start: declaration.end, end: declaration.end, text: `${style.eol}${importStatement([name], rewrite.importFrom, style)}` });
    }
    edits.push(...mine);
  }
  // One route at a time: a test may load several.
  for (const unit of new Set(loaded.map((r) => `${r.importFrom}#${r.actionName}`))) {
    const mine = loaded.filter((r) => `${r.importFrom}#${r.actionName}` === unit);
    const fail = failWith(mine[0]!);
    if (mine[0]!.readsRequestScope && !mocksRequestScope) {
      fail(REQUEST_SCOPE_UNMOCKED);
      continue;
    }
    const found = dynamicRouteImports(ast, source, mine);
    if (isFailure(found)) {
      fail(found.reason, found.line);
      continue;
    }
    const calls = rewriteCalls(ast, source, mine[0]!, found.calls);
    if (isFailure(calls)) fail(calls.reason, calls.line);
    else edits.push(...calls, ...found.edits);
  }
  return { edits, failures };
}
