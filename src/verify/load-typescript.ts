import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type TypeScript from 'typescript';

export type TypeScriptApi = typeof TypeScript;

export type LoadedTypeScript = { ok: true; ts: TypeScriptApi; version: string; from: string } | { ok: false; reason: string };

/** The parts of the compiler API the check uses; TypeScript 7's native compiler has none of them. */
const API = ['createProgram', 'createCompilerHost', 'readConfigFile', 'parseJsonConfigFileContent', 'flattenDiagnosticMessageText', 'resolveModuleName'] as const;

function packageVersion(entry: string): string | undefined {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    try {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'typescript' || json.name?.startsWith('@typescript/')) return json.version;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The app's own TypeScript, resolved as the app resolves it: from `root`, then up through
 * each parent's node_modules (a package in a monorepo gets the workspace's). `typescriptPath`
 * names one explicitly instead (a module path or a package folder).
 */
export function loadTypeScript(root: string, typescriptPath?: string): LoadedTypeScript {
  const requireFromApp = createRequire(path.join(root, 'package.json'));
  let entry: string;
  try {
    entry = requireFromApp.resolve(typescriptPath ?? 'typescript');
  } catch {
    return typescriptPath
      ? { ok: false, reason: `no TypeScript at ${typescriptPath}` }
      : { ok: false, reason: `TypeScript is not installed where ${root} can resolve it (add typescript to its devDependencies and install)` };
  }
  let ts: Partial<TypeScriptApi>;
  try {
    ts = requireFromApp(entry) as Partial<TypeScriptApi>;
  } catch (err) {
    return { ok: false, reason: `TypeScript at ${entry} could not be loaded: ${(err as Error).message.split('\n')[0]}` };
  }
  const version = (typeof ts.version === 'string' ? ts.version : undefined) ?? packageVersion(entry) ?? 'of unknown version';
  const missing = API.filter((name) => typeof ts[name] !== 'function');
  if (missing.length) {
    return { ok: false, reason: `TypeScript ${version} (${entry}) has no JavaScript compiler API (${missing.join(', ')} missing), as TypeScript 7's native compiler has none` };
  }
  return { ok: true, ts: ts as TypeScriptApi, version, from: entry };
}
