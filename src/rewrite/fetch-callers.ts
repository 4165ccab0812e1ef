/**
 * Rewrites `fetch` calls to a migrated route into calls of its server action, together
 * with the code that reads the response: `res.ok` and `res.status` keep working because
 * the action returns `{ ok, status, data }`, `await res.json()` becomes `res.data`,
 * `await res.text()` the text of it, and `res.statusText` the phrase for the status. Any
 * other use of the response (headers, passing it on) declines the rewrite.
 */
import type { File } from '@babel/types';
import type { TextEdit } from './edits.ts';
import { paramsArgument } from './call-arguments.ts';
import { declaresAgain, enclosingFunction, lineOf } from './route-handler.ts';
import { findPaths, pathOf, statementsAt, type NodePath } from './node-path.ts';
import type { CallRewrite, RewriteOutcome } from './call-rewrite.ts';
import { memberPath, propertyKey } from '../scan/ast.ts';
import { rewriteMutationResponse } from './query-mutations.ts';
import { rewriteToastPromise } from './toast-promises.ts';
import { STATUS_TEXT_HELPER } from './status-text.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

const FETCH = new Set(['fetch', 'window.fetch', 'globalThis.fetch', 'self.fetch']);
const HARMLESS_INIT_KEYS = new Set(['method', 'body', 'headers', 'credentials', 'cache', 'mode', 'keepalive', 'next', 'redirect']);

const calleeText = (node: AnyNode): string => memberPath(node) ?? '';

/** What the action gets as its body argument, read from the fetch init. */
function bodyArgument(init: AnyNode, rewrite: CallRewrite, source: string): { ok: true; text?: string } | { ok: false; reason: string } {
  const wants = rewrite.inputs.find((i) => i === 'json' || i === 'form-data');
  const props: AnyNode[] = init?.type === 'ObjectExpression' ? init.properties : [];
  if (init && init.type !== 'ObjectExpression') return { ok: false, reason: 'the request options are not an object literal' };
  for (const p of props) {
    if (p.type !== 'ObjectProperty' || p.computed) return { ok: false, reason: 'the request options have a spread or computed key' };
    if (!HARMLESS_INIT_KEYS.has(propertyKey(p) ?? '')) return { ok: false, reason: `the request sets \`${propertyKey(p)}\`, which an action call has no equivalent for` };
  }
  const headers = props.find((p) => propertyKey(p) === 'headers')?.value;
  if (headers && headers.type !== 'ObjectExpression') return { ok: false, reason: 'the request headers are not an object literal' };
  for (const h of headers?.properties ?? []) {
    const name = propertyKey(h);
    if (h.type !== 'ObjectProperty' || !name) return { ok: false, reason: 'the request headers have a spread or computed key' };
    if (!/^(content-type|accept)$/i.test(name)) return { ok: false, reason: `the request sends the ${name} header, which an action call cannot send` };
  }
  const body = props.find((p) => propertyKey(p) === 'body')?.value;
  if (!body) return wants ? { ok: false, reason: 'the request sends no body but the route reads one' } : { ok: true };
  if (!wants) return { ok: true }; // the route never read the body: nothing to pass
  if (body.type === 'CallExpression' && calleeText(body.callee) === 'JSON.stringify' && body.arguments.length === 1) {
    return wants === 'json' ? { ok: true, text: source.slice(body.arguments[0].start, body.arguments[0].end) } : { ok: false, reason: 'the request sends JSON but the route reads form data' };
  }
  if (wants === 'form-data' && ((body.type === 'NewExpression' && calleeText(body.callee) === 'FormData') || body.type === 'Identifier')) {
    return { ok: true, text: source.slice(body.start, body.end) };
  }
  return { ok: false, reason: 'the request body is not JSON.stringify(…) or FormData the way the route reads it' };
}

/**
 * A URL written as a name (`API_ROUTE_X`, `ROUTES.notes`) stands for the text the audit read
 * for it only when that name is declared or imported here and nothing in the file assigns to
 * it or to its members: a `let url` set in a branch may hold another route's path.
 */
function neverReassigned(ast: File, urlNode: AnyNode): boolean {
  let base = urlNode;
  while (base?.type === 'MemberExpression' && !base.computed) base = base.object;
  if (base?.type !== 'Identifier') return false;
  const name = base.name;
  const named = (n: AnyNode) => n?.type === 'Identifier' && n.name === name;
  const rootOf = (n: AnyNode): AnyNode => (n?.type === 'MemberExpression' ? rootOf(n.object) : n);
  const file = pathOf(ast);
  if (findPaths(file, (n) => (n.type === 'AssignmentExpression' && named(rootOf(n.left))) || (n.type === 'UpdateExpression' && named(rootOf(n.argument)))).length) return false;
  const declared = findPaths(file, (n) => (n.type === 'VariableDeclarator' && named(n.id)) || ((n.type === 'ImportSpecifier' || n.type === 'ImportDefaultSpecifier' || n.type === 'ImportNamespaceSpecifier') && named(n.local)));
  return declared.length > 0;
}

/** Every read of the response must be `.ok`, `.status` or `.json()`. */
export function responseEdits(scope: AnyNode, name: string, declaredAt: AnyNode, routeSetsStatusText = false): { ok: true; edits: TextEdit[] } | { ok: false; reason: string; line: number } {
  const edits: TextEdit[] = [];
  let failure: { reason: string; line: number } | undefined;
  findPaths(pathOf(scope), (n) => n.type === 'Identifier' && n.name === name)
    .forEach((p: AnyNode) => {
      if (failure || p.node === declaredAt) return;
      const parent = p.parent.node;
      if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === p.node && !parent.computed) return;
      if ((parent.type === 'ObjectProperty') && parent.key === p.node && !parent.shorthand) return;
      if (declaresAgain(p, scope, name, declaredAt)) return; // another binding of the same name
      const prop = parent.type === 'MemberExpression' && parent.object === p.node && !parent.computed ? parent.property.name : undefined;
      if (prop === 'ok' || prop === 'status') return;
      if (prop === 'statusText') {
        if (routeSetsStatusText) failure = { reason: `the response's statusText is read, and the route sets a statusText of its own, which an action result does not carry`, line: lineOf(p.node) };
        else edits.push({ start: parent.start, end: parent.end, text: `${STATUS_TEXT_HELPER}(${name}.status)` });
        return;
      }
      const call = p.parent.parent?.node;
      if ((prop === 'json' || prop === 'text') && call?.type === 'CallExpression' && call.callee === parent && call.arguments.length === 0) {
        // A JSON body was parsed into `data`; `text()` of it is that JSON again.
        const value = prop === 'json' ? `${name}.data` : `(typeof ${name}.data === 'string' ? ${name}.data : JSON.stringify(${name}.data))`;
        const outer = p.parent.parent.parent?.node;
        if (outer?.type === 'AwaitExpression') {
          const holder = p.parent.parent.parent.parent?.node;
          const standsAlone = (holder?.type === 'CallExpression' && holder.arguments.includes(outer)) || (holder?.type === 'VariableDeclarator' && holder.init === outer);
          edits.push({ start: outer.start, end: outer.end, text: standsAlone && value.startsWith('(') ? value.slice(1, -1) : value });
          return;
        }
        // Returned from an async function or a .then callback, a value and a promise of it are the same.
        const returned = outer?.type === 'ReturnStatement' || (outer?.type === 'ArrowFunctionExpression' && outer.body === call);
        edits.push({ start: call.start, end: call.end, text: returned ? value : `Promise.resolve(${value})` });
        return;
      }
      // Logged, the result shows the same status and body the response did.
      if (parent.type === 'CallExpression' && parent.arguments.includes(p.node) && /^console\.\w+$/.test(calleeText(parent.callee))) return;
      failure = { reason: `the response is used as \`${prop ? `${name}.${prop}` : name}\`, which an action result does not have`, line: lineOf(p.node) };
    });
  return failure ? { ok: false, ...failure } : { ok: true, edits };
}

/** An SWR mutation whose fetcher takes the URL from the key: `useSWRMutation('/api/x', (url, { arg }) => fetch(url, …))`. */
function swrFetches(ast: File, line: number): { key: AnyNode; fetches: NodePath[] } | string | undefined {
  const file = pathOf(ast);
  const hook = findPaths(file, (n) => n.type === 'CallExpression' && lineOf(n) === line && /(^|\.)useSWRMutation$/.test(calleeText(n.callee)))[0];
  if (!hook) return undefined;
  const [keyArg, fetcherArg] = hook.node.arguments;
  const key = keyArg?.type === 'ArrayExpression' ? keyArg.elements[0] : keyArg;
  let fetcher = fetcherArg;
  if (fetcherArg?.type === 'Identifier') {
    const named = (n: AnyNode) => n?.type === 'Identifier' && n.name === fetcherArg.name;
    const uses = findPaths(file, named).length;
    if (uses > 2) return 'the SWR fetcher is shared with other keys';
    fetcher = findPaths(file, (n) => n.type === 'FunctionDeclaration' && named(n.id))[0]?.node
      ?? findPaths(file, (n) => n.type === 'VariableDeclarator' && named(n.id))[0]?.node.init;
  }
  if (!fetcher || !/Function/.test(fetcher.type)) return 'the SWR fetcher is not a function in this file';
  const param = fetcher.params[0];
  const name = param?.type === 'Identifier' ? param.name : param?.type === 'ArrayPattern' && param.elements[0]?.type === 'Identifier' ? param.elements[0].name : undefined;
  if (!name) return 'the SWR fetcher does not take the key as its first parameter';
  const fetches = findPaths(file, (n) => n.type === 'CallExpression' && n.start >= fetcher.start && n.end <= fetcher.end && FETCH.has(calleeText(n.callee)) && n.arguments[0]?.type === 'Identifier' && n.arguments[0].name === name);
  return fetches.length === 1 ? { key, fetches } : 'the SWR fetcher does not make exactly one fetch with the key';
}

export function rewriteFetchCalls(ast: File, source: string, rewrites: CallRewrite[]): RewriteOutcome {
  const edits: TextEdit[] = [];
  const failures: RewriteOutcome['failures'] = [];
  const done = new Set<CallRewrite>();

  const rewriteOne = (p: AnyNode, rewrite: CallRewrite, urlNode: AnyNode) => {
    const call = p.node;
    done.add(rewrite);
    const fail = (reason: string, line = lineOf(call)) => {
      failures.push({ rewrite, line, reason });
    };
    const init = call.arguments[1];
    const params = paramsArgument(urlNode, rewrite.routeUrl, rewrite.params, rewrite.basePath, source, neverReassigned(ast, urlNode) ? rewrite.callerUrl : undefined);
    if (!params.ok) return fail(params.reason);
    const body = bodyArgument(init, rewrite, source);
    if (!body.ok) return fail(body.reason);
    const args = rewrite.inputs.map((input) => (input === 'params' ? params.text : input === 'query' ? params.query : body.text)).filter((a): a is string => a !== undefined);
    const callText = `${rewrite.localName}(${args.join(', ')})`;

    // How the response is read decides whether the call can change.
    const reads = (scope: AnyNode, name: string, at: AnyNode) => responseEdits(scope, name, at, rewrite.routeSetsStatusText);
    const mutation = rewriteMutationResponse(p, reads) ?? rewriteToastPromise(p, reads);
    if (mutation && !mutation.ok) return fail(mutation.reason, mutation.line);
    if (mutation?.ok) {
      edits.push({ start: call.start, end: call.end, text: callText }, ...mutation.edits);
      return;
    }
    const parent = p.parent.node;
    if (parent.type === 'AwaitExpression') {
      const holder = p.parent.parent.node;
      if (holder.type === 'ExpressionStatement') {
        edits.push({ start: call.start, end: call.end, text: callText });
        return;
      }
      if (holder.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
        const scope = enclosingFunction(p.parent.parent) ?? ast;
        const read = reads(scope, holder.id.name, holder.id);
        if (!read.ok) return fail(read.reason, read.line);
        edits.push({ start: call.start, end: call.end, text: callText }, ...read.edits);
        return;
      }
      return fail('the awaited response is not stored in a variable');
    }
    if (parent.type === 'MemberExpression' && parent.property.name === 'then' && p.parent.parent.node.type === 'CallExpression') {
      const callback = p.parent.parent.node.arguments[0];
      const param = callback?.params?.[0];
      if (!(callback?.type === 'ArrowFunctionExpression' || callback?.type === 'FunctionExpression') || param?.type !== 'Identifier') {
        return fail('the response goes to a .then callback this migration cannot follow');
      }
      const read = reads(callback, param.name, param);
      if (!read.ok) return fail(read.reason, read.line);
      edits.push({ start: call.start, end: call.end, text: callText }, ...read.edits);
      return;
    }
    return fail('the response object is passed on, so its readers cannot all be rewritten');
  };

  const callsFetch = (r: CallRewrite, callee: string) => (r.callee ? r.callee === callee : FETCH.has(callee));
  const callees = new Set(rewrites.flatMap((r) => (r.callee ? [r.callee] : [...FETCH])));
  findPaths(statementsAt(ast, rewrites.map((r) => r.line)), (n) => n.type === 'CallExpression' && callees.has(calleeText(n.callee))).forEach((p) => {
    const rewrite = rewrites.find((r) => r.line === lineOf(p.node) && !done.has(r) && r.via !== 'swr-mutation' && callsFetch(r, calleeText(p.node.callee)));
    if (rewrite) rewriteOne(p, rewrite, p.node.arguments[0]);
  });
  for (const rewrite of rewrites.filter((r) => r.via === 'swr-mutation' && !done.has(r))) {
    const swr = swrFetches(ast, rewrite.line);
    if (typeof swr === 'string') {
      done.add(rewrite);
      failures.push({ rewrite, line: rewrite.line, reason: swr });
    } else if (swr) {
      rewriteOne(swr.fetches[0], rewrite, swr.key);
    } else {
      const inline = findPaths(pathOf(ast), (n) => n.type === 'CallExpression' && FETCH.has(calleeText(n.callee)) && lineOf(n) === rewrite.line)[0];
      if (inline) rewriteOne(inline, rewrite, inline.node.arguments[0]);
    }
  }
  for (const r of rewrites) if (!done.has(r)) failures.push({ rewrite: r, line: r.line, reason: 'no fetch call found at this line' });
  return { edits, failures };
}
