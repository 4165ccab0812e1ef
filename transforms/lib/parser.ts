import type { File } from '@babel/types';
import { parseModule } from '../../src/scan/parse-source.ts';

/**
 * A bare @babel/parser AST, the scanner's. The transforms edit the original text by node
 * offsets, and recast's own parse reports offsets into a copy of the file with tabs
 * expanded and CRLF turned into LF; Babel's offsets are the file's own.
 */
export function parseForEdits(file: string, source: string): File {
  return parseModule(file, source);
}

export function isTypeScript(file: string): boolean {
  return /\.(c|m)?tsx?$/.test(file);
}
