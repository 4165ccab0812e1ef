import type { ConvertedAction, RouteParam } from './converted-action.ts';
import type { TextEdit } from './edits.ts';

/** One caller to point at an action instead of a route: plain data, from the plan. */
export interface CallRewrite {
  line: number;
  /** `handler`: a file (a unit test) that imports the route's POST and calls it; `line` is its import. */
  kind: 'fetch' | 'form' | 'axios' | 'handler';
  /** For handler callers: where the file writes the route module's path (the offset of its opening quote). */
  moduleAt?: number;
  /** For handler callers: the route file keeps other exports, so the rest of the import stays. */
  routeKept?: boolean;
  /** For handler callers: the action reads headers() or cookies(), which throw outside a request unless the test mocks next/headers. */
  readsRequestScope?: true;
  /** For fetch: the wrapper called instead of fetch itself (`fetchClient`), which only adds headers. */
  callee?: string;
  /** `swr-mutation`: the call sits in an SWR fetcher that takes its URL from the hook's key. */
  via?: 'swr' | 'swr-mutation' | 'react-query-mutation';
  /** The URL the analysis read at the call, with `{}` for dynamic parts: what a constant URL stands for. */
  callerUrl?: string;
  /** Route URL without basePath, e.g. `/api/posts/[id]/like`. */
  routeUrl: string;
  basePath: string;
  params: RouteParam[];
  inputs: ConvertedAction['inputs'];
  onlyRedirects: boolean;
  actionName: string;
  /** The name the caller file uses for the action (an alias when the file already has that name). */
  localName: string;
  /** Import specifier of the action module, as this caller file should write it. */
  importFrom: string;
  /** The route sets a `statusText` of its own somewhere, so `res.statusText` is not the standard phrase and is not rewritten. */
  routeSetsStatusText?: boolean;
  /** For fetch callers: import specifier of the generated statusTextOf helper, imported when `res.statusText` is read. */
  statusTextFrom?: string;
  /** For axios callers: import specifier of the generated asAxiosResponse helper. */
  axiosHelperFrom?: string;
}

export interface RewriteFailure {
  rewrite: CallRewrite;
  line: number;
  reason: string;
}

export interface RewriteOutcome {
  edits: TextEdit[];
  failures: RewriteFailure[];
}
