import path from 'node:path';
import type { PathAliases } from '../analyze/resolve-module.ts';

function withoutExtension(file: string): string {
  return file.replace(/\.(ts|tsx|js|jsx|mjs|mts)$/, '');
}

/** How `fromFile` should import `targetFile`: through a tsconfig `paths` alias when one covers it, else relatively. */
export function importSpecifier(fromFile: string, targetFile: string, aliases: PathAliases): string {
  for (const [pattern, targets] of Object.entries(aliases.paths)) {
    if (!pattern.endsWith('*')) continue;
    for (const target of targets) {
      if (!target.endsWith('*')) continue;
      const prefix = target.slice(0, -1);
      if (targetFile.startsWith(prefix)) return pattern.slice(0, -1) + withoutExtension(targetFile.slice(prefix.length));
    }
  }
  const relative = path.posix.relative(path.posix.dirname(fromFile), withoutExtension(targetFile));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** A relative import written in `fromFile`, re-pointed for code that moves to `toFile`. */
export function repointImport(source: string, fromFile: string, toFile: string): string {
  if (!source.startsWith('.')) return source;
  const target = path.posix.join(path.posix.dirname(fromFile), source);
  const relative = path.posix.relative(path.posix.dirname(toFile), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
