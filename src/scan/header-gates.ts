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
   * The proxy function's request parameter, when the check can let action calls through: a
   * CSRF token check (`x-csrf-token`, `x-xsrf-token`) on that parameter, in the proxy
   * function itself, for POSTs only and whatever the path, so no page load and no other
   * check gets past it.
   */
  request?: string;
}

function headerRead(node: Node, method: 'get' | 'has' = 'get'): string | undefined {
  if (node.type !== 'CallExpression' || !new RegExp(`(^|\\.)headers\\.${method}$`).test(memberPath(node.callee) ?? '')) return undefined;
  return stringValue(node.arguments[0])?.toLowerCase();
}

/** `req.headers.get(x)` → `req`: the name the request is read from, when it is a plain name. */
function requestOf(read: Node): string | undefined {
  const path = read.type === 'CallExpression' ? memberPath(read.callee) : undefined;
  const m = path ? /^([\w$]+)\.headers\.get$/.exec(path) : null;
  return m?.[1];
}

const contains = (outer: Node, inner: Node) => outer.start! <= inner.start! && inner.end! <= outer.end!;

/** `request.method === 'POST'`, `['POST', 'PUT'].includes(method)`: the branch runs for POSTs and not for page loads. */
function testsForPost(test: Node): boolean {
  let method = false;
  let post = false;
  let other = false;
  walk(test, (n) => {
    if ((n.type === 'Identifier' && n.name === 'method') || (n.type === 'MemberExpression' && n.property.type === 'Identifier' && n.property.name === 'method')) method = true;
    if (n.type === 'StringLiteral' && n.value.toUpperCase() === 'POST') post = true;
    if (n.type === 'StringLiteral' && n.value.toUpperCase() === 'GET') other = true;
    if ((n.type === 'BinaryExpression' && (n.operator === '!==' || n.operator === '!=')) || (n.type === 'UnaryExpression' && n.operator === '!')) other = true;
  });
  return method && post && !other;
}

/** The branch depends on the path (`request.nextUrl.pathname.startsWith('/api/admin')`): not a check that stands before every page. */
function readsPath(test: Node): boolean {
  let reads = false;
  walk(test, (n) => {
    if (n.type === 'Identifier' && /^(pathname|nextUrl|url)$/.test(n.name)) reads = true;
  });
  return reads;
}

/** The parameters of the proxy function the gate stands in (`middleware`, `proxy`, the default export, or a wrapper's callback for one). */
function proxyParams(ancestors: readonly Node[]): string[] {
  const at = ancestors.findLastIndex((a) => isFunctionNode(a));
  const fn = ancestors[at];
  if (!fn || !isFunctionNode(fn)) return [];
  const above = ancestors.slice(0, at).reverse();
  const holder = above.find((a) => a.type !== 'CallExpression' && a.type !== 'TSAsExpression');
  const named = (name: string | undefined) => name === 'middleware' || name === 'proxy';
  const isProxy =
    (fn.type === 'FunctionDeclaration' && named(fn.id?.name) && at <= 2) ||
    holder?.type === 'ExportDefaultDeclaration' ||
    (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' && named(holder.id.name));
  return isProxy ? fn.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : [])) : [];
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
  const headerOf = new Map<string, { header: string; request: string | undefined }>();
  walk(ast.program, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
      const read = node.init.type === 'LogicalExpression' ? node.init.left : node.init;
      const header = headerRead(read);
      if (header) headerOf.set(node.id.name, { header, request: requestOf(read) });
    }
  });
  const gates: HeaderGate[] = [];
  walk(ast.program, (node, ancestors) => {
    if (node.type !== 'IfStatement' || readsActionHeader(node.test)) return;
    const tested = new Map<string, string | undefined>(); // header → the name it is read from
    walk(node.test, (n) => {
      const direct = headerRead(n);
      if (direct) tested.set(direct, requestOf(n));
      const held = n.type === 'Identifier' ? headerOf.get(n.name) : undefined;
      if (held) tested.set(held.header, held.request);
    });
    const header = [...tested.keys()].find((h) => !SENT_WITH_ACTION_CALLS.has(h));
    if (!header) return;
    const block = node.consequent;
    const statements = block.type === 'BlockStatement' ? block.body : [block];
    for (const s of statements) {
      const status = refusalStatus(s);
      if (!status) continue;
      // Only a CSRF token check, standing before every page for POSTs, in the proxy function itself, is let through.
      const request = tested.get(header);
      const branches = [node, ...ancestors].filter((a): a is Node & { type: 'IfStatement' } => a.type === 'IfStatement' && (a === node || contains(a.consequent, node)));
      const exemptible = /csrf|xsrf/.test(header) && !!request && proxyParams(ancestors).includes(request)
        && branches.some((a) => testsForPost(a.test)) && !branches.some((a) => readsPath(a.test));
      const compound = !['UnaryExpression', 'CallExpression', 'Identifier', 'MemberExpression', 'OptionalCallExpression', 'OptionalMemberExpression'].includes(node.test.type);
      gates.push({ header, line: lineOf(s), status, test: { start: node.test.start!, end: node.test.end!, compound }, ...(exemptible ? { request } : {}) });
    }
  });
  return gates;
}
