import type { ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import type { ParseError } from '../types.ts';
import babel from './babel.cjs';

/** `.ts` must not get the JSX plugin, or `<T>(x) => x` fails; everything else may contain JSX. */
function pluginsFor(file: string): ParserPlugin[] {
  if (/\.(c|m)?ts$/.test(file)) return ['typescript'];
  if (/\.(c|m)?tsx$/.test(file)) return ['typescript', 'jsx'];
  return ['jsx'];
}

export function isTypeScript(file: string): boolean {
  return /\.(c|m)?tsx?$/.test(file);
}

/**
 * A bare @babel/parser AST of a module; throws on a syntax error. The transforms edit the
 * original text by these nodes' offsets, which are the file's own: recast's parse reports
 * offsets into a copy of the file with tabs expanded and CRLF turned into LF.
 */
export function parseModule(file: string, source: string): File {
  return babel.parse(source, {
    sourceType: 'module',
    allowImportExportEverywhere: true,
    allowReturnOutsideFunction: true,
    errorRecovery: false,
    plugins: pluginsFor(file),
  });
}

export type ParseOutcome = { ast: File } | { error: ParseError };

export function parseSource(file: string, source: string): ParseOutcome {
  try {
    return { ast: parseModule(file, source) };
  } catch (err) {
    const e = err as Error & { loc?: { line: number; column: number } };
    const message = e.message.replace(/\s*\(\d+:\d+\)$/, '');
    return {
      error: { file, line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1, message },
    };
  }
}
