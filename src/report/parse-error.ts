import type { ParseError } from '../types.ts';

/** `path:line:column: message`, as editors and terminals link it. */
export function formatParseError(error: ParseError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}
