import type { File, Node } from '@babel/types';
import { lineOf, memberPath, objectProperty, stringValue, unwrap, walk } from './ast.ts';

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

/** `process.env.NEXT_PUBLIC_BASE_URL`, `env.APP_URL`: a variable that names the app's own origin. */
const OWN_ORIGIN = /(^|\.)(NEXT_PUBLIC_)?(BASE|APP|SITE|PUBLIC|WEB|HOST|CANONICAL)_?(URL|ORIGIN)$/i;

/**
 * Entries of next.config's `headers()` that let other origins call the paths they cover: an
 * `Access-Control-Allow-Origin` of `*`, another origin, or a value this tool can't read. One
 * that names the app's own origin (`env.NEXT_PUBLIC_BASE_URL`) allows no one else. Headers and
 * sources written as module constants are followed; a source that isn't a literal is reported
 * as null, to be taken as covering every path.
 */
export function readConfigCors(ast: File, text: string): ConfigCors[] {
  if (!/access-control-allow-origin/i.test(text)) return [];
  const constants = new Map<string, Node>();
  walk(ast, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) constants.set(node.id.name, node.init);
  });
  const resolve = (node: Node | undefined): Node | undefined => {
    const n = node ? unwrap(node) : undefined;
    return n?.type === 'Identifier' ? constants.get(n.name) : n;
  };
  /** The entries a headers list holds, spreads of constant lists included. */
  const entriesOf = (list: Node | undefined, depth = 0): (Node | undefined)[] => {
    const n = resolve(list);
    if (!n || n.type !== 'ArrayExpression' || depth > 3) return [undefined];
    return n.elements.flatMap((e) => (!e ? [] : e.type === 'SpreadElement' ? entriesOf(e.argument, depth + 1) : [resolve(e)]));
  };
  const admitsOthers = (entry: Node | undefined): boolean => {
    if (!entry) return true;
    const key = stringValue(objectProperty(entry, 'key'));
    if (key === undefined) return true;
    if (key.toLowerCase() !== 'access-control-allow-origin') return false;
    const value = objectProperty(entry, 'value');
    return !(value && OWN_ORIGIN.test(memberPath(value) ?? ''));
  };
  const found: ConfigCors[] = [];
  walk(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const source = objectProperty(node, 'source');
    const headers = objectProperty(node, 'headers');
    if (!source || !headers || !entriesOf(headers).some(admitsOthers)) return;
    found.push({ source: stringValue(resolve(source)) ?? null, line: lineOf(node) });
  });
  return found;
}

/** `serverActions: { bodySizeLimit: '4mb' }` (under `experimental` before Next 15), as written. */
export function readBodySizeLimit(ast: File): { value: string | number; line: number } | undefined {
  let found: { value: string | number; line: number } | undefined;
  walk(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const value = objectProperty(objectProperty(node, 'serverActions'), 'bodySizeLimit');
    if (!value) return;
    const n = unwrap(value);
    const read = n.type === 'NumericLiteral' ? n.value : stringValue(n);
    if (read !== undefined) found = { value: read, line: lineOf(n) };
    return false;
  });
  return found;
}
