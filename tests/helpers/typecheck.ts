// `tsc --noEmit` for the tests, with the TypeScript the project pins (package.json
// devDependencies), written apart from src/verify so the tests don't check the tool with itself.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TS from 'typescript';

const require = createRequire(import.meta.url);

/** The project's own TypeScript, for `typescriptPath`. */
export const PINNED_TYPESCRIPT = require.resolve('typescript');
const ts = require('typescript') as typeof TS;
export const PINNED_VERSION = ts.version;

/** Parsed files outside the app (TypeScript's lib, node_modules types), shared by every program the tests build. */
const shared = new Map<string, TS.SourceFile>();

/**
 * Every error `tsc --noEmit --skipLibCheck -p dir` reports, as `file: TS1234 message`. Without
 * the line: lines move in the files a migration edits, so a before/after comparison goes by
 * file, code and text.
 */
export function tscErrors(dir: string): string[] {
  const configFile = path.join(dir, 'tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, dir, undefined, configFile);
  // Declaration files are the same before and after, and checking next's and react's takes seconds.
  const options = { ...parsed.options, skipLibCheck: true };
  const host = ts.createCompilerHost(options, true);
  const own = host.getSourceFile.bind(host);
  const root = dir.split(path.sep).join('/');
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    if (file.startsWith(`${root}/`)) return own(file, languageVersion, onError, shouldCreate);
    const key = `${file}\0${JSON.stringify(languageVersion)}`;
    if (!shared.has(key)) {
      const parsedFile = own(file, languageVersion, onError, shouldCreate);
      if (!parsedFile) return undefined;
      shared.set(key, parsedFile);
    }
    return shared.get(key);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => `${d.file ? path.relative(dir, d.file.fileName).split(path.sep).join('/') : '(options)'}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
    .sort();
}

/** The errors of `after` that `before` does not have, counting repeats. */
export function addedErrors(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const e of before) left.set(e, (left.get(e) ?? 0) + 1);
  return after.filter((e) => {
    const n = left.get(e) ?? 0;
    left.set(e, n - 1);
    return n <= 0;
  });
}
