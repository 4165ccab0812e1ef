import type { File, Node } from '@babel/types';
import { isFunctionNode, lineOf, memberPath, objectProperty, stringValue, walk } from './ast.ts';

/** Headers a browser sends with a server action call, without the app asking for them. */
// `authorization` too: a proxy that asks it of page loads is basic auth, which browsers send again on every same-origin request.
const SENT_WITH_ACTION_CALLS = new Set(['authorization', 'cookie', 'origin', 'host', 'referer', 'user-agent', 'accept', 'accept-language', 'content-type', 'content-length', 'next-action', 'next-router-state-tree', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip']);

/** A proxy branch that refuses a request lacking a header an action call does not send. */
export interface HeaderGate {
  header: string;
  line: number;
  status: number;
  /** Where the `if` test sits in the file, so action calls can be let through it. */
  test: { start: number; end: number; compound: boolean };
  /**
   * The proxy function's request parameter, when the check can let action calls through: it
   * stands in the proxy function itself, whose first parameter is a plain name, and only
   * for POSTs (a CSRF check), so no page load gets past it.
   */
  request?: string;
}

function headerRead(node: Node, method: 'get' | 'has' = 'get'): string | undefined {
  if (node.type !== 'CallExpression' || !new RegExp(`(^|\\.)headers\\.${method}$`).test(memberPath(node.callee) ?? '')) return undefined;
  return stringValue(node.arguments[0])?.toLowerCase();
}

const contains = (outer: Node, inner: Node) => outer.start! <= inner.start! && inner.end! <= outer.end!;

/** `request.method === 'POST'`, `['POST', 'PUT'].includes(method)`: the branch runs for POSTs and not for page loads. */
function testsForPost(test: Node): boolean {
  let method = false;
  let post = false;
  let get = false;
  walk(test, (n) => {
    if ((n.type === 'Identifier' && n.name === 'method') || (n.type === 'MemberExpression' && n.property.type === 'Identifier' && n.property.name === 'method')) method = true;
    if (n.type === 'StringLiteral' && n.value.toUpperCase() === 'POST') post = true;
    if (n.type === 'StringLiteral' && n.value.toUpperCase() === 'GET') get = true;
  });
  return method && post && !get;
}

/** The first parameter of the proxy function the gate stands in (`middleware`, `proxy`, the default export, or a wrapper's callback for one). */
function proxyRequestName(ancestors: readonly Node[]): string | undefined {
  const at = ancestors.findLastIndex((a) => isFunctionNode(a));
  const fn = ancestors[at];
  if (!fn || !isFunctionNode(fn)) return undefined;
  const above = ancestors.slice(0, at).reverse();
  const holder = above.find((a) => a.type !== 'CallExpression' && a.type !== 'TSAsExpression');
  const named = (name: string | undefined) => name === 'middleware' || name === 'proxy';
  const isProxy =
    (fn.type === 'FunctionDeclaration' && named(fn.id?.name) && at <= 2) ||
    holder?.type === 'ExportDefaultDeclaration' ||
    (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' && named(holder.id.name));
  const param = fn.params[0];
  return isProxy && param?.type === 'Identifier' ? param.name : undefined;
}

/** The test already lets action calls through: it reads the Next-Action header itself. */
function readsActionHeader(test: Node): boolean {
  let reads = false;
  walk(test, (n) => {
    if (headerRead(n) === 'next-action' || headerRead(n, 'has') === 'next-action') reads = true;
  });
  return reads;
}

/** `return new NextResponse(…, { status: 403 })` or `NextResponse.json(…, { status: 401 })` → 403 / 401. */
function refusalStatus(node: Node): number | undefined {
  if (node.type !== 'ReturnStatement' || !node.argument) return undefined;
  const arg = node.argument;
  if (arg.type !== 'NewExpression' && arg.type !== 'CallExpression') return undefined;
  if (!/^(NextResponse|Response)(\.json)?$/.test(memberPath(arg.callee) ?? '')) return undefined;
  const status = objectProperty(arg.arguments[1] as Node | undefined, 'status');
  return status?.type === 'NumericLiteral' && status.value >= 400 && status.value < 500 ? status.value : undefined;
}

/**
 * Proxy branches such as a CSRF check, `if (!request.headers.get('x-csrf-token')) return 403`:
 * an action call is a POST to the page path that sends only what the browser adds itself,
 * so a proxy covering the page answers it with that refusal instead of running the action.
 */
export function headerGates(ast: File): HeaderGate[] {
  const headerOf = new Map<string, string>();
  walk(ast.program, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
      const header = headerRead(node.init.type === 'LogicalExpression' ? node.init.left : node.init);
      if (header) headerOf.set(node.id.name, header);
    }
  });
  const gates: HeaderGate[] = [];
  walk(ast.program, (node, ancestors) => {
    if (node.type !== 'IfStatement' || readsActionHeader(node.test)) return;
    const tested = new Set<string>();
    walk(node.test, (n) => {
      const direct = headerRead(n);
      if (direct) tested.add(direct);
      if (n.type === 'Identifier' && headerOf.has(n.name)) tested.add(headerOf.get(n.name)!);
    });
    const header = [...tested].find((h) => !SENT_WITH_ACTION_CALLS.has(h));
    if (!header) return;
    const block = node.consequent;
    const statements = block.type === 'BlockStatement' ? block.body : [block];
    for (const s of statements) {
      const status = refusalStatus(s);
      if (!status) continue;
      const request = proxyRequestName(ancestors);
      const postOnly = [node, ...ancestors].some((a) => a.type === 'IfStatement' && (a === node || contains(a.consequent, node)) && testsForPost(a.test));
      const compound = !['UnaryExpression', 'CallExpression', 'Identifier', 'MemberExpression', 'OptionalCallExpression', 'OptionalMemberExpression'].includes(node.test.type);
      gates.push({ header, line: lineOf(s), status, test: { start: node.test.start!, end: node.test.end!, compound }, ...(request && postOnly ? { request } : {}) });
    }
  });
  return gates;
}
