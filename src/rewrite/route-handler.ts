import type { File, Node } from '@babel/types';
import { walk } from '../scan/ast.ts';
import { topLevelPaths, type NodePath } from './node-path.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export interface HandlerLocation {
  /** The `export …` statement that declares the handler. */
  statement: NodePath;
  /** The handler function itself. */
  fn: AnyNode;
}

/** Finds `export async function POST` or `export const POST = async (…) => …`; other forms are not rewritten. */
export function findExportedHandler(ast: File, method: string): HandlerLocation | undefined {
  let found: HandlerLocation | undefined;
  for (const path of topLevelPaths(ast)) {
    if (path.node.type !== 'ExportNamedDeclaration') continue;
    const decl = path.node.declaration as AnyNode;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === method) found = { statement: path, fn: decl };
    if (decl?.type === 'VariableDeclaration' && decl.declarations.length === 1) {
      const d = decl.declarations[0];
      let init = d.init;
      while (init && (init.type === 'TSSatisfiesExpression' || init.type === 'TSAsExpression')) init = init.expression;
      if (d.id?.name === method && (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression')) {
        found = { statement: path, fn: init };
      }
    }
  }
  return found;
}

/** Why the handler's export is not one of the forms `findExportedHandler` reads. */
export function unrewrittenExportReason(ast: File, method: string): string {
  for (const path of topLevelPaths(ast)) {
    const node = path.node as AnyNode;
    if (node.type !== 'ExportNamedDeclaration') continue;
    if (node.source && node.specifiers.some((s: AnyNode) => s.exported?.name === method)) return `${method} is re-exported from ${node.source.value}; convert that route instead`;
    const d = node.declaration?.declarations?.find((x: AnyNode) => x.id?.name === method);
    if (d?.init?.type === 'CallExpression') {
      const callee = d.init.callee.type === 'Identifier' ? d.init.callee.name : 'a wrapper';
      return `${method} is made by ${callee}(…), whose handling of requests and errors an action would not get`;
    }
  }
  return `${method} is not exported as a function declaration or a const arrow function, the forms this migration rewrites`;
}

/** The nearest function that encloses `path` (excluding the node at `path` itself). */
export function enclosingFunction(path: NodePath): AnyNode | undefined {
  let current = path.parent;
  while (current) {
    const t = current.node.type;
    if (t === 'FunctionDeclaration' || t === 'FunctionExpression' || t === 'ArrowFunctionExpression' || t === 'ObjectMethod' || t === 'ClassMethod') {
      return current.node;
    }
    current = current.parent;
  }
  return undefined;
}

/** Whether `path` sits in the `try` block of a try statement inside `fn` (not its catch or finally). */
export function isInsideTryBlock(path: NodePath, fn: AnyNode): boolean {
  let child = path;
  let current = path.parent;
  while (current && current.node !== fn) {
    if (current.node.type === 'TryStatement' && current.node.block === child.node) return true;
    child = current;
    current = current.parent;
  }
  return false;
}

/** Names of every identifier a subtree references (property keys excluded). */
export function referencedNames(node: AnyNode): Set<string> {
  const names = new Set<string>();
  walk(node, (n, ancestors) => {
    if (n.type !== 'Identifier' && n.type !== 'JSXIdentifier') return;
    const parent: AnyNode = ancestors[ancestors.length - 1];
    if (n.type === 'JSXIdentifier' && !(parent?.type === 'JSXOpeningElement' || parent?.type === 'JSXClosingElement') || (n.type === 'JSXIdentifier' && !/^[A-Z]/.test(n.name))) return;
    if (parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression' || parent.type === 'JSXMemberExpression') && parent.property === n && !parent.computed) return;
    if (parent && (parent.type === 'ObjectProperty' || parent.type === 'Property' || parent.type === 'ObjectMethod') && parent.key === n && !parent.computed && !parent.shorthand) return;
    names.add(n.name);
  }, true);
  return names;
}

/** Top-level names a statement declares (imports, functions, classes, variables, types). */
export function declaredNames(statement: AnyNode): string[] {
  const s = statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
  switch (s.type) {
    case 'ImportDeclaration':
      return (s.specifiers ?? []).map((sp: AnyNode) => sp.local.name);
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumDeclaration':
      return s.id ? [s.id.name] : [];
    case 'VariableDeclaration':
      return s.declarations.flatMap((d: AnyNode) => boundNames(d.id));
    default:
      return [];
  }
}

export function lineOf(node: AnyNode | Node): number {
  return (node as AnyNode)?.loc?.start?.line ?? 1;
}

/** Names a pattern binds: `res`, `{ res }`, `[res]`, `res = x`, `...res`. */
function boundNames(pattern: AnyNode): string[] {
  if (!pattern) return [];
  if (pattern.type === 'Identifier') return [pattern.name];
  if (pattern.type === 'ObjectPattern') return pattern.properties.flatMap((p: AnyNode) => boundNames(p.type === 'RestElement' ? p.argument : p.value));
  if (pattern.type === 'ArrayPattern') return pattern.elements.flatMap(boundNames);
  if (pattern.type === 'AssignmentPattern') return boundNames(pattern.left);
  if (pattern.type === 'RestElement') return boundNames(pattern.argument);
  return [];
}

/**
 * Whether, between `path` and `scope`, a function parameter or a declaration in an
 * enclosing block binds `name` again: then `path` names that other variable, not the response.
 */
export function declaresAgain(path: NodePath, scope: AnyNode, name: string, declaredAt: AnyNode): boolean {
  for (let current = path.parent; current && current.node !== scope; current = current.parent) {
    const node = current.node;
    if (/Function/.test(node.type) && node.params.some((param: AnyNode) => boundNames(param).includes(name))) return true;
    const statements: AnyNode[] = node.type === 'BlockStatement' || node.type === 'Program' ? node.body : [];
    for (const statement of statements) {
      if (statement.type === 'VariableDeclaration' && statement.declarations.some((d: AnyNode) => d.id !== declaredAt && boundNames(d.id).includes(name))) return true;
      if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id?.name === name) return true;
    }
    if (node.type === 'CatchClause' && boundNames(node.param).includes(name)) return true;
  }
  return false;
}
