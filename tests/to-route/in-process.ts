// Runs a generated route handler in this process, without `next build`: the files of the
// migrated fixture app are transpiled to CommonJS one by one (TypeScript's transpileModule,
// no type check), `@/` resolves to the app root, relative imports to the app's files, and
// everything else (next/server, next/navigation, node:crypto) comes from the repo's
// node_modules unless a stub is given. Enough to call `POST(new Request(…))` and read the
// Response; tests/to-route-http.test.ts does the same against `next start`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const requireFromRepo = createRequire(import.meta.url);
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '/index.ts', '/index.js'];

/* eslint-disable @typescript-eslint/no-explicit-any -- loaded modules are untyped */
export type LoadedModule = Record<string, any>;

export interface AppLoader {
  /** Loads `file` (relative to the app root); one module instance per file, shared by every load of this loader. */
  load: (file: string) => LoadedModule;
}

/**
 * A loader for the app in `appDir`. `stubs` replaces modules by id (`'next/cache'`), so a test can
 * record what an action calls. Module state (an in-memory store in lib/) is shared across loads.
 */
export function appLoader(appDir: string, stubs: Record<string, unknown> = {}): AppLoader {
  const cache = new Map<string, LoadedModule>();

  const resolveFile = (base: string): string => {
    for (const ext of EXTENSIONS) {
      const candidate = base + ext;
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    throw new Error(`cannot resolve ${path.relative(appDir, base)} in ${appDir}`);
  };

  const loadAbsolute = (abs: string): LoadedModule => {
    const cached = cache.get(abs);
    if (cached) return cached;
    const source = readFileSync(abs, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: abs,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        jsx: ts.JsxEmit.ReactJSX,
        esModuleInterop: true,
        allowJs: true,
      },
    });
    const module = { exports: {} as LoadedModule };
    cache.set(abs, module.exports);
    const localRequire = (id: string): unknown => {
      if (id in stubs) return stubs[id];
      if (id.startsWith('@/')) return loadAbsolute(resolveFile(path.join(appDir, id.slice(2))));
      if (id.startsWith('.')) return loadAbsolute(resolveFile(path.resolve(path.dirname(abs), id)));
      return requireFromRepo(id);
    };
    new Function('require', 'module', 'exports', outputText)(localRequire, module, module.exports);
    cache.set(abs, module.exports);
    return module.exports;
  };

  return { load: (file) => loadAbsolute(path.join(appDir, file)) };
}

export interface Answer {
  status: number;
  /** The body parsed as JSON when it is JSON, else its text ('' for none). */
  body: unknown;
  /** The raw body text. */
  text: string;
  headers: Headers;
}

export async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      // Announced as JSON but not JSON: keep the text, the assertion will show it.
    }
  }
  return { status: res.status, body, text, headers: res.headers };
}

export type RequestBody = { json: unknown } | { raw: string; contentType?: string } | { form: FormData } | { urlencoded: URLSearchParams } | { none: true };

/** The init of a POST with the given body; a `json` body gets `Content-Type: application/json` unless `headers` sets one. */
export function postInit(body: RequestBody, headers: Record<string, string> = {}): RequestInit {
  const h: Record<string, string> = { ...headers };
  const init: RequestInit = { method: 'POST', headers: h, redirect: 'manual' };
  if ('json' in body) {
    h['content-type'] ??= 'application/json';
    init.body = JSON.stringify(body.json);
  } else if ('raw' in body) {
    if (body.contentType) h['content-type'] = body.contentType;
    // A Uint8Array body makes fetch add no Content-Type of its own.
    init.body = body.contentType ? body.raw : new TextEncoder().encode(body.raw);
  } else if ('form' in body) {
    init.body = body.form;
  } else if ('urlencoded' in body) {
    init.body = body.urlencoded;
  }
  return init;
}

/** Calls the POST export of a loaded route module and reads its answer. */
export async function callPost(route: LoadedModule, url: string, body: RequestBody, headers: Record<string, string> = {}, params: Record<string, string> = {}): Promise<Answer> {
  if (typeof route.POST !== 'function') throw new Error(`the route for ${url} exports no POST`);
  // Next passes the dynamic segments as `context.params`, a promise.
  const res: Response = await route.POST(new Request(`http://127.0.0.1${url}`, postInit(body, headers)), { params: Promise.resolve(params) });
  return answerOf(res);
}
