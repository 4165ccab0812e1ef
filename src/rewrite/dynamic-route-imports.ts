/**
 * A test that loads the route with `import()` (after its `vi.mock` calls, often in a
 * `beforeEach`) and keeps POST in a name: `POST = (await import('../route')).POST`,
 * `const { POST } = await import('../route')` or `const mod = await import('../route')` then
 * `mod.POST(…)`. The `import()` and any `typeof import('../route').POST` point at the action
 * module and its action; the name keeps holding the handler, now the action, and its calls are
 * returned to be rewritten like those of an imported POST.
 */
import type { File } from '@babel/types';
import type { TextEdit } from './edits.ts';
import { findPaths, programPath, type NodePath } from './node-path.ts';
import { enclosingFunction, lineOf } from './route-handler.ts';
import type { CallRewrite } from './call-rewrite.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/** A call of the handler to rewrite: `ref` is its callee, `callee` the text the action call takes. */
export type HandlerCall = { ref: NodePath; callee: string };

type Found = { edits: TextEdit[]; calls: HandlerCall[] } | { reason: string; line: number };

const isPostMember = (n: AnyNode) => n?.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && n.property.name === 'POST';

/**
 * The route's `import()` and `typeof import()` whose path is written at `offsets` (one per
 * `rewrites` entry, all of one route), as edits and the handler calls to rewrite.
 */
export function dynamicRouteImports(ast: File, source: string, rewrites: readonly CallRewrite[]): Found {
  const rewrite = rewrites[0]!;
  const program = programPath(ast);
  const offsets = rewrites.map((r) => r.moduleAt);
  const names = (n: AnyNode) => n?.type === 'StringLiteral' && offsets.includes(n.start);
  const loads = findPaths(program, (n) => n.type === 'CallExpression' && n.callee.type === 'Import' && names(n.arguments[0]));
  const types = findPaths(program, (n) => n.type === 'TSImportType' && names(n.argument));
  // `vi.mock('../route')`, `jest.requireActual('../route')`: a use of the module this rewrite does not follow.
  const followed = new Set([...loads.map((p) => p.node.arguments[0].start), ...types.map((p) => p.node.argument.start)]);
  const unfollowed = rewrites.find((r) => !followed.has(r.moduleAt));
  if (unfollowed || !loads.length) return { reason: 'it names the route module other than in import(…) or an import of POST', line: (unfollowed ?? rewrite).line };
  const edits: TextEdit[] = [];
  const specifier = (literal: AnyNode) => ({ start: literal.start, end: literal.end, text: `${source[literal.start]}${rewrite.importFrom}${source[literal.start]}` });
  const accounted = new Set<AnyNode>(); // identifiers named like the handler that are not calls of it
  // Names that hold the handler, and where to look for them: a name assigned may be declared anywhere in the file.
  const holders = new Map<string, { name: string; scope: AnyNode }>();
  const hold = (name: string, scope: AnyNode) => holders.set(`${name}@${scope.start}`, { name, scope });
  const calls: HandlerCall[] = [];

  for (const type of types) {
    const { argument, qualifier } = type.node;
    if (qualifier?.type !== 'Identifier' || qualifier.name !== 'POST') return { reason: 'a type names the route module for more than its POST', line: lineOf(type.node) };
    edits.push(specifier(argument), { start: qualifier.start, end: qualifier.end, text: rewrite.actionName });
    accounted.add(qualifier);
  }

  // `X = <POST of the module>`: X holds the handler.
  const heldBy = (member: NodePath): string | undefined => {
    const parent = member.parent?.node;
    if (parent?.type === 'AssignmentExpression' && parent.right === member.node && parent.left.type === 'Identifier') {
      accounted.add(parent.left);
      return parent.left.name;
    }
    return undefined;
  };

  for (const load of loads) {
    const [literal] = load.node.arguments;
    if (load.node.arguments.length !== 1) return { reason: 'import(…) of the route takes more than its path', line: lineOf(load.node) };
    edits.push(specifier(literal));
    const awaited = load.parent!;
    const user = awaited.parent!;
    const fail = { reason: 'the module import(…) loads is used for more than its POST', line: lineOf(load.node) };
    if (awaited.node.type !== 'AwaitExpression') return fail;
    if (isPostMember(user.node) && user.node.object === awaited.node) {
      // `(await import('../route')).POST`
      const name = heldBy(user);
      if (!name) return fail;
      hold(name, ast.program);
      accounted.add(user.node.property);
      edits.push({ start: user.node.property.start, end: user.node.property.end, text: rewrite.actionName });
    } else if (user.node.type === 'VariableDeclarator' && user.node.id.type === 'ObjectPattern') {
      // `const { POST } = await import('../route')`
      const [property, ...others] = user.node.id.properties;
      if (others.length || property?.type !== 'ObjectProperty' || property.computed || property.key.name !== 'POST' || property.value.type !== 'Identifier') return fail;
      hold(property.value.name, enclosingFunction(user) ?? ast.program);
      accounted.add(property.key).add(property.value);
      edits.push({ start: property.start, end: property.end, text: `${rewrite.actionName}: ${property.value.name}` });
    } else if (user.node.type === 'VariableDeclarator' && user.node.id.type === 'Identifier') {
      // `const mod = await import('../route')`, then `mod.POST(…)` or `X = mod.POST`
      const mod = user.node.id.name;
      const scope = enclosingFunction(user) ?? ast.program;
      const uses = findPaths({ node: scope, parent: null }, (n) => n.type === 'Identifier' && n.name === mod && n !== user.node.id);
      for (const use of uses) {
        const member = use.parent!;
        if (!isPostMember(member.node) || member.node.object !== use.node) return fail;
        accounted.add(member.node.property);
        const call = member.parent!.node;
        if ((call.type === 'CallExpression' || call.type === 'OptionalCallExpression') && call.callee === member.node) {
          calls.push({ ref: member, callee: `${mod}.${rewrite.actionName}` });
          continue;
        }
        const name = heldBy(member);
        if (!name) return fail;
        hold(name, ast.program);
        edits.push({ start: member.node.property.start, end: member.node.property.end, text: rewrite.actionName });
      }
    } else {
      return fail;
    }
  }

  for (const { name, scope } of holders.values()) {
    const named = findPaths({ node: scope, parent: null }, (n) => n.type === 'Identifier' && n.name === name);
    const declared = named.filter((p) => p.parent?.node.type === 'VariableDeclarator' && p.parent.node.id === p.node);
    const destructured = named.filter((p) => p.parent?.node.type === 'ObjectProperty' && p.parent.node.value === p.node && accounted.has(p.node));
    // Two names alike in different scopes (two describe blocks) could hold different handlers.
    if (declared.length + destructured.length !== 1) return { reason: `${name} is declared more than once`, line: lineOf(named[0]!.node) };
    for (const d of declared) accounted.add(d.node);
    calls.push(...named.filter((p) => !accounted.has(p.node)).map((ref) => ({ ref, callee: name })));
  }
  return { edits, calls };
}
