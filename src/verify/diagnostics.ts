import type * as TS from 'typescript';
import type { TypeScriptApi } from './load-typescript.ts';

/** A type error, with its file relative to the app root ('' for one about the options or the whole program). */
export interface TypeErrorFound {
  file: string;
  line: number;
  code: number;
  message: string;
}

/** A type error the plan adds: the untouched tree did not have it. */
export interface NewTypeError extends TypeErrorFound {
  /** The top-level declaration it is in, such as an action's function in a shared module. */
  declaration?: string;
  /** For an error in a file the plan leaves alone: the changed files it reaches through its imports. */
  reaches?: string[];
}

interface Found extends TypeErrorFound {
  source?: TS.SourceFile;
  start?: number;
}

/**
 * The errors `tsc --noEmit` would print: options, global, syntactic and semantic (declaration
 * emit is not checked). Two kinds of file are left out:
 * - the declaration files of libraries (node_modules, TypeScript's lib): the plan changes none,
 *   so their errors are the same before and after, and checking them (an app without
 *   skipLibCheck) costs more than checking the app;
 * - files under `.next/`: Next writes them at build time from the routes that exist then, so a
 *   removed route's stale entry there is no error of the plan's.
 */
export function errorsOf(ts: TypeScriptApi, program: TS.Program, relative: (file: string) => string): Found[] {
  const checked = program
    .getSourceFiles()
    .filter((f) => !(f.isDeclarationFile && (program.isSourceFileDefaultLibrary(f) || program.isSourceFileFromExternalLibrary(f) || f.fileName.includes('/node_modules/'))));
  const all = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  return all
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d): Found => {
      const source = d.file;
      const file = source ? relative(source.fileName) : '';
      const line = source && d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return { file, line, code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n'), ...(source ? { source } : {}), ...(d.start !== undefined ? { start: d.start } : {}) };
    })
    .filter((d) => !d.file.startsWith('.next/'));
}

/**
 * The planned tree's errors that the untouched tree does not have, compared as multisets of
 * (file, code, message): lines move in the files the plan edits, so they are not compared.
 * An error that leaves one file and appears in another with the same code and message is
 * taken to have moved with the code.
 */
export function newErrors(ts: TypeScriptApi, baseline: readonly Found[], planned: readonly Found[]): NewTypeError[] {
  const key = (d: Found) => `${d.file}\0${d.code}\0${d.message}`;
  const left = new Map<string, number>();
  for (const d of baseline) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  const added: NewTypeError[] = [];
  for (const d of planned) {
    const n = left.get(key(d)) ?? 0;
    if (n > 0) {
      left.set(key(d), n - 1);
      continue;
    }
    const declaration = d.source && d.start !== undefined ? declarationAt(ts, d.source, d.start) : undefined;
    added.push({ file: d.file, line: d.line, code: d.code, message: d.message, ...(declaration ? { declaration } : {}) });
  }
  // Code the plan moves takes its errors along: a route's error that is gone from the route
  // file and stands again, word for word, in the action module is the same error, not a new one.
  const gone = new Map<string, number>();
  for (const [k, n] of left) if (n > 0) gone.set(k.slice(k.indexOf('\0') + 1), (gone.get(k.slice(k.indexOf('\0') + 1)) ?? 0) + n);
  const moved = (d: NewTypeError) => {
    const k = `${d.code}\0${d.message}`;
    const n = gone.get(k) ?? 0;
    if (n > 0) gone.set(k, n - 1);
    return n > 0;
  };
  return added.filter((d) => !moved(d)).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function declarationAt(ts: TypeScriptApi, source: TS.SourceFile, position: number): string | undefined {
  const statement = source.statements.find((s) => s.pos <= position && position < s.end);
  if (!statement) return undefined;
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) return statement.name.text;
  if (ts.isVariableStatement(statement)) {
    const first = statement.declarationList.declarations[0];
    return first && ts.isIdentifier(first.name) ? first.name.text : undefined;
  }
  return undefined;
}
