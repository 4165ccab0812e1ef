import type { Node } from '@babel/types';
import { isFunctionNode, lineOf, memberPath, objectProperty, propertyKey, stringValue, unwrap, walk } from './ast.ts';
import type { CallerVia } from '../types.ts';
import type { Invocation, WrapperFact } from './facts.ts';
import type { RawCall } from './resolve-calls.ts';
import { ConstantBindings, DYNAMIC, isUrlLike, urlText } from './url-expression.ts';

type Constants = { get(name: string): Node | undefined };

function paramNames(fn: Node): (string | undefined)[] {
  if (!isFunctionNode(fn)) return [];
  return fn.params.map((p) => (p.type === 'Identifier' ? p.name : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left.name : undefined));
}

/** Where the URL comes from a parameter: its index and the text written before it. */
function urlFromParam(urlArg: Node, params: (string | undefined)[], constants: Constants): { urlParam: number; prefix: string } | undefined {
  const n = unwrap(urlArg);
  const index = (x: Node) => (unwrap(x).type === 'Identifier' ? params.indexOf((unwrap(x) as { name: string }).name) : -1);
  if (index(n) >= 0) return { urlParam: index(n), prefix: '' };
  if (n.type === 'TemplateLiteral') {
    const last = n.expressions.length - 1;
    const at = last >= 0 ? index(n.expressions[last] as Node) : -1;
    if (at < 0 || (n.quasis[last + 1]?.value.cooked ?? '') !== '') return undefined;
    let prefix = '';
    n.quasis.slice(0, last + 1).forEach((quasi, i) => {
      prefix += quasi.value.cooked ?? quasi.value.raw;
      if (i < last) prefix += urlText(n.expressions[i] as Node, constants) ?? DYNAMIC;
    });
    return { urlParam: at, prefix };
  }
  if (n.type === 'BinaryExpression' && n.operator === '+' && index(n.right) >= 0) {
    return { urlParam: index(n.right), prefix: urlText(n.left as Node, constants) ?? DYNAMIC };
  }
  return undefined;
}

/** How the wrapper's request gets its method: fixed, from a parameter, or from an init the caller passes. */
function methodSource(init: Node | undefined, params: (string | undefined)[]): Pick<WrapperFact, 'method' | 'methodParam' | 'initParam'> {
  if (!init) return { method: 'GET' };
  const n = unwrap(init);
  const param = (x: Node | undefined) => (x && unwrap(x).type === 'Identifier' ? params.indexOf((unwrap(x) as { name: string }).name) : -1);
  if (param(n) >= 0) return { method: null, initParam: param(n) };
  if (n.type !== 'ObjectExpression') return { method: null };
  const method = objectProperty(n, 'method');
  if (method) {
    const literal = stringValue(method);
    if (literal) return { method: literal.toUpperCase() };
    if (param(method) >= 0) return { method: null, methodParam: param(method) };
    const path = memberPath(method);
    const owner = path?.endsWith('.method') ? params.indexOf(path.slice(0, -'.method'.length)) : -1;
    return owner >= 0 ? { method: null, initParam: owner } : { method: null };
  }
  for (const p of n.properties) {
    if (p.type === 'SpreadElement' && param(p.argument) >= 0) return { method: null, initParam: param(p.argument) };
  }
  return n.properties.some((p) => p.type === 'SpreadElement') ? { method: null } : { method: 'GET' };
}

function functionName(fn: Node, parent: Node | undefined): string | undefined {
  if (fn.type === 'FunctionDeclaration' && fn.id) return fn.id.name;
  if ((fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') && parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  return undefined;
}

/**
 * The wrapper a fetch or axios call makes of its enclosing function, if the URL is one of that
 * function's parameters. `verbMethod` is axios's method from `axios.post`, when there is one.
 */
export function wrapperOf(
  ancestors: readonly Node[],
  urlArg: Node | undefined,
  init: Node | undefined,
  verbMethod: string | null | undefined,
  constants: Constants,
): Omit<WrapperFact, 'exported'> | undefined {
  if (!urlArg) return undefined;
  const at = ancestors.findLastIndex((a) => isFunctionNode(a));
  if (at < 0) return undefined;
  const fn = ancestors[at]!;
  const name = functionName(fn, ancestors[at - 1]);
  if (!name) return undefined;
  const params = paramNames(fn);
  const url = urlFromParam(urlArg, params, constants);
  if (!url) return undefined;
  const method = verbMethod !== undefined ? { method: verbMethod } : methodSource(init, params);
  return { name, line: lineOf(fn), ...url, ...method };
}

/** Reads an argument as a fetch init, as `fetch(url, init)` would use it. */
export function initMethod(init: Node | undefined, fallback: string): string | null {
  if (!init) return fallback;
  const n = unwrap(init);
  if (n.type !== 'ObjectExpression') return null;
  const method = objectProperty(n, 'method');
  if (!method) return n.properties.some((p) => p.type === 'SpreadElement') ? null : fallback;
  const value = stringValue(method);
  return value ? value.toUpperCase() : null;
}

/** The request a call through `wrapper` makes, read at its call site. */
export function requestThrough(wrapper: Pick<WrapperFact, 'urlParam' | 'prefix' | 'method' | 'methodParam' | 'initParam'>, call: Invocation): { urlText: string | null; method: string | null } {
  const arg = call.args[wrapper.urlParam];
  const urlText = arg === undefined || arg === null ? null : wrapper.prefix + arg;
  let method = wrapper.method;
  if (method === null && wrapper.methodParam !== undefined) {
    const given = call.args[wrapper.methodParam];
    method = given && !given.includes(DYNAMIC) ? given.toUpperCase() : null;
  }
  if (method === null && wrapper.initParam !== undefined) {
    const init = call.inits[wrapper.initParam];
    method = init === undefined ? 'GET' : init;
  }
  return { urlText, method };
}

/** True for an object literal argument that says which method to use: a sign the callee makes requests. */
export function namesMethod(arg: Node): boolean {
  const n = unwrap(arg);
  return n.type === 'ObjectExpression' && n.properties.some((p) => propertyKey(p) === 'method');
}

export interface RawInvocation {
  node: Node;
  callee: string;
  args: Node[];
  via?: CallerVia;
}

/** Init keys a wrapper may set beside the caller's init without changing what the call does. */
const TRANSPORT_KEYS = new Set(['headers', 'credentials', 'cache', 'mode', 'keepalive', 'redirect']);

/**
 * The headers a wrapper adds when it is fetch with headers added and nothing else: its body
 * declares constants and returns `fetch(url, { ...init, headers: { ...init?.headers, … } })`
 * itself, URL unchanged, so a call through it makes the caller's request and gets fetch's
 * response. Undefined for anything else (a base URL, a parsed body, a retry, a thrown error).
 */
function passThroughHeaders(fn: Node, call: Node, urlArg: Node, init: Node | undefined, params: (string | undefined)[]): string[] | undefined {
  if (!isFunctionNode(fn) || unwrap(urlArg).type !== 'Identifier' || !init) return undefined;
  const isParam = (x: Node) => unwrap(x).type === 'Identifier' && params.includes((unwrap(x) as { name: string }).name);
  const returned = (x: Node | null | undefined) => !!x && (unwrap(x) === call || (unwrap(x).type === 'AwaitExpression' && unwrap((unwrap(x) as { argument: Node }).argument) === call));
  if (fn.body.type === 'BlockStatement') {
    const statements = fn.body.body;
    const last = statements[statements.length - 1];
    if (last?.type !== 'ReturnStatement' || !returned(last.argument)) return undefined;
    let awaits = false;
    for (const s of statements.slice(0, -1)) {
      if (s.type !== 'VariableDeclaration') return undefined;
      walk(s, (n) => {
        if (n.type === 'AwaitExpression') awaits = true;
        return isFunctionNode(n) ? false : undefined; // a callback's awaits are its own
      });
    }
    if (awaits) return undefined;
  } else if (!returned(fn.body)) {
    return undefined;
  }
  const options = unwrap(init);
  if (isParam(options)) return [];
  if (options.type !== 'ObjectExpression') return undefined;
  const [first, ...rest] = options.properties;
  if (first?.type !== 'SpreadElement' || !isParam(first.argument)) return undefined;
  const headers: string[] = [];
  for (const p of rest) {
    if (p.type !== 'ObjectProperty' || p.computed || !TRANSPORT_KEYS.has(propertyKey(p) ?? '')) return undefined;
    if (propertyKey(p) !== 'headers') continue;
    const value = unwrap(p.value as Node);
    if (value.type !== 'ObjectExpression') return undefined;
    for (const h of value.properties) {
      if (h.type === 'SpreadElement') continue; // the caller's own headers, read at each call site
      const name = propertyKey(h);
      if (h.type !== 'ObjectProperty' || h.computed || !name) return undefined;
      headers.push(name.toLowerCase());
    }
  }
  return headers;
}

/** Fetch and axios calls whose URL is a parameter of the function around them: that function is a wrapper. */
export function findWrappers(rawCalls: RawCall[], constants: ConstantBindings, exports: Record<string, string>): { node: Node; fact: WrapperFact }[] {
  const found: { node: Node; fact: WrapperFact }[] = [];
  for (const c of rawCalls) {
    if (!c.wrapping) continue;
    const fact = wrapperOf(c.wrapping.ancestors, c.urlArg, c.wrapping.init, c.wrapping.verbMethod, constants);
    if (!fact) continue;
    const prefix = c.base ? c.base.replace(/\/+$/, '') + fact.prefix : fact.prefix;
    const exported = Object.entries(exports).filter(([, local]) => local === fact.name).map(([name]) => name);
    const fn = c.wrapping.ancestors.findLast((a) => isFunctionNode(a))!;
    const headers = c.kind === 'fetch' && prefix === '' && fact.initParam !== undefined ? passThroughHeaders(fn, c.node, c.urlArg!, c.wrapping.init, paramNames(fn)) : undefined;
    found.push({ node: c.node, fact: { ...fact, prefix, exported, ...(headers ? { passThrough: { headers } } : {}) } });
  }
  return found;
}

export const MAX_INVOCATION_ARGS = 4;

/** Calls that may go through a wrapper: kept when an argument reads as a URL or names a method, or the callee is a wrapper here. */
export function readInvocations(raw: RawInvocation[], constants: ConstantBindings, localWrappers: ReadonlySet<string>): Invocation[] {
  const invocations: Invocation[] = [];
  for (const call of raw) {
    const args = call.args.slice(0, MAX_INVOCATION_ARGS);
    const texts = args.map((a) => (a.type === 'SpreadElement' ? null : urlText(a, constants) ?? null));
    if (!localWrappers.has(call.callee) && !texts.some((t) => t !== null && isUrlLike(t)) && !args.some(namesMethod)) continue;
    invocations.push({
      callee: call.callee,
      line: lineOf(call.node),
      args: texts,
      inits: args.map((a) => (a.type === 'SpreadElement' ? null : initMethod(a, 'GET'))),
      ...(call.via ? { via: call.via } : {}),
    });
  }
  return invocations;
}
