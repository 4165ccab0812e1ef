import babel from './babel.cjs';
import type { Node, Function as FunctionNode, Statement } from '@babel/types';

/** Type-only syntax: nothing in it calls, imports or answers anything, so walks skip it. */
const TYPE_ONLY = new Set(['TSTypeAnnotation', 'TSTypeParameterDeclaration', 'TSTypeParameterInstantiation', 'TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction', 'TSModuleDeclaration']);
/** Keys that hold only types (`x: T`, `<T>`, `as T`, `implements I`). */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'superTypeParameters', 'typeArguments', 'implements']);

/**
 * The child keys of each node type, in a Map: Babel's VISITOR_KEYS object is in dictionary
 * mode, and looking it up cost more than the rest of the walk. Without types, type-only keys
 * are left out so their subtrees are never entered. Built on the first walk, which is also
 * when @babel/types loads.
 */
const childKeys = once(() => {
  const entries = Object.entries(babel.visitorKeys());
  return {
    all: new Map(entries),
    values: new Map(entries.map(([type, keys]) => [type, keys.filter((k) => !TYPE_KEYS.has(k))])),
  };
});

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Depth-first walk; `visit` gets the node and its ancestors (nearest last). Return `false` to
 * skip children. Type-only syntax is skipped unless `withTypes` (a moved function's imports
 * include the types it names).
 */
export function walk(root: Node, visit: (node: Node, ancestors: readonly Node[]) => void | false, withTypes = false): void {
  const keysOf = withTypes ? childKeys().all : childKeys().values;
  const ancestors: Node[] = [];
  const step = (node: Node): void => {
    const type = node.type;
    if (!withTypes && TYPE_ONLY.has(type)) return;
    if (visit(node, ancestors) === false) return;
    const keys = keysOf.get(type);
    if (!keys?.length) return;
    ancestors.push(node);
    for (let k = 0; k < keys.length; k++) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!] as Node | Node[] | null | undefined;
      if (!child) continue;
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) if (child[i]) step(child[i]!);
      } else if (child.type) {
        step(child);
      }
    }
    ancestors.pop();
  };
  step(root);
}

export function lineOf(node: Node): number {
  return node.loc?.start.line ?? 1;
}

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression' ||
      node.type === 'ObjectMethod' ||
      node.type === 'ClassMethod')
  );
}

/** Strips TS wrappers (`x as T`, `x!`, `x satisfies T`) and parentheses. */
export function unwrap(node: Node): Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'ParenthesizedExpression'
  ) {
    current = current.expression;
  }
  return current;
}

export function stringValue(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `a.b.c` → 'a.b.c'; `a['b']` → 'a.b'; otherwise undefined. */
export function memberPath(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'ThisExpression') return 'this';
  if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
    const object = memberPath(n.object);
    if (!object) return undefined;
    if (!n.computed && n.property.type === 'Identifier') return `${object}.${n.property.name}`;
    const key = stringValue(n.property);
    return key === undefined ? undefined : `${object}.${key}`;
  }
  return undefined;
}

/** Name of the function called: `fetch(...)` → 'fetch', `axios.post(...)` → 'axios.post'. */
export function calleeName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'CallExpression' && n.type !== 'OptionalCallExpression' && n.type !== 'NewExpression') return undefined;
  return memberPath(n.callee);
}

export function propertyKey(prop: Node): string | undefined {
  if (prop.type !== 'ObjectProperty' && prop.type !== 'ObjectMethod') return undefined;
  if (!prop.computed && prop.key.type === 'Identifier') return prop.key.name;
  return stringValue(prop.key);
}

/** The value of `key` in an object literal, if it is written there. */
export function objectProperty(node: Node | null | undefined, key: string): Node | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'ObjectExpression') return undefined;
  for (const prop of n.properties) {
    if (prop.type === 'ObjectProperty' && propertyKey(prop) === key) return prop.value;
    if (prop.type === 'ObjectMethod' && propertyKey(prop) === key) return prop;
  }
  return undefined;
}

export function hasDirective(body: { directives?: { value: { value: string } }[] } | null | undefined, directive: string): boolean {
  return !!body?.directives?.some((d) => d.value.value === directive);
}

/** The function a top-level statement declares or assigns to `name`, following `const f = wrap(async () => …)` no further. */
export function topLevelFunctions(body: Statement[]): Map<string, Node> {
  const functions = new Map<string, Node>();
  const add = (statement: Node) => {
    if (statement.type === 'FunctionDeclaration' && statement.id) functions.set(statement.id.name, statement);
    if (statement.type === 'VariableDeclaration') {
      for (const decl of statement.declarations) {
        if (decl.id.type === 'Identifier' && decl.init) functions.set(decl.id.name, unwrap(decl.init));
      }
    }
  };
  for (const statement of body) {
    add(statement);
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration) {
      add(statement.declaration);
    }
  }
  return functions;
}

