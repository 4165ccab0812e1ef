import type { File, Node } from '@babel/types';
import { isFunctionNode, lineOf, topLevelFunctions, unwrap, walk } from './ast.ts';
import { collectSignals, type Signal } from './signals.ts';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RouteMethodFacts {
  method: string;
  line: number;
  signals: Signal[];
  /** `export { POST } from './x'`: the handler lives in another module; `read` once its code was found. */
  reexport?: { source: string; imported: string; read: boolean };
}

export interface RouteModuleFacts {
  methods: RouteMethodFacts[];
  imports: string[];
}

function requestParamOf(fn: Node | undefined): string | undefined {
  if (!fn || !isFunctionNode(fn)) return undefined;
  const param = fn.params[0];
  return param?.type === 'Identifier' ? param.name : undefined;
}

/** The handler and every same-file function it reaches by name, so helpers count as the handler's own code. */
function reachableCode(handler: Node, functions: Map<string, Node>): Node[] {
  const reached = new Set<Node>([handler]);
  const queue = [handler];
  while (queue.length) {
    walk(queue.pop()!, (node) => {
      if (node.type !== 'Identifier') return;
      const fn = functions.get(node.name);
      if (fn && !reached.has(fn)) {
        reached.add(fn);
        queue.push(fn);
      }
    });
  }
  return [...reached];
}

/** The first function found in `init`, looking through wrappers like `withAuth(async (req) => …)`. */
function innermostHandler(init: Node): Node | undefined {
  const n = unwrap(init);
  if (isFunctionNode(n)) return n;
  if (n.type === 'CallExpression') {
    for (const arg of n.arguments) {
      const found = innermostHandler(arg);
      if (found) return found;
    }
  }
  return undefined;
}

/** Exported HTTP method handlers of a route module, each with the signals of its own code. */
export function scanRouteModule(ast: File, ownHosts: readonly string[]): RouteModuleFacts {
  const body = ast.program.body;
  const functions = topLevelFunctions(body);
  const methods: RouteMethodFacts[] = [];
  const add = (method: string, at: Node, handler: Node | undefined) => {
    if (!(HTTP_METHODS as readonly string[]).includes(method)) return;
    const code = handler ? reachableCode(handler, functions) : [at];
    const inner = handler ? innermostHandler(handler) : undefined;
    methods.push({ method, line: lineOf(at), signals: collectSignals(code, requestParamOf(inner), ownHosts) });
  };
  for (const statement of body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const decl = statement.declaration;
    if (decl?.type === 'FunctionDeclaration' && decl.id) add(decl.id.name, statement, decl);
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) add(d.id.name, statement, d.init);
    }
    for (const s of statement.specifiers) {
      if (s.type !== 'ExportSpecifier') continue;
      const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
      if (statement.source) {
        if ((HTTP_METHODS as readonly string[]).includes(exported)) {
          methods.push({ method: exported, line: lineOf(s), signals: [], reexport: { source: statement.source.value, imported: s.local.name, read: false } });
        }
      } else {
        add(exported, s, functions.get(s.local.name));
      }
    }
  }
  const imports = body.flatMap((s) => (s.type === 'ImportDeclaration' ? [s.source.value] : []));
  return { methods, imports };
}

/** Signals of the handler another module exports as `name`, for `export { POST } from './handlers'`. */
export function scanExportedHandler(ast: File, name: string, ownHosts: readonly string[]): RouteMethodFacts | undefined {
  const body = ast.program.body;
  const functions = topLevelFunctions(body);
  let local: string | undefined;
  for (const statement of body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    const decl = statement.declaration;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === name) local = name;
    if (decl?.type === 'VariableDeclaration' && decl.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name)) local = name;
    for (const s of statement.specifiers) {
      if (s.type === 'ExportSpecifier' && (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) === name) local = s.local.name;
    }
  }
  const fn = local ? functions.get(local) : undefined;
  if (!fn) return undefined;
  const signals = collectSignals(reachableCode(fn, functions), requestParamOf(innermostHandler(fn)), ownHosts);
  return { method: name, line: lineOf(fn), signals };
}
