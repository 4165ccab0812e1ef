import type { File } from '@babel/types';
import { objectProperty, stringValue, walk } from './ast.ts';

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
