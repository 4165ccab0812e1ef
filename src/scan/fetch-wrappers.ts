import type { Node } from '@babel/types';
import type { CallerVia } from '../types.ts';
import { isFunctionNode, lineOf, memberPath, objectProperty, propertyKey, stringValue, unwrap } from './ast.ts';
import { DYNAMIC, urlText } from './url-expression.ts';

/**
 * A function that passes its own parameter to fetch or axios as the URL: `fetchClient(input, init)`,
 * `apiPost(path, body)`. Found without configuration; its call sites are the callers.
 */
export interface WrapperFact {
  /** The function's name in its module. */
  name: string;
  /** The names other modules import it by. */
  exported: string[];
  line: number;
  /** Which parameter is the URL, and the URL text written before it ('' when it is the whole URL). */
  urlParam: number;
  prefix: string;
  /** The method when the wrapper fixes it. */
  method: string | null;
  /** Otherwise: the parameter holding the method, or the fetch init whose `method` the call site sets (GET when absent). */
  methodParam?: number;
  initParam?: number;
}

/** A call of a function that may be a wrapper, with what its arguments read as. */
export interface Invocation {
  callee: string;
  line: number;
  /** Each argument as URL text (`{}` for dynamic parts), null when unreadable. */
  args: (string | null)[];
  /** Each argument read as a fetch init: its method, GET when it names none, null when unreadable. */
  inits: (string | null)[];
  via?: CallerVia;
}

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
