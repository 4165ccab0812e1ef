import { parse, type ParserPlugin } from '@babel/parser';
import jscodeshift, { type Collection, type JSCodeshift } from 'jscodeshift';

/** As @next/codemod does: `.ts` files get the TypeScript plugin alone so `<T>(x) => x` parses; the rest also get JSX. */
function pluginsFor(file: string): ParserPlugin[] {
  if (/\.(c|m)?ts$/.test(file)) return ['typescript'];
  if (/\.(c|m)?tsx$/.test(file)) return ['typescript', 'jsx'];
  return ['jsx'];
}

export function jscodeshiftFor(file: string): JSCodeshift {
  return jscodeshift.withParser(/\.(c|m)?ts$/.test(file) ? 'ts' : 'tsx');
}

/**
 * A jscodeshift collection over a bare @babel/parser AST. The transforms edit the original
 * text by node offsets, and recast's own parse reports offsets into a copy of the file with
 * tabs expanded and CRLF turned into LF; Babel's offsets are the file's own.
 */
export function parseForEdits(file: string, source: string): { j: JSCodeshift; root: Collection } {
  const j = jscodeshiftFor(file);
  const ast = parse(source, { sourceType: 'module', allowImportExportEverywhere: true, allowReturnOutsideFunction: true, plugins: pluginsFor(file) });
  return { j, root: j(ast as never) };
}

export function isTypeScript(file: string): boolean {
  return /\.(c|m)?tsx?$/.test(file);
}
