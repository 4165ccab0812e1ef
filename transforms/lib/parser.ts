import { parse, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';

/** As @next/codemod does: `.ts` files get the TypeScript plugin alone so `<T>(x) => x` parses; the rest also get JSX. */
function pluginsFor(file: string): ParserPlugin[] {
  if (/\.(c|m)?ts$/.test(file)) return ['typescript'];
  if (/\.(c|m)?tsx$/.test(file)) return ['typescript', 'jsx'];
  return ['jsx'];
}

/**
 * A bare @babel/parser AST. The transforms edit the original text by node offsets, and
 * recast's own parse reports offsets into a copy of the file with tabs expanded and CRLF
 * turned into LF; Babel's offsets are the file's own.
 */
export function parseForEdits(file: string, source: string): File {
  return parse(source, { sourceType: 'module', allowImportExportEverywhere: true, allowReturnOutsideFunction: true, plugins: pluginsFor(file) });
}

export function isTypeScript(file: string): boolean {
  return /\.(c|m)?tsx?$/.test(file);
}
