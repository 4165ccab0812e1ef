/**
 * Server actions from one client run one at a time. A call the app starts alongside others
 * (`Promise.all(ids.map((id) => fetch(…)))`, a `forEach` of un-awaited calls) will queue
 * after the migration: the same results, later. The report says so.
 */
import { memberPath } from '../scan/ast.ts';
import { parseModule } from '../scan/parse-source.ts';
import { findPaths, statementsAt } from './node-path.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

const TOGETHER = /^Promise\.(all|allSettled|race|any)$/;

/** How the call at `line` is started alongside others, if it is: `Promise.all` or `forEach`. */
export function concurrentStart(file: string, source: string, line: number): string | undefined {
  if (!/Promise\.(all|allSettled|race|any)\b|\.forEach\b/.test(source)) return undefined;
  const ast = parseModule(file, source);
  const call = findPaths(statementsAt(ast, [line]), (n: AnyNode) => n.type === 'CallExpression' && n.loc.start.line === line)[0];
  let awaited = false;
  for (let at = call?.parent; at; at = at.parent) {
    const node = at.node;
    if (node.type === 'AwaitExpression') awaited = true;
    if (node.type === 'CallExpression') {
      const callee = memberPath(node.callee) ?? '';
      if (TOGETHER.test(callee)) return callee;
      // `items.forEach(async (x) => { await fetch(…) })` still starts every call at once.
      if (callee.endsWith('.forEach') && !awaited) return 'forEach';
    }
    if (/Function/.test(node.type)) awaited = false;
  }
  return undefined;
}
