import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as TS from 'typescript';
import type { FileChange } from '../plan/types.ts';
import { errorsOf, newErrors, type NewTypeError } from './diagnostics.ts';
import { loadTypeScript, type TypeScriptApi } from './load-typescript.ts';
import { overlayHost, type Overlay, type SourceFileCache } from './overlay-host.ts';

export type { NewTypeError } from './diagnostics.ts';

export interface TypecheckOptions {
  /** Type-check the planned tree with the app's own TypeScript before anything is written (default true). */
  typecheck?: boolean;
  /** Use this TypeScript (a module path or package folder) instead of the one the app resolves; tests pin theirs. */
  typescriptPath?: string;
}

export interface TypecheckOutcome {
  typescriptVersion: string;
  newErrors: NewTypeError[];
  ms: number;
}

export interface TypeChecker {
  version: string;
  /** The errors the planned tree has that the untouched tree does not. Nothing is written. */
  check(changes: readonly FileChange[]): TypecheckOutcome;
  /** Full type-checks run so far (the untouched tree's counts once), and the time they took. */
  stats(): { checks: number; ms: number };
}

export type TypeCheckerSetup = { ok: true; checker: TypeChecker } | { ok: false; reason: string };

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const SCRIPT = /\.(js|jsx|mjs|cjs)$/;

/**
 * A differential type check of planned trees against the untouched one, with the app's own
 * TypeScript and tsconfig.json. The untouched tree is checked once, on the first call, and each
 * planned tree is checked with the same compiler options and the parsed files shared, with the
 * changed files laid over the disk in memory.
 */
export function createTypeChecker(appRoot: string, options: TypecheckOptions = {}): TypeCheckerSetup {
  const root = path.resolve(appRoot);
  const configFile = path.join(root, 'tsconfig.json');
  if (!existsSync(configFile)) return { ok: false, reason: 'the app has no tsconfig.json' };
  const loaded = loadTypeScript(root, options.typescriptPath);
  if (!loaded.ok) return loaded;
  const { ts, version } = loaded;
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) return { ok: false, reason: `tsconfig.json could not be read: ${ts.flattenDiagnosticMessageText(read.error.messageText, ' ')}` };
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  if (!parsed.fileNames.length) {
    return { ok: false, reason: parsed.projectReferences?.length ? 'tsconfig.json has no files of its own, only project references, which the check does not follow' : 'tsconfig.json includes no files' };
  }
  const posixRoot = toPosix(root);
  const absolute = (file: string) => path.posix.join(posixRoot, file);
  const relative = (file: string) => path.posix.relative(posixRoot, toPosix(file));
  const cache: SourceFileCache = new Map();
  const compilerOptions = parsed.options;
  const programOf = (overlay: Overlay, rootNames: string[]) =>
    ts.createProgram({
      rootNames,
      options: compilerOptions,
      host: overlayHost(ts, compilerOptions, overlay, cache),
      ...(parsed.projectReferences ? { projectReferences: parsed.projectReferences } : {}),
    });
  const checkable = (file: string) => SOURCE.test(file) || (!!compilerOptions.allowJs && SCRIPT.test(file));
  // Only the baseline's errors are kept, not its program: a program holds its type checker, and
  // two of them at once ran a large app (a Prisma schema of 84 models) out of heap. The parsed
  // files are shared through `cache` all the same.
  let baseline: { errors: ReturnType<typeof errorsOf> } | undefined;
  let checks = 0;
  let total = 0;

  const check = (changes: readonly FileChange[]): TypecheckOutcome => {
    if (!changes.length) return { typescriptVersion: version, newErrors: [], ms: 0 };
    const started = performance.now();
    if (!baseline) {
      baseline = { errors: errorsOf(ts, programOf(new Map(), parsed.fileNames), relative) };
      checks++;
    }
    const overlay = new Map(changes.map((c) => [absolute(c.file), c.after]));
    const rootNames = [
      ...parsed.fileNames.filter((f) => overlay.get(f) !== null),
      ...changes.filter((c) => c.before === null && c.after !== null && checkable(c.file)).map((c) => absolute(c.file)),
    ];
    const program = programOf(overlay, [...new Set(rootNames)]);
    const added = newErrors(ts, baseline.errors, errorsOf(ts, program, relative));
    checks++;
    const changed = new Set(changes.map((c) => c.file));
    const reached = new Map<string, string[]>();
    for (const error of added) {
      if (!error.file || changed.has(error.file)) continue;
      if (!reached.has(error.file)) reached.set(error.file, reachedChanges(ts, compilerOptions, error.file, changed, absolute, relative));
      error.reaches = reached.get(error.file)!;
    }
    const ms = performance.now() - started;
    total += ms;
    return { typescriptVersion: version, newErrors: added, ms };
  };
  return { ok: true, checker: { version, check, stats: () => ({ checks, ms: total }) } };
}

/**
 * The changed files an untouched file reaches through its imports in the untouched tree (so an
 * import of a removed route still resolves), stopping at each changed file it meets.
 */
function reachedChanges(
  ts: TypeScriptApi,
  options: TS.CompilerOptions,
  start: string,
  changed: ReadonlySet<string>,
  absolute: (file: string) => string,
  relative: (file: string) => string,
): string[] {
  const host = ts.createCompilerHost(options, true);
  const seen = new Set([start]);
  const queue = [start];
  const found = new Set<string>();
  while (queue.length && seen.size < 5000) {
    const file = queue.shift()!;
    const text = host.readFile(absolute(file));
    if (text === undefined) continue;
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(imported.fileName, absolute(file), options, host).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = relative(resolved.resolvedFileName);
      if (changed.has(target)) found.add(target);
      else if (!seen.has(target) && !target.startsWith('../')) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...found].sort();
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
