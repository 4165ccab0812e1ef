import type { ParseError } from '../types.ts';
import type { UnitProblem } from './types.ts';

/** The route's path as a caller would write it: fixed segments as they are, dynamic ones as any segment or a `${…}`. */
function pathPattern(url: string): RegExp {
  const segments = url.split('/').map((segment) =>
    segment.startsWith('[') ? '(?:[^/\'"`\\s]+|\\$\\{[^}]*\\})' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return new RegExp(`${segments.join('/')}(?![\\w-])`);
}

/**
 * A file that could not be parsed may call the route, and its call could not be rewritten:
 * converting the route would leave that call pointing at nothing. Each such file whose text
 * names the route's path is a blocker, named with its parse error.
 */
export function brokenCallerProblems(url: string, errors: readonly ParseError[], read: (file: string) => string): UnitProblem[] {
  const pattern = pathPattern(url);
  return errors
    .filter((error) => !error.file.startsWith('next.config') && pattern.test(read(error.file)))
    .map((error) => ({
      file: error.file,
      line: error.line,
      reason: `this file could not be parsed (${error.message}) and names ${url}; a call there could not be rewritten and would be left pointing at nothing`,
    }));
}
