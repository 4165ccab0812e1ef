import { resolveModule, type PathAliases } from '../analyze/resolve-module.ts';

// `from '…/route'`, and any call given its path: import(), require(), vi.mock(), jest.requireActual()…
const ROUTE_IMPORT = /(?:from\s*|\(\s*)(['"])([^'"\n]*route(?:\.[cm]?[jt]sx?)?)\1/g;

/**
 * Files that import a route module directly (a unit test's `import { POST } from '../route'`),
 * by route file: when POST leaves the route file, their calls of it must become action calls,
 * or the route stays. Only `candidates` are read: the files the scan saw writing a path that ends in `route`.
 */
export function routeImporters(routeFiles: ReadonlySet<string>, candidates: readonly string[], files: ReadonlySet<string>, read: (file: string) => string, aliases: PathAliases): Map<string, { file: string; line: number; at: number }[]> {
  const found = new Map<string, { file: string; line: number; at: number }[]>();
  if (!routeFiles.size) return found;
  for (const file of candidates) {
    // A route file converting too still counts: its re-export of another route's POST stays if its own unit is declined.
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    const source = read(file);
    for (const m of source.matchAll(ROUTE_IMPORT)) {
      const target = resolveModule(file, m[2]!, files, aliases);
      if (!target || target === file || !routeFiles.has(target)) continue;
      const at = m.index + m[0].length - m[2]!.length - 2; // the path's opening quote
      const line = source.slice(0, at).split('\n').length;
      found.set(target, [...(found.get(target) ?? []), { file, line, at }]);
    }
  }
  return found;
}
