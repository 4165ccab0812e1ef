// Plain, JSON-serialisable data shared by scan → analyze → report.
// Paths are relative to the app root and use `/` separators.

export type Decision = 'action' | 'route';

/** Which way a reason pushes the decision; `neutral` reasons explain how a signal was weighed. */
export type Effect = 'route' | 'action' | 'neutral';

export interface Reason {
  rule: string;
  file: string;
  line: number;
  message: string;
  effect: Effect;
}

export type CallerKind =
  | 'fetch'
  | 'axios'
  | 'form'
  | 'wrapper'
  | 'client'
  | 'import'
  | 'form-action'
  | 'call';

export type CallerVia = 'swr' | 'swr-mutation' | 'react-query-mutation';

/** A call through a wrapper that is fetch with headers added: `fetchClient(url, init)` at `callee`. */
export interface PassThrough {
  callee: string;
  /** Where the wrapper is declared. */
  file: string;
  line: number;
  /** The headers it adds, lower-cased. */
  headers: string[];
}

export interface Caller {
  file: string;
  line: number;
  kind: CallerKind;
  /** HTTP method the call uses; null when it can't be read statically. */
  method?: string | null;
  /** The URL as written, with `{}` for every dynamic part. */
  url?: string;
  via?: CallerVia;
  /** The call comes from outside the app: a script, another package, or an absolute URL. */
  outside?: boolean;
  /** The URL or the method matched this route only loosely, so the call may go elsewhere. */
  uncertain?: boolean;
  /** A dynamic part of the URL stands where the route has a fixed segment: the request picks its route at run time. */
  picksRoute?: boolean;
  passThrough?: PassThrough;
}

export interface RouteEntry {
  file: string;
  url: string;
  method: string;
  line: number;
  decision: Decision;
  reasons: Reason[];
  callers: Caller[];
}

export interface ActionEntry {
  file: string;
  name: string;
  line: number;
  /** `module` for a `'use server'` file, `inline` for a function with the directive in its body. */
  form: 'module' | 'inline';
  decision: Decision;
  /** Path for a generated route when the action is external (`@external /api/x` or config). */
  externalPath?: string;
  reasons: Reason[];
  callers: Caller[];
}

export interface ParseError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface MiddlewareEntry {
  file: string;
  matchers: string[] | null;
  covers: string[];
  weighing: string;
}

/** A request whose URL can't be read, with the routes it could reach and where each one's path appears. */
export interface UnreadableCall extends Caller {
  reaches: { url: string; method: string; file: string; line: number }[];
}

export interface AuditResult {
  basePath: string;
  routes: RouteEntry[];
  actions: ActionEntry[];
  middleware: MiddlewareEntry[];
  /** HTTP calls whose URL could not be read statically; listed so nobody mistakes silence for absence. */
  unresolvedCalls: UnreadableCall[];
  /** Unreadable calls the config's `ignoreCalls` marks as not reaching this app. */
  ignoredCalls: Caller[];
  errors: ParseError[];
  /** Config entries that matched nothing (a `routes` glob no route URL matches, an `actions` key no action has). */
  notices: string[];
}
