import type { File, Node } from '@babel/types';
import { lineOf, objectProperty, stringValue, unwrap, walk } from './ast.ts';

export const NEXT_CONFIG_FILES = ['next.config.ts', 'next.config.mjs', 'next.config.js', 'next.config.cjs', 'next.config.mts'];

/**
 * `basePath` as written in next.config. The config is never executed: a value that
 * isn't a string literal is reported instead of guessed.
 */
export function readBasePath(ast: File): { basePath: string; unreadable: boolean } {
  let basePath = '';
  let unreadable = false;
  walk(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const value = objectProperty(node, 'basePath');
    if (!value) return;
    const text = stringValue(value);
    if (text === undefined) unreadable = true;
    else basePath = text.replace(/\/$/, '');
    return false;
  });
  return { basePath, unreadable };
}

/** A `headers()` entry of next.config that sets CORS headers; `source` is null when it isn't a literal. */
export interface ConfigCors {
  source: string | null;
  line: number;
}

/**
 * Entries of next.config's `headers()` that set `Access-Control-Allow-*`: pages on other
 * origins call the paths they cover. Headers and sources written as module constants are
 * followed; anything else is reported with a null source, to be taken as covering every path.
 */
export function readConfigCors(ast: File, text: string): ConfigCors[] {
  const setsCors = /access-control-allow-/i.test(text);
  const constants = new Map<string, Node>();
  for (const statement of ast.program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) constants.set(d.id.name, d.init);
  }
  const resolve = (node: Node | undefined): Node | undefined => {
    const n = node ? unwrap(node) : undefined;
    return n?.type === 'Identifier' ? constants.get(n.name) : n;
  };
  const found: ConfigCors[] = [];
  walk(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const source = objectProperty(node, 'source');
    const headers = resolve(objectProperty(node, 'headers'));
    if (!source || !headers) return;
    const keys = headers.type === 'ArrayExpression' ? headers.elements.map((e) => (e && e.type !== 'SpreadElement' ? stringValue(objectProperty(resolve(e), 'key')) : undefined)) : [undefined];
    // A header this tool can't read may be a CORS header when the file sets one somewhere.
    if (!keys.some((k) => (k === undefined ? setsCors : /^access-control-allow-/i.test(k)))) return;
    found.push({ source: stringValue(resolve(source)) ?? null, line: lineOf(node) });
  });
  return found;
}
