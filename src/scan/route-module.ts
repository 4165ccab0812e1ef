import type { File, Node } from '@babel/types';
import { calleeName, isFunctionNode, lineOf, memberPath, stringValue, topLevelFunctions, unwrap, walk } from './ast.ts';
import { collectSignals, type Signal } from './signals.ts';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RouteMethodFacts {
  method: string;
  line: number;
  signals: Signal[];
  /**
   * The handler is made by a library call with no function of the app's in it
   * (`NextAuth(…)`, `toNextJsHandler(…)`, `export const { GET, POST } = handlers`): the call, as written.
   */
  library?: string;
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
function innermostHandler(init: Node, functions: Map<string, Node>, depth = 0): Node | undefined {
  const n = unwrap(init);
  if (isFunctionNode(n)) return n;
  if (n.type === 'CallExpression') {
    for (const arg of n.arguments) {
      const found = innermostHandler(arg, functions, depth);
      if (found) return found;
    }
  }
  // withAuth(handler), with `async function handler(req) {…}` in the same file
  if (n.type === 'Identifier' && depth < 3) {
    const bound = functions.get(n.name);
    if (bound) return innermostHandler(bound, functions, depth + 1);
  }
  return undefined;
}

function writtenCall(init: Node): string {
  const n = unwrap(init);
  const name = calleeName(n) ?? memberPath(n);
  return name ? (n.type === 'CallExpression' ? `${name}(…)` : name) : 'an expression';
}

/** `NextAuth(config)`, or a name bound to such a call: a handler the app did not write. */
function libraryCall(handler: Node, functions: Map<string, Node>, depth = 0): string | undefined {
  const n = unwrap(handler);
  if (n.type === 'CallExpression') return writtenCall(n);
  if (n.type === 'MemberExpression') return writtenCall(n);
  if (n.type === 'Identifier' && depth < 3) {
    const bound = functions.get(n.name);
    return bound ? libraryCall(bound, functions, depth + 1) : undefined;
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
    const inner = handler ? innermostHandler(handler, functions) : undefined;
    const library = handler && !inner ? libraryCall(handler, functions) : undefined;
    methods.push({ method, line: lineOf(at), signals: collectSignals(code, requestParamOf(inner), ownHosts, method), ...(library ? { library } : {}) });
  };
  for (const statement of body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const decl = statement.declaration;
    if (decl?.type === 'FunctionDeclaration' && decl.id) add(decl.id.name, statement, decl);
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) {
        if (d.id.type === 'Identifier' && d.init) add(d.id.name, statement, d.init);
        // export const { GET, POST } = handlers / toNextJsHandler(auth) / createRouteHandler({ router })
        if (d.id.type === 'ObjectPattern' && d.init) {
          for (const p of d.id.properties) {
            if (p.type !== 'ObjectProperty' || p.value.type !== 'Identifier') continue;
            const key = p.key.type === 'Identifier' ? p.key.name : stringValue(p.key);
            if (key && (HTTP_METHODS as readonly string[]).includes(p.value.name)) methods.push({ method: p.value.name, line: lineOf(statement), signals: [], library: writtenCall(d.init) });
          }
        }
      }
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
  const signals = collectSignals(reachableCode(fn, functions), requestParamOf(innermostHandler(fn, functions)), ownHosts, name);
  return { method: name, line: lineOf(fn), signals };
}
