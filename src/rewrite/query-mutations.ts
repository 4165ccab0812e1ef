/**
 * React Query's `useMutation({ mutationFn: (v) => fetch(…) })`: the response becomes the
 * mutation's data, handed to `onSuccess`/`onSettled` and kept as `data`. The call can become
 * an action call when every reader of that data is one the result answers the same way.
 */
import type { TextEdit } from './edits.ts';
import { lineOf } from './route-handler.ts';
import type { NodePath } from './node-path.ts';
import { memberPath, propertyKey } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export type ResponseReads = (scope: AnyNode, name: string, declaredAt: AnyNode) => { ok: true; edits: TextEdit[] } | { ok: false; reason: string; line: number };
export type MutationOutcome = { ok: true; edits: TextEdit[] } | { ok: false; reason: string; line: number } | undefined;

/** The mutation whose `mutationFn` answers with this fetch's response, if it is one. */
function mutationOf(fetchPath: NodePath): { options: AnyNode; hook: NodePath } | undefined {
  let at = fetchPath.parent;
  if (at?.node.type === 'AwaitExpression') at = at.parent;
  if (at?.node.type === 'ReturnStatement') {
    at = at.parent;
    if (at?.node.type !== 'BlockStatement') return undefined;
    at = at.parent;
  }
  if (!at || !/Function/.test(at.node.type)) return undefined;
  const property = at.parent;
  if (property?.node.type !== 'ObjectProperty' || propertyKey(property.node) !== 'mutationFn') return undefined;
  const options = property.parent;
  const hook = options?.parent;
  if (hook?.node.type !== 'CallExpression' || !/(^|\.)useMutation$/.test(memberPath(hook.node.callee) ?? '') || hook.node.arguments[0] !== options!.node) return undefined;
  return { options: options!.node, hook };
}

/** The edits for a callback handed the response as its first parameter (`onSuccess: (res) => …`), if it reads it as a result can be read. */
export function callbackResponseReads(callback: AnyNode, what: string, responseReads: ResponseReads): ReturnType<ResponseReads> {
  const param = callback.params[0];
  if (!param) return { ok: true, edits: [] };
  if (param.type !== 'Identifier') return { ok: false, reason: `${what} destructures the response`, line: lineOf(param) };
  return responseReads(callback, param.name, param);
}

export function rewriteMutationResponse(fetchPath: NodePath, responseReads: ResponseReads): MutationOutcome {
  const mutation = mutationOf(fetchPath);
  if (!mutation) return undefined;
  const edits: TextEdit[] = [];
  for (const prop of mutation.options.properties) {
    const key = propertyKey(prop);
    if (key !== 'onSuccess' && key !== 'onSettled') continue;
    const callback = prop.type === 'ObjectMethod' ? prop : prop.value;
    if (!/Function|ObjectMethod/.test(callback?.type ?? '')) return { ok: false, reason: `the mutation's ${key} is not a function written here`, line: lineOf(prop) };
    const reads = callbackResponseReads(callback, `the mutation's ${key}`, responseReads);
    if (!reads.ok) return reads;
    edits.push(...reads.edits);
  }
  // What useMutation returns: its `data` and `mutateAsync` hand the response on.
  const holder = mutation.hook.parent?.node;
  if (holder?.type === 'VariableDeclarator') {
    if (holder.id.type !== 'ObjectPattern') return { ok: false, reason: 'the mutation object is kept whole, so its data may be read anywhere', line: lineOf(holder) };
    for (const p of holder.id.properties) {
      const key = p.type === 'ObjectProperty' ? propertyKey(p) : undefined;
      if (!key || key === 'data' || key === 'mutateAsync') return { ok: false, reason: `the mutation's ${key ?? 'rest'} hands the response on`, line: lineOf(p) };
    }
  } else if (holder?.type !== 'ExpressionStatement') {
    return { ok: false, reason: 'the mutation object is passed on', line: lineOf(mutation.hook.node) };
  }
  return { ok: true, edits };
}
