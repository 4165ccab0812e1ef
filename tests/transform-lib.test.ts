import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { walk } from '../src/scan/ast.ts';
import { parseModule } from '../src/scan/parse-source.ts';
import { detectStyle } from '../src/rewrite/edits.ts';
import { findPaths, programPath, statementsAt } from '../src/rewrite/node-path.ts';

describe('findPaths', () => {
  const source = [
    "import { x } from './x'",
    'export function a() {',
    '  return fetch(x(1))',
    '}',
    'const b = () => fetch(x(2))',
  ].join('\n');
  const ast = parseModule('a.ts', source);

  it('finds matches in source order, each with its chain of parents up to the file', () => {
    const calls = findPaths(programPath(ast), (n) => n.type === 'CallExpression');
    expect(calls.map((p) => source.slice(p.node.start, p.node.end))).toEqual(['fetch(x(1))', 'x(1)', 'fetch(x(2))', 'x(2)']);
    const chain: string[] = [];
    for (let p = calls[1]!.parent; p; p = p.parent) chain.push(p.node.type);
    expect(chain).toEqual(['CallExpression', 'ReturnStatement', 'BlockStatement', 'FunctionDeclaration', 'ExportNamedDeclaration', 'Program', 'File']);
  });

  it('leaves out the node it starts from', () => {
    const [fn] = findPaths(programPath(ast), (n) => n.type === 'FunctionDeclaration');
    expect(findPaths(fn!, (n) => n.type === 'FunctionDeclaration')).toEqual([]);
  });

  it('searches only the statements on the lines asked for', () => {
    const calls = findPaths(statementsAt(ast, [5]), (n) => n.type === 'CallExpression');
    expect(calls.map((p) => source.slice(p.node.start, p.node.end))).toEqual(['fetch(x(2))', 'x(2)']);
  });
});

describe('walk', () => {
  const source = 'class A extends B<C> implements D { m(p: E): F { return g(p as H) } }';
  const names = (withTypes: boolean) => {
    const seen: string[] = [];
    walk(parseModule('a.ts', source), (n: Node) => void (n.type === 'Identifier' && seen.push(n.name)), withTypes);
    return seen;
  };

  it('skips every type annotation, type argument and implements clause unless asked for types', () => {
    expect(names(false)).toEqual(['A', 'B', 'm', 'p', 'g', 'p']);
    expect(names(true)).toEqual(expect.arrayContaining(['C', 'D', 'E', 'F', 'H']));
  });
});

describe('detectStyle', () => {
  it('reads semicolons from statements, a module of type aliases included', () => {
    expect(detectStyle('export type A = { a: string };\ntype B = number;\n').semicolons).toBe(true);
    expect(detectStyle('export type A = { a: string }\ntype B = number\n').semicolons).toBe(false);
  });

  it('reads the habit from the first statements of a big file', () => {
    const head = Array.from({ length: 20 }, (_, i) => `import a${i} from 'a${i}'`).join('\n');
    const tail = Array.from({ length: 40 }, (_, i) => `export const b${i} = ${i};`).join('\n');
    expect(detectStyle(`${head}\n${tail}\n`).semicolons).toBe(false);
  });
});
