/**
 * Rewrites `fetch` calls to a migrated route into calls of its server action, together
 * with the code that reads the response: `res.ok` and `res.status` keep working because
 * the action returns `{ ok, status, data }`, and `await res.json()` becomes `res.data`.
 * Any other use of the response (headers, text(), passing it on) declines the rewrite.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { TextEdit } from './lib/edits.js';
import { paramsArgument } from './lib/call-arguments.js';
import { enclosingFunction, lineOf } from './lib/route-handler.js';
import type { CallRewrite, RewriteOutcome } from './lib/call-rewrite.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- recast nodes are loosely typed */
type AnyNode = any;

const FETCH = new Set(['fetch', 'window.fetch', 'globalThis.fetch', 'self.fetch']);
const HARMLESS_INIT_KEYS = new Set(['method', 'body', 'headers', 'credentials', 'cache', 'mode', 'keepalive', 'next', 'redirect']);

function calleeText(node: AnyNode): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed) return `${calleeText(node.object)}.${node.property.name}`;
  return '';
}

function keyOf(prop: AnyNode): string | undefined {
  return prop.key?.name ?? prop.key?.value;
}

/** What the action gets as its body argument, read from the fetch init. */
function bodyArgument(init: AnyNode, rewrite: CallRewrite, source: string): { ok: true; text?: string } | { ok: false; reason: string } {
  const wants = rewrite.inputs.find((i) => i !== 'params');
  const props: AnyNode[] = init?.type === 'ObjectExpression' ? init.properties : [];
  if (init && init.type !== 'ObjectExpression') return { ok: false, reason: 'the request options are not an object literal' };
  for (const p of props) {
    if (p.type !== 'ObjectProperty' || p.computed) return { ok: false, reason: 'the request options have a spread or computed key' };
    if (!HARMLESS_INIT_KEYS.has(keyOf(p) ?? '')) return { ok: false, reason: `the request sets \`${keyOf(p)}\`, which an action call has no equivalent for` };
  }
  const body = props.find((p) => keyOf(p) === 'body')?.value;
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

/** Every read of the response must be `.ok`, `.status` or `.json()`. */
function responseEdits(j: JSCodeshift, scope: AnyNode, name: string, declaredAt: AnyNode): { ok: true; edits: TextEdit[] } | { ok: false; reason: string; line: number } {
  const edits: TextEdit[] = [];
  let failure: { reason: string; line: number } | undefined;
  j(scope)
    .find(j.Identifier, { name })
    .forEach((p: AnyNode) => {
      if (failure || p.node === declaredAt) return;
      const parent = p.parent.node;
      if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === p.node && !parent.computed) return;
      if ((parent.type === 'ObjectProperty') && parent.key === p.node && !parent.shorthand) return;
      const prop = parent.type === 'MemberExpression' && parent.object === p.node && !parent.computed ? parent.property.name : undefined;
      if (prop === 'ok' || prop === 'status') return;
      const call = p.parent.parent?.node;
      if (prop === 'json' && call?.type === 'CallExpression' && call.callee === parent && call.arguments.length === 0) {
        const awaited = p.parent.parent.parent?.node;
        const target = awaited?.type === 'AwaitExpression' ? awaited : call;
        edits.push({ start: target.start, end: target.end, text: awaited?.type === 'AwaitExpression' ? `${name}.data` : `Promise.resolve(${name}.data)` });
        return;
      }
      failure = { reason: `the response is used as \`${prop ? `${name}.${prop}` : name}\`, which an action result does not have`, line: lineOf(p.node) };
    });
  return failure ? { ok: false, ...failure } : { ok: true, edits };
}

export function rewriteFetchCalls(j: JSCodeshift, root: AnyNode, source: string, rewrites: CallRewrite[]): RewriteOutcome {
  const edits: TextEdit[] = [];
  const failures: RewriteOutcome['failures'] = [];
  const done = new Set<CallRewrite>();
  root.find(j.CallExpression).forEach((p: AnyNode) => {
    const call = p.node;
    if (!FETCH.has(calleeText(call.callee))) return;
    const rewrite = rewrites.find((r) => r.line === lineOf(call) && !done.has(r));
    if (!rewrite) return;
    done.add(rewrite);
    const fail = (reason: string, line = lineOf(call)) => failures.push({ rewrite, line, reason });
    const [urlArg, init] = call.arguments;
    const params = paramsArgument(urlArg, rewrite.routeUrl, rewrite.params, rewrite.basePath, source);
    if (!params.ok) return fail(params.reason);
    const body = bodyArgument(init, rewrite, source);
    if (!body.ok) return fail(body.reason);
    const args = rewrite.inputs.map((input) => (input === 'params' ? params.text : body.text)).filter((a): a is string => a !== undefined);
    const callText = `${rewrite.localName}(${args.join(', ')})`;

    // How the response is read decides whether the call can change.
    const parent = p.parent.node;
    if (parent.type === 'AwaitExpression') {
      const holder = p.parent.parent.node;
      if (holder.type === 'ExpressionStatement') {
        edits.push({ start: call.start, end: call.end, text: callText });
        return;
      }
      if (holder.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
        const scope = enclosingFunction(p.parent.parent) ?? root.get().node;
        const reads = responseEdits(j, scope, holder.id.name, holder.id);
        if (!reads.ok) return fail(reads.reason, reads.line);
        edits.push({ start: call.start, end: call.end, text: callText }, ...reads.edits);
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
      const reads = responseEdits(j, callback, param.name, param);
      if (!reads.ok) return fail(reads.reason, reads.line);
      edits.push({ start: call.start, end: call.end, text: callText }, ...reads.edits);
      return;
    }
    return fail('the response object is passed on, so its readers cannot all be rewritten');
  });
  for (const r of rewrites) if (!done.has(r)) failures.push({ rewrite: r, line: r.line, reason: 'no fetch call found at this line' });
  return { edits, failures };
}
