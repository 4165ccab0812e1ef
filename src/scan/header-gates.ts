import type { File, Node } from '@babel/types';
import { lineOf, memberPath, objectProperty, stringValue, walk } from './ast.ts';

/** Headers a browser sends with a server action call, without the app asking for them. */
const SENT_WITH_ACTION_CALLS = new Set(['cookie', 'origin', 'host', 'referer', 'user-agent', 'accept', 'accept-language', 'content-type', 'content-length', 'next-action', 'next-router-state-tree', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip']);

/** A proxy branch that refuses a request lacking a header an action call does not send. */
export interface HeaderGate {
  header: string;
  line: number;
  status: number;
}

function headerRead(node: Node): string | undefined {
  if (node.type !== 'CallExpression' || !/(^|\.)headers\.get$/.test(memberPath(node.callee) ?? '')) return undefined;
  return stringValue(node.arguments[0])?.toLowerCase();
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
  walk(ast.program, (node) => {
    if (node.type !== 'IfStatement') return;
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
      if (status) gates.push({ header, line: lineOf(s), status });
    }
  });
  return gates;
}
