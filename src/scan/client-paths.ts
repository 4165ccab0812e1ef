/**
 * The paths an API client class's calls may request (`this.post('/tags', …)`, or a path a
 * `const endpoint` of the method holds): read for the audit, which counts them as uncertain
 * callers, never as calls to rewrite.
 */
import type { Node } from '@babel/types';
import { isFunctionNode, unwrap, walk } from './ast.ts';

export const MUTATING_VERBS = new Set(['post', 'put', 'patch', 'delete']);

/** A string or template that starts with `/`: a path written at the call. */
function startsWithPath(arg: Node): boolean {
  const n = unwrap(arg);
  const head = n.type === 'StringLiteral' ? n.value : n.type === 'TemplateLiteral' ? (n.quasis[0]?.value.cooked ?? '') : '';
  return head.startsWith('/') && !head.startsWith('//');
}

/** Whether `name` is bound anywhere in `scope` other than by `except` (a parameter, a declaration, a catch clause, a pattern). */
function bindsElsewhere(scope: Node, name: string, except: Node): boolean {
  let found = false;
  walk(scope, (node, ancestors) => {
    if (found) return false;
    if (node.type !== 'Identifier' || node.name !== name || node === except) return;
    const parent = ancestors[ancestors.length - 1];
    if (!parent) return;
    found =
      (parent.type === 'VariableDeclarator' && parent.id === node) ||
      (isFunctionNode(parent) && (parent.params as Node[]).includes(node)) ||
      ((parent.type === 'FunctionDeclaration' || parent.type === 'ClassDeclaration') && parent.id === node) ||
      (parent.type === 'AssignmentPattern' && parent.left === node) ||
      parent.type === 'ArrayPattern' ||
      parent.type === 'RestElement' ||
      (parent.type === 'CatchClause' && parent.param === node) ||
      (parent.type === 'ObjectProperty' && parent.value === node && ancestors[ancestors.length - 2]?.type === 'ObjectPattern');
    return undefined;
  });
  return found;
}

/**
 * The paths an API client call may request: the path written at the call, or held by a
 * `const endpoint = useBackend ? '/task-linked-issue' : '/tasks/task-linked-issue'` of an
 * enclosing block that nothing else in that block binds, every branch that is a path.
 */
export function pathsAt(arg: Node, ancestors: readonly Node[]): Node[] {
  const n = unwrap(arg);
  if (n.type === 'ConditionalExpression') return [...pathsAt(n.consequent, []), ...pathsAt(n.alternate, [])];
  if (n.type !== 'Identifier') return startsWithPath(n) ? [n] : [];
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const block = ancestors[i]!;
    if (block.type !== 'BlockStatement' && block.type !== 'Program') continue;
    for (const statement of block.body) {
      if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
      const declared = statement.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === n.name);
      if (!declared) continue;
      // A parameter, `let` or catch clause of that name nearer the call hides it.
      return declared.init && !bindsElsewhere(block, n.name, declared.id) ? pathsAt(declared.init, []) : [];
    }
  }
  return [];
}
