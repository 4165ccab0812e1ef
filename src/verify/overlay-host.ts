import type * as TS from 'typescript';
import type { TypeScriptApi } from './load-typescript.ts';

/** Absolute path → planned text; null hides a file the plan removes. */
export type Overlay = ReadonlyMap<string, string | null>;

/**
 * Parsed files shared by every program of a run, keyed by path and parse settings, so the lib
 * files and the untouched tree are parsed once, and `oldProgram` can reuse them as they are.
 */
export type SourceFileCache = Map<string, { text: string; file: TS.SourceFile }>;

/**
 * A compiler host that reads the app from disk with the plan's files laid over it, in memory.
 * It never writes: the check emits nothing, and writeFile refuses.
 */
export function overlayHost(ts: TypeScriptApi, options: TS.CompilerOptions, overlay: Overlay, cache: SourceFileCache): TS.CompilerHost {
  const base = ts.createCompilerHost(options, true);
  const newDirs = new Set<string>();
  for (const [file, text] of overlay) {
    if (text === null) continue;
    for (let dir = parentOf(file); dir && !newDirs.has(dir); dir = parentOf(dir)) newDirs.add(dir);
  }
  const readFile = (file: string) => (overlay.has(file) ? (overlay.get(file) ?? undefined) : base.readFile(file));
  return {
    ...base,
    fileExists: (file) => (overlay.has(file) ? overlay.get(file) !== null : base.fileExists(file)),
    readFile,
    directoryExists: (dir) => newDirs.has(trimSlash(dir)) || (base.directoryExists?.(dir) ?? ts.sys.directoryExists(dir)),
    realpath: (file) => (overlay.has(file) ? file : (base.realpath?.(file) ?? file)),
    writeFile: (file) => {
      throw new Error(`the type check never writes files (asked to write ${file})`);
    },
    // Every file goes through getSourceFile below, where the overlay is.
    getSourceFileByPath: undefined,
    getSourceFile: (file, languageVersionOrOptions, onError) => {
      const text = readFile(file);
      if (text === undefined) {
        onError?.(`file not found: ${file}`);
        return undefined;
      }
      const key = `${file}\0${JSON.stringify(languageVersionOrOptions)}`;
      const cached = cache.get(key);
      if (cached?.text === text) return cached.file;
      const parsed = ts.createSourceFile(file, text, languageVersionOrOptions, true);
      cache.set(key, { text, file: parsed });
      return parsed;
    },
  };
}

function trimSlash(dir: string): string {
  return dir.length > 1 ? dir.replace(/\/+$/, '') : dir;
}

function parentOf(file: string): string | undefined {
  const i = file.lastIndexOf('/');
  return i > 0 ? file.slice(0, i) : undefined;
}
