import type { Node } from '@babel/types';
import type { CallerVia } from '../types.ts';
import { calleeName, isFunctionNode, lineOf, memberPath, unwrap } from './ast.ts';
import type { HttpCall } from './facts.ts';
import { ConstantBindings, joinAxiosUrl, urlText } from './url-expression.ts';

export interface RawCall {
  node: Node;
  kind: HttpCall['kind'];
  method: string | null;
  urlArg: Node | undefined;
  base: string;
  via?: CallerVia;
  axiosInstance?: string;
  enclosingFunction?: string;
  /** For fetch and axios: what a wrapper needs, read once every constant is known. */
  wrapping?: { ancestors: Node[]; init: Node | undefined; verbMethod?: string | null };
}

export interface SwrHook {
  node: Node;
  args: Node[];
  via: CallerVia;
}

export function firstParamName(fn: Node): string | undefined {
  if (!isFunctionNode(fn)) return undefined;
  const param = fn.params[0];
  if (!param) return undefined;
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'ArrayPattern' && param.elements[0]?.type === 'Identifier') return param.elements[0].name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return undefined;
}

export function contains(outer: Node, inner: Node): boolean {
  return (outer.start ?? 0) <= (inner.start ?? 0) && (inner.end ?? 0) <= (outer.end ?? 0);
}

export function resolveCalls(
  rawCalls: RawCall[],
  swrHooks: SwrHook[],
  mutationFnNames: Set<string>,
  constants: ConstantBindings,
  functions: Map<string, Node>,
): HttpCall[] {
  const calls: HttpCall[] = [];
  const consumed = new Set<Node>();
  for (const hook of swrHooks) {
    const [keyArg, fetcherArg] = hook.args;
    if (!keyArg) continue;
    const keyNode = unwrap(keyArg).type === 'ArrayExpression' ? (unwrap(keyArg) as { elements: Node[] }).elements[0] : keyArg;
    const key = keyNode ? urlText(keyNode, constants) : undefined;
    if (key === undefined) continue;
    let fetcher = fetcherArg ? unwrap(fetcherArg) : undefined;
    if (fetcher?.type === 'Identifier') fetcher = functions.get(fetcher.name) ?? constants.get(fetcher.name);
    const param = fetcher ? firstParamName(fetcher) : undefined;
    const inner = fetcher && param ? rawCalls.filter((c) => contains(fetcher!, c.node) && c.urlArg && unwrap(c.urlArg).type === 'Identifier' && (unwrap(c.urlArg) as { name: string }).name === param) : [];
    for (const c of inner) {
      consumed.add(c.node);
      calls.push({ line: lineOf(hook.node), kind: c.kind, method: c.method, urlText: joinAxiosUrl(c.base, key), via: hook.via, ...(c.axiosInstance ? { axiosInstance: c.axiosInstance } : {}) });
    }
    if (!inner.length) {
      calls.push({ line: lineOf(hook.node), kind: 'fetch', method: hook.via === 'swr' ? 'GET' : null, urlText: key, via: hook.via });
    }
  }
  for (const c of rawCalls) {
    if (consumed.has(c.node)) continue;
    // `isEdit ? `/api/x/${id}` : '/api/x'`: one call to each, neither certain.
    let url = c.urlArg ? unwrap(c.urlArg) : undefined;
    if (url?.type === 'Identifier' && constants.get(url.name)) url = unwrap(constants.get(url.name)!);
    const branches = url?.type === 'ConditionalExpression' ? [url.consequent, url.alternate] : [c.urlArg];
    for (const branch of branches) {
      const text = branch ? urlText(branch, constants) : undefined;
      if (c.kind === 'form' && text === undefined) continue; // an action={fn}, not a URL
      const via = c.via ?? (c.enclosingFunction && mutationFnNames.has(c.enclosingFunction) ? 'react-query-mutation' : undefined);
      const origin = branch ? originOf(branch, constants) : undefined;
      calls.push({
        line: lineOf(c.node),
        kind: c.kind,
        method: branches.length > 1 ? null : c.method,
        urlText: text === undefined ? null : joinAxiosUrl(c.base, text),
        ...(via ? { via } : {}),
        ...(c.axiosInstance ? { axiosInstance: c.axiosInstance } : {}),
        ...(origin ? { origin } : {}),
      });
    }
  }
  return calls.sort((a, b) => a.line - b.line);
}

export const BROWSER_ORIGIN = /^(window\.|self\.|globalThis\.)?location\.(origin|href|protocol|host)$/;

/**
 * Where the dynamic origin of `${origin}/api/x` comes from: the browser's location, a
 * NEXT_PUBLIC_ variable, or a server-only environment variable (a self-call over HTTP).
 * Undefined when this file can't tell.
 */
export function originOf(url: Node, constants: ConstantBindings): HttpCall['origin'] {
  const n = unwrap(url);
  const first = n.type === 'TemplateLiteral' && (n.quasis[0]?.value.cooked ?? '') === '' ? n.expressions[0] : n.type === 'BinaryExpression' ? n.left : n.type === 'NewExpression' && calleeName(n) === 'URL' ? n.arguments[1] : undefined;
  return first ? originOfPart(first as Node, constants, 0) : undefined;
}

export function originOfPart(node: Node, constants: ConstantBindings, depth: number): HttpCall['origin'] {
  const part = unwrap(node);
  if (depth > 3) return undefined;
  if (part.type === 'LogicalExpression') return originOfPart(part.left, constants, depth + 1);
  const path = memberPath(part) ?? '';
  if (BROWSER_ORIGIN.test(path)) return 'location';
  if (path.startsWith('process.env.NEXT_PUBLIC_')) return 'public-env';
  if (path.startsWith('process.env.')) return 'server-env';
  const init = part.type === 'Identifier' ? constants.get(part.name) : undefined;
  return init ? originOfPart(init, constants, depth + 1) : undefined;
}
