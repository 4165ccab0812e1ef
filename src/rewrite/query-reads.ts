/**
 * A handler's reads of its query string become reads of a `query` argument, a string the
 * caller passes: `new URLSearchParams(query)` is the same `URLSearchParams` the handler read
 * from `new URL(request.url).searchParams` or `request.nextUrl.searchParams`.
 */
import { propertyKey } from '../scan/ast.ts';
import type { TextEdit } from './edits.ts';
import type { NodePath } from './node-path.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/** The edit for a use of the request (`request.url`, `request.nextUrl`) that only reads the query; a reason when it reads more. */
export function queryReadEdit(requestUse: NodePath, queryName: string): TextEdit | { reason: string } | undefined {
  const member = requestUse.parent!.node;
  const prop = member.type === 'MemberExpression' && !member.computed ? member.property.name : undefined;
  const above = requestUse.parent!.parent;
  const params = `new URLSearchParams(${queryName})`;
  const isSearchParams = (n: AnyNode, object: AnyNode) => n?.type === 'MemberExpression' && n.object === object && !n.computed && n.property.name === 'searchParams';
  if (prop === 'nextUrl') {
    return isSearchParams(above?.node, member) ? { start: above!.node.start, end: above!.node.end, text: params } : undefined;
  }
  if (prop !== 'url' || above?.node.type !== 'NewExpression' || above.node.arguments.length !== 1 || above.node.arguments[0] !== member) return undefined;
  const created = above.node;
  const holder = above.parent?.node;
  if (isSearchParams(holder, created)) return { start: holder.start, end: holder.end, text: params };
  // `const { searchParams } = new URL(request.url)`
  const only = holder?.type === 'VariableDeclarator' && holder.init === created && holder.id.type === 'ObjectPattern' && holder.id.properties.length === 1 ? holder.id.properties[0] : undefined;
  if (only?.type === 'ObjectProperty' && propertyKey(only) === 'searchParams' && only.value.type === 'Identifier') {
    return { start: holder.start, end: holder.end, text: `${only.value.name} = ${params}` };
  }
  return { reason: 'the handler reads request.url for more than its query string' };
}
