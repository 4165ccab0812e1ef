/**
 * `toast.promise(fetch(…), { loading, success, error })` (sonner, react-hot-toast): the toast
 * shows success when the promise resolves, for any status, and an action call resolves the
 * same way. The call can change when every reader of the resolved value is one the result
 * answers the same way, and nothing else holds the promise.
 */
import type { TextEdit } from './edits.ts';
import { lineOf } from './route-handler.ts';
import type { NodePath } from './node-path.ts';
import { memberPath, propertyKey } from '../scan/ast.ts';
import { callbackResponseReads, type MutationOutcome, type ResponseReads } from './query-mutations.ts';


export function rewriteToastPromise(fetchPath: NodePath, responseReads: ResponseReads): MutationOutcome {
  const toast = fetchPath.parent?.node;
  if (toast?.type !== 'CallExpression' || !/(^|\.)toast\.promise$/.test(memberPath(toast.callee) ?? '') || toast.arguments[0] !== fetchPath.node) return undefined;
  let holder = fetchPath.parent!.parent;
  if (holder?.node.type === 'AwaitExpression') holder = holder.parent;
  if (holder?.node.type !== 'ExpressionStatement') return { ok: false, reason: 'the promise toast.promise returns is used, and it hands the response on', line: lineOf(toast) };
  const edits: TextEdit[] = [];
  const options = toast.arguments[1];
  for (const prop of options?.type === 'ObjectExpression' ? options.properties : []) {
    if (propertyKey(prop) !== 'success') continue;
    const callback = prop.type === 'ObjectMethod' ? prop : prop.value;
    if (!/Function|ObjectMethod/.test(callback?.type ?? '')) continue;
    const reads = callbackResponseReads(callback, "the toast's success callback", responseReads);
    if (!reads.ok) return reads;
    edits.push(...reads.edits);
  }
  if (options && options.type !== 'ObjectExpression') return { ok: false, reason: "the toast's options are not an object literal", line: lineOf(options) };
  return { ok: true, edits };
}
