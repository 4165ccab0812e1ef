import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Decision } from './types.ts';
import type { FetchWrapper } from './scan/file-facts.ts';
import { UsageError } from './errors.ts';

export const CONFIG_FILE = 'route-actions.config.json';

export interface ActionOverride {
  decision: Decision;
  /** URL for the generated route when the decision is `route`. */
  path?: string;
}

export interface Config {
  /** The config file relative to the app root, or null when there is none. */
  file: string | null;
  /** URL glob → forced decision. */
  routes: Record<string, Decision>;
  /** Action name, or `file#name` → forced decision. */
  actions: Record<string, ActionOverride>;
  fetchWrappers: FetchWrapper[];
  /** Hosts that are this app, so `https://host/api/x` counts as a call to our own route. */
  hosts: string[];
  /** Where the migration puts new action modules, relative to the app root. */
  actionsDir: string | null;
  /** The credential generated routes check: a header, compared with an environment variable. */
  externalAuth: { header: string; env: string; scheme?: string } | null;
  /** Requests with unreadable URLs that are not calls to this app: `file:line`, or a file glob. */
  ignoreCalls: string[];
  /** 1-based line of each key in the file, so reasons can point at it. */
  lines: Record<string, number>;
}

const KEYS = ['$schema', 'routes', 'actions', 'fetchWrappers', 'hosts', 'actionsDir', 'externalAuth', 'ignoreCalls'];

export const EMPTY_CONFIG: Config = { file: null, routes: {}, actions: {}, fetchWrappers: [], hosts: [], actionsDir: null, externalAuth: null, ignoreCalls: [], lines: {} };

function fail(file: string, message: string): never {
  throw new UsageError(`${file}: ${message}`);
}

function isDecision(value: unknown): value is Decision {
  return value === 'action' || value === 'route';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Reads and validates the config. Anything unexpected is a UsageError naming the key. */
export function loadConfig(root: string, explicit?: string): Config {
  const file = explicit ? path.resolve(explicit) : path.join(root, CONFIG_FILE);
  if (!existsSync(file)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return EMPTY_CONFIG;
  }
  const shown = path.relative(root, file).split(path.sep).join('/') || CONFIG_FILE;
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    fail(shown, `not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(raw)) fail(shown, 'must be a JSON object');
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) fail(shown, `unknown key "${key}" (expected one of: ${KEYS.slice(1).join(', ')})`);
  }
  const config: Config = { file: shown, routes: {}, actions: {}, fetchWrappers: [], hosts: [], actionsDir: null, externalAuth: null, ignoreCalls: [], lines: {} };

  if (raw.routes !== undefined) {
    if (!isObject(raw.routes)) fail(shown, '"routes" must be an object of URL glob → "action" | "route"');
    for (const [glob, decision] of Object.entries(raw.routes)) {
      if (!glob.startsWith('/')) fail(shown, `routes: key "${glob}" must be a URL glob starting with /`);
      if (!isDecision(decision)) fail(shown, `routes."${glob}" must be "action" or "route"`);
      config.routes[glob] = decision;
      config.lines[`routes:${glob}`] = lineOfKey(text, glob);
    }
  }
  if (raw.actions !== undefined) {
    if (!isObject(raw.actions)) fail(shown, '"actions" must be an object of action name → "action" | "route" | { "decision", "path" }');
    for (const [name, value] of Object.entries(raw.actions)) {
      if (isDecision(value)) config.actions[name] = { decision: value };
      else if (isObject(value)) {
        for (const key of Object.keys(value)) {
          if (key !== 'decision' && key !== 'path') fail(shown, `actions."${name}": unknown key "${key}" (expected decision, path)`);
        }
        if (!isDecision(value.decision)) fail(shown, `actions."${name}".decision must be "action" or "route"`);
        if (value.path !== undefined && (typeof value.path !== 'string' || !value.path.startsWith('/'))) fail(shown, `actions."${name}".path must be a URL path starting with /`);
        config.actions[name] = { decision: value.decision, ...(typeof value.path === 'string' ? { path: value.path } : {}) };
      } else fail(shown, `actions."${name}" must be "action", "route" or { "decision", "path" }`);
      config.lines[`actions:${name}`] = lineOfKey(text, name);
    }
  }
  if (raw.fetchWrappers !== undefined) {
    if (!Array.isArray(raw.fetchWrappers)) fail(shown, '"fetchWrappers" must be an array of function names or { "name", "method" }');
    for (const entry of raw.fetchWrappers) {
      if (typeof entry === 'string' && entry) config.fetchWrappers.push({ name: entry });
      else if (isObject(entry) && typeof entry.name === 'string') {
        for (const key of Object.keys(entry)) if (key !== 'name' && key !== 'method') fail(shown, `fetchWrappers: unknown key "${key}" (expected name, method)`);
        if (entry.method !== undefined && typeof entry.method !== 'string') fail(shown, `fetchWrappers."${entry.name}".method must be a string`);
        config.fetchWrappers.push({ name: entry.name, ...(typeof entry.method === 'string' ? { method: entry.method.toUpperCase() } : {}) });
      } else fail(shown, 'fetchWrappers: each entry must be a function name or { "name", "method" }');
    }
  }
  if (raw.hosts !== undefined) {
    if (!Array.isArray(raw.hosts) || !raw.hosts.every((h) => typeof h === 'string')) fail(shown, '"hosts" must be an array of host names');
    config.hosts = (raw.hosts as string[]).map((h) => h.toLowerCase());
  }
  if (raw.actionsDir !== undefined) {
    if (typeof raw.actionsDir !== 'string' || !raw.actionsDir || path.isAbsolute(raw.actionsDir) || raw.actionsDir.split(/[\\/]/).includes('..')) {
      fail(shown, '"actionsDir" must be a folder inside the app, relative to its root');
    }
    config.actionsDir = raw.actionsDir.replace(/\\/g, '/').replace(/\/+$/, '');
  }
  if (raw.externalAuth !== undefined) {
    const auth = raw.externalAuth;
    if (!isObject(auth)) fail(shown, '"externalAuth" must be { "header", "env", "scheme"? }');
    for (const key of Object.keys(auth)) if (!['header', 'env', 'scheme'].includes(key)) fail(shown, `externalAuth: unknown key "${key}" (expected header, env, scheme)`);
    if (typeof auth.header !== 'string' || !/^[A-Za-z0-9-]+$/.test(auth.header)) fail(shown, 'externalAuth.header must be a header name');
    if (typeof auth.env !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(auth.env)) fail(shown, 'externalAuth.env must be an environment variable name');
    if (auth.scheme !== undefined && (typeof auth.scheme !== 'string' || !/^[A-Za-z]+$/.test(auth.scheme))) fail(shown, 'externalAuth.scheme must be a word such as Bearer');
    config.externalAuth = { header: auth.header.toLowerCase(), env: auth.env, ...(typeof auth.scheme === 'string' ? { scheme: auth.scheme } : {}) };
  }
  if (raw.ignoreCalls !== undefined) {
    if (!Array.isArray(raw.ignoreCalls) || !raw.ignoreCalls.every((c) => typeof c === 'string' && c)) fail(shown, '"ignoreCalls" must be an array of "file:line" or file globs');
    config.ignoreCalls = raw.ignoreCalls as string[];
  }
  return config;
}

/** Whether a URL glob (config `routes`, `--only`) matches a route URL, written with or without basePath. */
export function urlGlobMatches(glob: string, url: string, basePath: string): boolean {
  const matches = picomatch(glob);
  return matches(url) || matches(url.slice(basePath.length) || '/');
}

/** Whether the config marks the request at `file:line` as not a call to this app. */
export function isIgnoredCall(config: Config, file: string, line: number): boolean {
  return config.ignoreCalls.some((entry) => {
    const at = /^(.*):(\d+)$/.exec(entry);
    return at ? at[1] === file && Number(at[2]) === line : picomatch(entry)(file);
  });
}
