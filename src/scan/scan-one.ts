import type { ParseError } from '../types.ts';
import { scanFileFacts, type FetchWrapper, type FileFacts } from './file-facts.ts';
import { scanMiddleware, type MiddlewareFacts } from './middleware.ts';
import { parseSource } from './parse-source.ts';
import { scanRouteModule, type RouteModuleFacts } from './route-module.ts';

export type ScanKind = 'facts' | 'route' | 'middleware';

/** One file to scan, in the ways its path and content call for. */
export interface ScanJob {
  file: string;
  source: string;
  kinds: ScanKind[];
}

/** What one file yields: plain data, so it can cross a worker boundary and sit in the cache. */
export interface ScanResult {
  facts?: FileFacts;
  route?: RouteModuleFacts;
  middleware?: MiddlewareFacts;
  error?: ParseError;
}

export interface ScanContext {
  wrappers: FetchWrapper[];
  ownHosts: string[];
}

/** Parses the file once and runs each scan it needs on that one parse. */
export function scanOne(job: ScanJob, ctx: ScanContext): ScanResult {
  const parsed = parseSource(job.file, job.source);
  if ('error' in parsed) return { error: parsed.error };
  const result: ScanResult = {};
  if (job.kinds.includes('route')) result.route = scanRouteModule(parsed.ast, ctx.ownHosts);
  if (job.kinds.includes('middleware')) result.middleware = scanMiddleware(parsed.ast, ctx.ownHosts);
  if (job.kinds.includes('facts')) result.facts = scanFileFacts(job.file, parsed.ast, ctx.wrappers);
  return result;
}
