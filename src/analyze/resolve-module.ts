import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.mts', '.cjs', '.cts'];

export interface PathAliases {
  baseUrl: string | null;
  paths: Record<string, string[]>;
}

/** tsconfig and jsconfig are JSON with comments and trailing commas. */
function parseJsonc(text: string): unknown {
  const stripped = text
    .replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, str: string | undefined) => str ?? '')
    .replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(stripped);
}

/** `compilerOptions.baseUrl` and `paths` from tsconfig.json or jsconfig.json, following a relative `extends`. */
export function readPathAliases(root: string): PathAliases {
  const read = (file: string, depth: number): PathAliases => {
    let config: { extends?: string; compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
    try {
      config = parseJsonc(readFileSync(file, 'utf8')) as typeof config;
    } catch {
      return { baseUrl: null, paths: {} };
    }
    const dir = path.dirname(file);
    const parent = typeof config.extends === 'string' && config.extends.startsWith('.') && depth < 5
      ? read(path.resolve(dir, config.extends.endsWith('.json') ? config.extends : `${config.extends}.json`), depth + 1)
      : { baseUrl: null, paths: {} };
    const options = config.compilerOptions ?? {};
    const baseUrl = options.baseUrl !== undefined ? path.relative(root, path.resolve(dir, options.baseUrl)).split(path.sep).join('/') : parent.baseUrl;
    // `paths` entries resolve against baseUrl, or against the config that declares them.
    const pathsBase = options.baseUrl !== undefined ? path.resolve(dir, options.baseUrl) : dir;
    const paths = options.paths
      ? Object.fromEntries(Object.entries(options.paths).map(([k, targets]) => [k, targets.map((t) => path.relative(root, path.resolve(pathsBase, t)).split(path.sep).join('/'))]))
      : parent.paths;
    return { baseUrl, paths };
  };
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (existsSync(file)) return read(file, 0);
  }
  return { baseUrl: null, paths: {} };
}

function withExtensions(candidate: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.posix.normalize(candidate);
  if (files.has(clean)) return clean;
  const bare = clean.replace(/\.(m|c)?js$/, '');
  for (const ext of EXTENSIONS) if (files.has(bare + ext)) return bare + ext;
  for (const ext of EXTENSIONS) if (files.has(`${clean}/index${ext}`)) return `${clean}/index${ext}`;
  return undefined;
}

/** The file an import specifier names, among the app's files; undefined for packages and unknown paths. */
export function resolveModule(importer: string, specifier: string, files: ReadonlySet<string>, aliases: PathAliases): string | undefined {
  if (specifier.startsWith('.')) return withExtensions(path.posix.join(path.posix.dirname(importer), specifier), files);
  for (const [pattern, targets] of Object.entries(aliases.paths)) {
    const star = pattern.indexOf('*');
    const matched = star < 0
      ? specifier === pattern ? '' : undefined
      : specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1)) && specifier.length >= pattern.length - 1
        ? specifier.slice(star, specifier.length - (pattern.length - star - 1))
        : undefined;
    if (matched === undefined) continue;
    for (const target of targets) {
      const found = withExtensions(target.replace('*', matched), files);
      if (found) return found;
    }
  }
  if (aliases.baseUrl !== null) return withExtensions(path.posix.join(aliases.baseUrl, specifier), files);
  return undefined;
}
