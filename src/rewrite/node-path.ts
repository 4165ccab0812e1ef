import type { File } from '@babel/types';
import { walk } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/**
 * A node and the nodes above it: the part of jscodeshift's NodePath the transforms use.
 * `find()` builds an ast-types NodePath for every node it passes; on the 10,000-file bench
 * that was 870 ms of a 5.8 s migration, so paths are built here for matches only.
 */
export interface NodePath {
  node: AnyNode;
  parent: NodePath | null;
}

export function programPath(ast: File): NodePath {
  return { node: ast.program, parent: { node: ast, parent: null } };
}

/** Paths to every node below `from` (not `from` itself) that passes `test`, in source order. */
export function findPaths(from: NodePath | readonly NodePath[], test: (node: AnyNode) => boolean): NodePath[] {
  const found: NodePath[] = [];
  for (const start of Array.isArray(from) ? from : [from as NodePath]) {
    walk(start.node, (node, ancestors) => {
      if (node === start.node || !test(node)) return;
      let parent = start;
      for (let i = 1; i < ancestors.length; i++) parent = { node: ancestors[i], parent };
      found.push({ node, parent });
    }, true);
  }
  return found;
}

/** Paths from a bare node, as `j(node)` gives: nothing above it. */
export function pathOf(node: AnyNode): NodePath {
  return { node, parent: null };
}

/**
 * The program's top-level statements that span any of `lines`: a rewrite looks only there
 * instead of walking the whole file.
 */
export function statementsAt(ast: File, lines: readonly number[]): NodePath[] {
  return topLevelPaths(ast).filter(({ node }) => lines.some((l) => node.loc!.start.line <= l && l <= node.loc!.end.line));
}

/** The program's top-level statements, as paths. */
export function topLevelPaths(ast: File): NodePath[] {
  const program = programPath(ast);
  return ast.program.body.map((node) => ({ node, parent: program }));
}
