import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { UsageError } from '../errors.ts';
import type { ParseError } from '../types.ts';
import { discoverSourceFiles, findSiblingPackages, isNextApp } from './discover.ts';
import { scanFileFacts, type FileFacts } from './file-facts.ts';
import { MIDDLEWARE_FILES, scanMiddleware, type MiddlewareFacts } from './middleware.ts';
import { NEXT_CONFIG_FILES, readBasePath } from './next-config.ts';
import { parseSource } from './parse-source.ts';
import { scanExportedHandler, scanRouteModule, type RouteMethodFacts } from './route-module.ts';
import { routeUrlOf } from './route-url.ts';
import { readPathAliases, resolveModule, type PathAliases } from '../analyze/resolve-module.ts';

export interface RouteFileScan {
  file: string;
  url: string;
  methods: RouteMethodFacts[];
  imports: string[];
}

export interface SiblingScan {
  label: string;
  isNextApp: boolean;
  files: FileFacts[];
}

/** Everything read from disk, as plain data; the analysis works on this alone. */
export interface AppScan {
  root: string;
  basePath: string;
  basePathUnreadable: boolean;
  files: FileFacts[];
  routes: RouteFileScan[];
  middleware: (MiddlewareFacts & { file: string })[];
  crons: { path: string; line: number }[];
  ownHosts: string[];
  aliases: PathAliases;
  fileList: string[];
  siblings: SiblingScan[];
  errors: ParseError[];
}

/** Cheap test before parsing: a file none of these strings occur in can't hold a caller. */
const CALLER_HINTS = ['fetch', 'axios', '/api', 'action', 'Action', 'useSWR', 'useMutation', '.post(', '.put(', '.patch(', '.delete(', '.get(', '.request(', 'http'];

function readEnvHosts(root: string): string[] {
  const hosts = new Set<string>();
  for (const name of ['.env', '.env.local', '.env.production', '.env.development', '.env.example']) {
    const file = path.join(root, name);
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*[A-Z0-9_]*(URL|HOST|ORIGIN|DOMAIN)[A-Z0-9_]*\s*=\s*["']?(https?:\/\/[^\s"'/]+)/gm)) {
      hosts.add(new URL(match[2]!).host.toLowerCase());
    }
  }
  return [...hosts];
}

function readCrons(root: string): { path: string; line: number }[] {
  const file = path.join(root, 'vercel.json');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  try {
    const crons = (JSON.parse(text) as { crons?: { path?: string }[] }).crons ?? [];
    return crons.flatMap((c) => {
      if (typeof c.path !== 'string') return [];
      const at = text.indexOf(JSON.stringify(c.path));
      return [{ path: c.path.split('?')[0]!, line: at < 0 ? 1 : text.slice(0, at).split('\n').length }];
    });
  } catch {
    return [];
  }
}

export function assertAppRoot(root: string, shown: string): void {
  if (!existsSync(root)) throw new UsageError(`no such directory: ${shown}`);
  if (!statSync(root).isDirectory()) throw new UsageError(`not a directory: ${shown}`);
  if (!isNextApp(root)) throw new UsageError(`${shown}: no app/ or src/app/ folder here, so this is not a Next.js App Router app root`);
}

export async function scanApp(root: string, config: Config, onProgress?: (scanned: number, total: number) => void): Promise<AppScan> {
  const errors: ParseError[] = [];
  const fileList = await discoverSourceFiles(root);
  const ownHosts = [...new Set(['localhost', '127.0.0.1', ...config.hosts, ...readEnvHosts(root)])];

  let basePath = '';
  let basePathUnreadable = false;
  const nextConfig = NEXT_CONFIG_FILES.find((f) => existsSync(path.join(root, f)));
  if (nextConfig) {
    const parsed = parseSource(nextConfig, readFileSync(path.join(root, nextConfig), 'utf8'));
    if ('ast' in parsed) ({ basePath, unreadable: basePathUnreadable } = readBasePath(parsed.ast));
    else errors.push(parsed.error);
  }

  const sources = new Map<string, string>();
  const read = (file: string) => {
    let source = sources.get(file);
    if (source === undefined) {
      source = readFileSync(path.join(root, file), 'utf8');
      sources.set(file, source);
    }
    return source;
  };
  const parsed = new Map<string, ReturnType<typeof parseSource>>();
  const parseOnce = (file: string) => {
    let outcome = parsed.get(file);
    if (!outcome) {
      outcome = parseSource(file, read(file));
      parsed.set(file, outcome);
      if ('error' in outcome) errors.push(outcome.error);
    }
    return 'ast' in outcome ? outcome.ast : undefined;
  };

  const routes: RouteFileScan[] = [];
  const middleware: AppScan['middleware'] = [];
  const files: FileFacts[] = [];
  const aliases = readPathAliases(root);
  const fileSet = new Set(fileList);

  // First the files that declare things (routes, proxies, actions), then the ones that may call them.
  const actionNames = new Set<string>();
  for (const file of fileList) {
    const url = routeUrlOf(file, basePath);
    if (url !== undefined) {
      const ast = parseOnce(file);
      if (!ast) continue;
      const facts = scanRouteModule(ast, ownHosts);
      for (const m of facts.methods) {
        if (!m.reexport) continue;
        const target = resolveModule(file, m.reexport.source, fileSet, aliases);
        const targetAst = target ? parseOnce(target) : undefined;
        const handler = targetAst ? scanExportedHandler(targetAst, m.reexport.imported, ownHosts) : undefined;
        if (handler) {
          m.signals = handler.signals;
          m.reexport.read = true;
        }
      }
      routes.push({ file, url, methods: facts.methods, imports: facts.imports });
    }
    if (MIDDLEWARE_FILES.includes(file)) {
      const ast = parseOnce(file);
      if (ast) middleware.push({ file, ...scanMiddleware(ast, ownHosts) });
    }
    if (read(file).includes('use server')) {
      const ast = parseOnce(file);
      if (!ast) continue;
      const facts = scanFileFacts(file, ast, config.fetchWrappers);
      for (const a of facts.actions) actionNames.add(a.name);
      files.push(facts);
    }
  }
  const hints = [...CALLER_HINTS, ...config.fetchWrappers.map((w) => w.name.split('.')[0]!), ...actionNames];
  const done = new Set(files.map((f) => f.file));
  let scanned = 0;
  for (const file of fileList) {
    if (++scanned % 500 === 0) onProgress?.(scanned, fileList.length);
    if (done.has(file)) continue;
    const source = read(file);
    if (!parsed.has(file) && !hints.some((h) => source.includes(h))) continue;
    const ast = parseOnce(file);
    if (ast) files.push(scanFileFacts(file, ast, config.fetchWrappers));
  }
  files.sort((a, b) => a.file.localeCompare(b.file));

  const siblings: SiblingScan[] = [];
  for (const pkg of await findSiblingPackages(root)) {
    const facts: FileFacts[] = [];
    for (const rel of await discoverSourceFiles(pkg.dir)) {
      const source = readFileSync(path.join(pkg.dir, rel), 'utf8');
      if (!CALLER_HINTS.some((h) => source.includes(h))) continue;
      const label = `${pkg.label}/${rel}`;
      const outcome = parseSource(label, source);
      if ('ast' in outcome) facts.push(scanFileFacts(label, outcome.ast, config.fetchWrappers));
      else errors.push(outcome.error);
    }
    siblings.push({ label: pkg.label, isNextApp: pkg.isNextApp, files: facts });
  }

  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { root, basePath, basePathUnreadable, files, routes, middleware, crons: readCrons(root), ownHosts, aliases, fileList, siblings, errors };
}
